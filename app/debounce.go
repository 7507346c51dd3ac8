package app

import (
	"time"

	"fyne.io/fyne/v2"
)

// saveDelay lets a burst of typing become one saved, undoable change.
const saveDelay = 700 * time.Millisecond

// debounce runs a save once typing pauses.
type debounce struct{ timer *time.Timer }

// schedule (re)starts the wait; f then runs on the UI goroutine.
func (d *debounce) schedule(f func()) {
	d.stop()
	d.timer = time.AfterFunc(saveDelay, func() { fyne.Do(f) })
}

// stop cancels a waiting save and reports whether one was waiting.
func (d *debounce) stop() bool { return d.timer != nil && d.timer.Stop() }
