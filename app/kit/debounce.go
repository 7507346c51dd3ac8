package kit

import (
	"time"

	"teema/app/session"
)

// SaveDelay lets a burst of typing become one saved, undoable change.
const SaveDelay = 700 * time.Millisecond

// Debounce runs a save once typing pauses, on the session's clock.
type Debounce struct {
	s     *session.Session
	timer session.Timer
}

// NewDebounce waits on the session's clock.
func NewDebounce(s *session.Session) Debounce { return Debounce{s: s} }

// Schedule (re)starts the wait; f then runs on the UI goroutine.
func (d *Debounce) Schedule(f func()) {
	d.Stop()
	d.timer = d.s.After(SaveDelay, f)
}

// Stop cancels a waiting save and reports whether one was waiting.
func (d *Debounce) Stop() bool { return d.timer != nil && d.timer.Stop() }
