package kit

import (
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"teema/app/session"
)

// manualClock runs what is due when the test says time has passed.
type manualClock struct {
	now    time.Duration
	timers []*manualTimer
}

type manualTimer struct {
	at        time.Duration
	f         func()
	done      bool
	cancelled bool
}

func (t *manualTimer) Stop() bool {
	waiting := !t.done && !t.cancelled
	t.cancelled = true
	return waiting
}

func (c *manualClock) after(d time.Duration, f func()) session.Timer {
	t := &manualTimer{at: c.now + d, f: f}
	c.timers = append(c.timers, t)
	return t
}

func (c *manualClock) advance(d time.Duration) {
	c.now += d
	for _, t := range c.timers {
		if !t.done && !t.cancelled && t.at <= c.now {
			t.done = true
			t.f()
		}
	}
}

func TestDebounceRunsOnceAfterThePause(t *testing.T) {
	a := test.NewTempApp(t)
	s := session.New(a, a.NewWindow(""))
	clock := &manualClock{}
	s.SetClock(clock.after)
	d := NewDebounce(s)
	n := 0
	for range 3 {
		d.Schedule(func() { n++ })
		clock.advance(SaveDelay / 2)
	}
	if n != 0 {
		t.Fatal("typing that goes on saved before the pause")
	}
	clock.advance(SaveDelay)
	if n != 1 {
		t.Fatalf("ran %d times", n)
	}
	if d.Stop() {
		t.Fatal("nothing should be waiting after the save ran")
	}
	d.Schedule(func() { n = -1 })
	if !d.Stop() {
		t.Fatal("stop did not report the waiting save")
	}
	clock.advance(2 * SaveDelay)
	if n == -1 {
		t.Fatal("a stopped save ran")
	}
}
