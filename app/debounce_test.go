package app

import (
	"testing"

	"fyne.io/fyne/v2/test"

	"teema/app/session"
)

func TestDebounceRunsOnceAfterThePause(t *testing.T) {
	a := test.NewTempApp(t)
	s := session.New(a, a.NewWindow(""))
	clock := &testClock{}
	s.SetClock(clock.after)
	d := debounce{s: s}
	n := 0
	for range 3 {
		d.schedule(func() { n++ })
		clock.advance(saveDelay / 2)
	}
	if n != 0 {
		t.Fatal("typing that goes on saved before the pause")
	}
	clock.advance(saveDelay)
	if n != 1 {
		t.Fatalf("ran %d times", n)
	}
	if d.stop() {
		t.Fatal("nothing should be waiting after the save ran")
	}
	d.schedule(func() { n = -1 })
	if !d.stop() {
		t.Fatal("stop did not report the waiting save")
	}
	clock.advance(2 * saveDelay)
	if n == -1 {
		t.Fatal("a stopped save ran")
	}
}
