package player

import (
	"log/slog"
	"sync"

	"teema/media/player"
	"teema/media/speaker"
)

// The sound device is opened once for the whole program, the first time
// a recording is loaded, and a failure is kept: Teema starts and works
// without one and says so only when asked to play. Every bar plays
// through it, one at a time (see playing).
var device struct {
	once sync.Once
	out  player.Output // nil: no sound device
	test bool          // UseOutput set out: state is shown as sound is pulled
}

// output is the shared sound device, nil when there is none, and whether
// a test put it there.
func output() (player.Output, bool) {
	device.once.Do(func() {
		s, err := speaker.Open()
		if err != nil {
			slog.Info("teema: no sound device", "err", err)
			return
		}
		device.out = s
	})
	return device.out, device.test
}

// UseOutput makes the bars loaded from now on play through out (nil: as
// with no sound device) instead of the computer's sound device, and show
// the player's state on the goroutine that pulls sound from out rather
// than through fyne.Do. It is for tests, which pull sound from a
// player.FakeOutput themselves on the test's goroutine. The returned
// function puts the sound device back.
func UseOutput(out player.Output) (restore func()) {
	device.once.Do(func() {}) // never open the real device after this
	old, oldTest := device.out, device.test
	device.out, device.test = out, true
	return func() { device.out, device.test = old, oldTest }
}

// playing is the bar whose player has the sound device: the device plays
// one source at a time, so a bar that starts playing pauses the other.
var playing struct {
	mu  sync.Mutex
	bar *Bar
}

// takeDevice makes b the bar that plays and pauses the one that did.
func takeDevice(b *Bar) {
	playing.mu.Lock()
	other := playing.bar
	playing.bar = b
	playing.mu.Unlock()
	if other != nil && other != b {
		if p := other.Player(); p != nil && p.Playing() {
			p.Pause()
		}
	}
}

// leaveDevice forgets b as the bar that plays.
func leaveDevice(b *Bar) {
	playing.mu.Lock()
	defer playing.mu.Unlock()
	if playing.bar == b {
		playing.bar = nil
	}
}
