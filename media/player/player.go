// Package player plays a recording as a transcriber needs: play and
// pause (which steps back a moment, so the last words are heard again),
// seek, skip, a speed from 0.5× to 2× with the pitch kept, and volume. It
// tells the window where it is through a channel the window reads, never
// by calling the window.
//
// Sound goes to an Output: a sound device from media/speaker, or a
// FakeOutput in tests. A player made without one (no sound device) still
// seeks and tells its position, and says why when asked to play.
package player

import (
	"path/filepath"
	"sync"
	"time"

	"teema/media"
	"teema/media/stretch"
	"teema/message"
)

// Player plays one recording. Its methods are safe to call from any
// goroutine.
type Player struct {
	rec     *media.Recording
	out     Output
	updates chan State

	ctl sync.Mutex // serialises the controls, which call the output
	mu  sync.Mutex // guards what Fill shares with the controls
	pl  pipeline
	on  bool          // playing
	end bool          // played to the end
	vol float32       // 0 to 1
	rew time.Duration // how far Pause steps back
	err error         // what stopped playing, if not the end
}

// The slowest and fastest speeds SetSpeed allows.
const (
	MinSpeed = stretch.MinSpeed
	MaxSpeed = stretch.MaxSpeed
)

// DefaultPauseRewind is how far Pause steps back unless told otherwise:
// enough to hear the last word or two again.
const DefaultPauseRewind = 1500 * time.Millisecond

// MaxPauseRewind is the longest step back SetPauseRewind allows.
const MaxPauseRewind = 5 * time.Second

var errNoOutput = message.New("Teema cannot play {{.File}}: there is no sound device. Check that speakers or headphones are connected and that no other program holds the sound device.")

// New makes a player of rec that plays through out, or, with out nil,
// one that cannot play but seeks and tells its position. The player has
// its own stream of rec; the caller keeps rec open while the player
// lives and closes out after Close.
func New(rec *media.Recording, out Output) (*Player, error) {
	p := &Player{rec: rec, out: out, updates: make(chan State, 1), vol: 1, rew: DefaultPauseRewind}
	rate, channels := rec.Rate, rec.Channels
	if out != nil {
		rate, channels = out.Rate(), out.Channels()
	}
	if err := p.pl.open(rec, rate, channels); err != nil {
		return nil, err
	}
	return p, nil
}

// Recording is the recording played.
func (p *Player) Recording() *media.Recording { return p.rec }

// CanPlay reports whether the player has a sound device.
func (p *Player) CanPlay() bool { return p.out != nil }

// Play plays from the current position; at the end it starts over. With
// no sound device it returns a message saying so.
func (p *Player) Play() error {
	if p.out == nil {
		return errNoOutput.New(message.Args{"File": filepath.Base(p.rec.Path)})
	}
	p.ctl.Lock()
	defer p.ctl.Unlock()
	p.mu.Lock()
	if p.end || p.pl.position() >= p.rec.Frames {
		p.pl.seek(0)
	}
	p.on, p.end, p.err = true, false, nil
	p.mu.Unlock()
	if err := p.out.Start(p); err != nil {
		p.mu.Lock()
		p.on = false
		p.mu.Unlock()
		return err
	}
	p.publish()
	return nil
}

// Pause stops playing and steps back by the pause rewind, so that Play
// repeats the last words heard.
func (p *Player) Pause() {
	p.ctl.Lock()
	defer p.ctl.Unlock()
	heard, was := p.halt()
	if was {
		p.mu.Lock()
		p.pl.seek(heard - p.frames(p.rew))
		p.mu.Unlock()
	}
	p.publish()
}

// Toggle plays when paused and pauses when playing.
func (p *Player) Toggle() error {
	if p.Playing() {
		p.Pause()
		return nil
	}
	return p.Play()
}

