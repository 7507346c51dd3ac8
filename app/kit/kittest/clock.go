package kittest

import (
	"time"

	"teema/app/session"
)

// Clock decides when time passes in a test: the waits for typing to be
// saved end when the test advances it, on the test's goroutine. A real
// timer would save from a goroutine of its own, which Fyne's test driver
// does not serialise with the test's.
type Clock struct {
	now    time.Duration
	timers []*timer
}

type timer struct {
	at      time.Duration
	f       func()
	stopped bool
	fired   bool
}

func (t *timer) Stop() bool {
	waiting := !t.stopped && !t.fired
	t.stopped = true
	return waiting
}

// After is the session's clock (session.SetClock).
func (c *Clock) After(d time.Duration, f func()) session.Timer {
	t := &timer{at: c.now + d, f: f}
	c.timers = append(c.timers, t)
	return t
}

// Advance lets d pass, running what was due, in the order it was due.
func (c *Clock) Advance(d time.Duration) {
	c.now += d
	for {
		var next *timer
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
