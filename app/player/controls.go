package player

import (
	"strings"
	"time"

	"teema/app/kit"
)

// speeds are the speeds offered, slowest first.
var speeds = []float64{0.5, 0.75, 1, 1.25, 1.5, 2}

// speedLabels are the speeds as the select shows them: "0,75×" in
// Finnish, "1×" for normal speed.
func speedLabels() []string {
	out := make([]string, len(speeds))
	for i, s := range speeds {
		out[i] = strings.TrimRight(strings.TrimRight(kit.Decimal(s, 2), "0"), ".,") + "×"
	}
	return out
}

// speedIndex is the offered speed nearest s.
func speedIndex(s float64) int {
	best := 0
	for i, v := range speeds {
		if abs(v-s) < abs(speeds[best]-s) {
			best = i
		}
	}
	return best
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

// Toggle plays when paused and pauses (stepping back the pause rewind)
// when playing. Without a sound device it says so through OnError.
func (b *Bar) Toggle() {
	if b.p == nil {
		return
	}
	if !b.p.Playing() {
		takeDevice(b)
	}
	b.fail(b.p.Toggle())
	b.poll()
}

// Play plays from the current place.
func (b *Bar) Play() {
	if b.p != nil && !b.p.Playing() {
		b.Toggle()
	}
}

// Pause pauses, stepping back the pause rewind.
func (b *Bar) Pause() {
	if b.p != nil && b.p.Playing() {
		b.Toggle()
	}
}

// Playing reports whether the bar is playing.
func (b *Bar) Playing() bool { return b.p != nil && b.p.Playing() }

// Skip moves by seconds, forward or (negative) back.
func (b *Bar) Skip(seconds float64) {
	if b.p == nil {
		return
	}
	b.fail(b.p.Skip(seconds2d(seconds)))
	b.poll()
}

// Seek moves to a place of the recording, in seconds from its start.
func (b *Bar) Seek(seconds float64) {
	if b.p == nil {
		return
	}
	b.fail(b.p.Seek(seconds2d(seconds)))
	b.poll()
}

// Time is the place last heard, in seconds from the start.
func (b *Bar) Time() float64 {
	if b.p == nil {
		return 0
	}
	return b.p.Position().Seconds()
}

// SetSpeed plays at the offered speed nearest s (0.5 to 2).
func (b *Bar) SetSpeed(s float64) { b.speed.SetSelectedIndex(speedIndex(s)) }

// Speed is the speed chosen.
func (b *Bar) Speed() float64 { return speeds[b.speed.SelectedIndex()] }

// SpeedText is the speed chosen as the bar shows it: "1,25×".
func (b *Bar) SpeedText() string { return b.speed.Selected }

// StepSpeed moves to the next offered speed up (steps > 0) or down.
func (b *Bar) StepSpeed(steps int) {
	i := min(max(b.speed.SelectedIndex()+steps, 0), len(speeds)-1)
	b.speed.SetSelectedIndex(i)
}

// SetPauseRewind sets how far a pause steps back, 0 to 5 seconds, for
// this recording and those loaded later.
func (b *Bar) SetPauseRewind(seconds float64) {
	b.rewind = seconds2d(seconds)
	if b.p != nil {
		b.p.SetPauseRewind(b.rewind)
	}
}

// SetSkip sets how far the skip buttons move.
func (b *Bar) SetSkip(seconds float64) { b.skip = seconds2d(seconds) }

// speedChosen plays at the speed chosen in the select.
func (b *Bar) speedChosen(string) {
	if b.p != nil {
		b.p.SetSpeed(b.Speed())
		b.poll()
	}
}

// volumeChanged sets the volume from its slider.
func (b *Bar) volumeChanged(v float64) {
	if b.p != nil {
		b.p.SetVolume(v)
	}
}

// dragged seeks to where the position slider was dragged or tapped. The
// bar itself moves the slider without this (see show).
func (b *Bar) dragged(v float64) { b.Seek(v) }

func seconds2d(s float64) time.Duration { return time.Duration(s * float64(time.Second)) }
