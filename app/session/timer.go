package session

import (
	"time"

	"fyne.io/fyne/v2"
)

// Timer is a wait that can be called off.
type Timer interface {
	// Stop calls the wait off and reports whether it was still waiting.
	Stop() bool
}

// After runs f on the UI goroutine once d has passed, unless the timer is
// stopped first. Typing waits this way before it is saved.
func (s *Session) After(d time.Duration, f func()) Timer { return s.after(d, f) }

// SetClock replaces how the session waits, so tests decide when time
// passes: Fyne's test driver runs fyne.Do on the caller's goroutine, so a
// real timer would save from a goroutine of its own.
func (s *Session) SetClock(after func(time.Duration, func()) Timer) { s.after = after }

func realTimer(d time.Duration, f func()) Timer {
	return time.AfterFunc(d, func() { fyne.Do(f) })
}
