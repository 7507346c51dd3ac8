package session

import (
	"errors"
	"log/slog"

	"fyne.io/fyne/v2/dialog"

	"teema/coding"
	"teema/i18n"
	"teema/message"
)

// Do applies a change through the undo history and refreshes every view.
// Typing still waiting to be saved is saved first, as its own step. A
// refresh that tries to change the project is refused: the change it
// would make belongs to an action of the user's, not to a redraw.
func (s *Session) Do(c coding.Change) bool {
	if s.proj == nil || !s.mayChange() {
		return false
	}
	s.Flush()
	err := s.hist.Do(s.proj, c)
	s.Reload()
	if err != nil {
		s.Fail(err)
		return false
	}
	return true
}

// Undo reverts the latest change, first saving typing that waits, so
// that Undo takes back what was typed last.
func (s *Session) Undo() { s.step(s.hist.Undo, s.hist.UndoLabel, noteUndone) }

// Redo re-applies the latest undone change.
func (s *Session) Redo() { s.step(s.hist.Redo, s.hist.RedoLabel, noteRedone) }

func (s *Session) step(apply func(coding.Repo) error, label func() *message.Kind, done *message.Kind) {
	if s.proj == nil || !s.mayChange() {
		return
	}
	s.Flush()
	what := label()
	if what == nil {
		return
	}
	err := apply(s.proj)
	s.Reload()
	if err != nil {
		s.Fail(err)
		return
	}
	s.status(i18n.Say(done.Say(message.Args{"What": i18n.Say(what.Say(nil))})))
}

// mayChange refuses a change asked for while the views refresh.
func (s *Session) mayChange() bool {
	if s.refreshing {
		slog.Error("a view's refresh tried to change the project; refused")
	}
	return !s.refreshing
}

// Fail tells the user what went wrong, in plain words in their language,
// and logs it.
func (s *Session) Fail(err error) {
	slog.Error("teema", "err", err)
	dialog.ShowError(errors.New(i18n.Error(err)), s.win)
}