// Seek moves to a place in the recording, clamped to it, and goes on
// playing there if it was playing.
func (p *Player) Seek(at time.Duration) error {
	p.ctl.Lock()
	defer p.ctl.Unlock()
	return p.seek(p.frames(at))
}

// Skip moves by d, forward or (negative) back.
func (p *Player) Skip(d time.Duration) error {
	p.ctl.Lock()
	defer p.ctl.Unlock()
	return p.seek(p.heard() + p.frames(d))
}

// seek moves to a frame, stopping the output first so that nothing of
// the old place is heard after it. The caller holds ctl.
func (p *Player) seek(frame int64) error {
	_, was := p.halt()
	p.mu.Lock()
	p.pl.seek(frame)
	p.end = false
	p.on = was
	p.mu.Unlock()
	if was {
		if err := p.out.Start(p); err != nil {
			p.mu.Lock()
			p.on = false
			p.mu.Unlock()
			p.publish()
			return err
		}
	}
	p.publish()
	return nil
}

// halt stops Fill from playing on, then stops the output, and returns
// the frame last heard and whether it was playing. The caller holds ctl.
func (p *Player) halt() (int64, bool) {
	var latency time.Duration
	if p.out != nil {
		latency = p.out.Latency()
	}
	p.mu.Lock()
	was := p.on
	heard := p.pl.position()
	if was {
		heard -= int64(latency.Seconds() * float64(p.rec.Rate) * p.pl.speed())
	}
	p.on = false
	p.mu.Unlock()
	if was {
		p.out.Stop()
	}
	return max(heard, 0), was
}

// SetSpeed sets the speed, 0.5 to 2 (clamped), with the pitch kept, and
// returns the speed set. It is heard within a few tens of milliseconds.
func (p *Player) SetSpeed(speed float64) float64 {
	p.mu.Lock()
	s := p.pl.setSpeed(speed)
	p.mu.Unlock()
	p.publish()
	return s
}

// SetVolume sets the volume, 0 to 1 (clamped).
func (p *Player) SetVolume(v float64) {
	p.mu.Lock()
	p.vol = float32(min(max(v, 0), 1))
	p.mu.Unlock()
	p.publish()
}

// SetPauseRewind sets how far Pause steps back: 0 (not at all) to
// MaxPauseRewind; transcribers use 1 to 2 seconds.
func (p *Player) SetPauseRewind(d time.Duration) {
	p.mu.Lock()
	p.rew = min(max(d, 0), MaxPauseRewind)
	p.mu.Unlock()
}

// Playing reports whether the player is playing.
func (p *Player) Playing() bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.on
}

// Position is the place last heard: what has been played, less what the
// sound device holds but has not yet sounded.
func (p *Player) Position() time.Duration {
	return p.duration(p.heard())
}

// heard is the frame last heard.
func (p *Player) heard() int64 {
	var latency time.Duration
	if p.out != nil {
		latency = p.out.Latency()
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.heardLocked(latency)
}

// heardLocked is heard with p.mu held and the output's latency known.
func (p *Player) heardLocked(latency time.Duration) int64 {
	pos := p.pl.position()
	if p.on {
		pos -= int64(latency.Seconds() * float64(p.rec.Rate) * p.pl.speed())
	}
	return max(pos, 0)
}

// Duration is the recording's length.
func (p *Player) Duration() time.Duration { return p.rec.Duration() }

// Close stops playing and closes the player's stream. The output stays
// open for its owner to close.
func (p *Player) Close() error {
	p.ctl.Lock()
	defer p.ctl.Unlock()
	p.halt()
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.pl.close()
}

// frames turns a time in the recording into frames.
func (p *Player) frames(d time.Duration) int64 {
	return int64(d.Seconds() * float64(p.rec.Rate))
}

// duration turns frames into a time in the recording.
func (p *Player) duration(frames int64) time.Duration {
	return time.Duration(float64(frames) / float64(p.rec.Rate) * float64(time.Second))
}
