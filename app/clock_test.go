package app

import (
	"time"

	"teema/app/session"
)

// clocks are the test clocks of the windows newTestUI made.
var clocks = map[*UI]*testClock{}

// testClock decides when time passes in a UI test: waits for typing to be
// saved end when the test advances the clock, on the test's goroutine.
type testClock struct {
	now    time.Duration
	timers []*testTimer
}

type testTimer struct {
	at      time.Duration
	f       func()
	stopped bool
	fired   bool
}

func (t *testTimer) Stop() bool {
	waiting := !t.stopped && !t.fired
	t.stopped = true
	return waiting
}

func (c *testClock) after(d time.Duration, f func()) session.Timer {
	t := &testTimer{at: c.now + d, f: f}
	c.timers = append(c.timers, t)
	return t
}

// advance lets d pass, running what was due, in the order it was due.
func (c *testClock) advance(d time.Duration) {
	c.now += d
	for {
		var next *testTimer
		for _, t := range c.timers {
			if !t.stopped && !t.fired && t.at <= c.now && (next == nil || t.at < next.at) {
				next = t
			}
		}
		if next == nil {
			return
		}
		next.fired = true
		next.f()
	}
}
