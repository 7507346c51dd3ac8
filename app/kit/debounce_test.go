package kit

import (
	"testing"

	"fyne.io/fyne/v2/test"

	"teema/app/kit/kittest"
	"teema/app/session"
)

func TestDebounceRunsOnceAfterThePause(t *testing.T) {
	a := test.NewTempApp(t)
	s := session.New(a, a.NewWindow(""))
	clock := &kittest.Clock{}
	s.SetClock(clock.After)
	d := NewDebounce(s)
	n := 0
	for range 3 {
		d.Schedule(func() { n++ })
		clock.Advance(SaveDelay / 2)
	}
	if n != 0 {
		t.Fatal("typing that goes on saved before the pause")
	}
	clock.Advance(SaveDelay)
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
	clock.Advance(2 * SaveDelay)
	if n == -1 {
		t.Fatal("a stopped save ran")
	}
}
