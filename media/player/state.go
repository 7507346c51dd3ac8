package player

import "time"

// State is what a window shows of a player.
type State struct {
	Position time.Duration // the place last heard
	Duration time.Duration
	Playing  bool
	Ended    bool    // it played to the end and stopped
	Speed    float64 // 0.5 to 2
	Volume   float64 // 0 to 1
	Err      error   // what stopped playing, if not the end: a recording damaged part-way
}

// Updates delivers the player's state as it plays and whenever a control
// changes it. Only the latest state waits in the channel: a window that
// reads it now and then (from a ticker, say, handing it to fyne.Do) is
// never behind and never blocks the sound. The player never calls the
// window.
func (p *Player) Updates() <-chan State { return p.updates }

// State is the player's state now.
func (p *Player) State() State {
	var latency time.Duration
	if p.out != nil {
		latency = p.out.Latency()
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.stateLocked(latency)
}

// stateLocked is the state with p.mu held.
func (p *Player) stateLocked(latency time.Duration) State {
	return State{
		Position: p.duration(p.heardLocked(latency)),
		Duration: p.rec.Duration(),
		Playing:  p.on,
		Ended:    p.end,
		Speed:    p.pl.speed(),
		Volume:   float64(p.vol),
		Err:      p.err,
	}
}

// publish sends the state now, holding no lock.
func (p *Player) publish() { p.send(p.State()) }

// send puts s in the updates channel in place of any state not yet read.
func (p *Player) send(s State) {
	for {
		select {
		case p.updates <- s:
			return
		default:
		}
		select {
		case <-p.updates:
		default:
		}
	}
}

// Fill is the player's sound, pulled by the output from its own
// goroutine: the next frames at the current speed and volume, or silence
// when paused. At the end of the recording, or at a damaged place, it
// stops playing and says so in an update.
func (p *Player) Fill(buf []float32) {
	var latency time.Duration
	if p.out != nil {
		latency = p.out.Latency()
	}
	p.mu.Lock()
	if !p.on {
		p.mu.Unlock()
		clear(buf)
		return
	}
	want := len(buf) / p.pl.outCh
	got := p.pl.render(buf, p.vol)
	if got < want {
		p.on = false
		p.err = p.pl.decoded
		p.end = p.err == nil
	}
	s := p.stateLocked(latency)
	p.mu.Unlock()
	p.send(s)
}
