package app

import (
	"testing"
	"time"

	"fyne.io/fyne/v2/test"
)

func TestDebounceRunsOnceAfterThePause(t *testing.T) {
	test.NewTempApp(t)
	var d debounce
	ran := make(chan int, 3)
	n := 0
	for range 3 {
		d.schedule(func() { n++; ran <- n })
	}
	select {
	case got := <-ran:
		if got != 1 {
			t.Fatalf("ran %d times", got)
		}
	case <-time.After(10 * saveDelay):
		t.Fatal("the save never ran")
	}
	if d.stop() {
		t.Fatal("nothing should be waiting after the save ran")
	}
	d.schedule(func() { ran <- -1 })
	if !d.stop() {
		t.Fatal("stop did not report the waiting save")
	}
	select {
	case <-ran:
		t.Fatal("a stopped save ran")
	case <-time.After(2 * saveDelay):
	}
}
