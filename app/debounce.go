package app

import (
	"time"

	"teema/app/session"
)

// saveDelay lets a burst of typing become one saved, undoable change.
const saveDelay = 700 * time.Millisecond

// debounce runs a save once typing pauses, on the session's clock.
type debounce struct {
	s     *session.Session
	timer session.Timer
}

// schedule (re)starts the wait; f then runs on the UI goroutine.
func (d *debounce) schedule(f func()) {
	d.stop()
	d.timer = d.s.After(saveDelay, f)
}

// stop cancels a waiting save and reports whether one was waiting.
func (d *debounce) stop() bool { return d.timer != nil && d.timer.Stop() }
