// Package session holds one open project in one main window: the state
// every view draws from (the documents, the code book, the open
// transcript, the current code and excerpt), the undo history, and the
// rules of changing it. Views never keep their own copy of domain data;
// after a change the session reloads from the store and every view
// refreshes.
//
// Everything here runs on Fyne's UI goroutine, so nothing is locked: a
// change is applied and recorded, then the views refresh, and a refresh
// never starts another change.
package session

import (
	"log/slog"
	"time"

	"fyne.io/fyne/v2"

	"teema/coding"
	"teema/store"
)

// Session is one open project in one window.
type Session struct {
	app  fyne.App
	win  fyne.Window
	proj *store.Project
	hist *coding.History

	docs      []coding.DocumentInfo
	book      *coding.CodeBook
	counts    map[int64]int // own codings per code
	pins      [9]int64
	doc       *coding.Document // the open transcript, nil if none
	excerpts  []coding.Excerpt // codings of the open transcript
	codeID    int64            // the current code
	excerptID int64            // the current excerpt

	views      []func()
	pending    []func() // save typing still waiting for its timer
	closing    []func() // run when the project closes for good (windows that show it)
	status     func(string)
	refreshing bool // views are refreshing: no change may start
	after      func(time.Duration, func()) Timer
}

// New makes the session of a main window, with no project open yet.
func New(a fyne.App, w fyne.Window) *Session {
	return &Session{app: a, win: w, hist: coding.NewHistory(500), book: coding.NewCodeBook(nil),
		counts: map[int64]int{}, status: func(string) {}, after: realTimer}
}

// App is the Fyne application.
func (s *Session) App() fyne.App { return s.app }

// Window is the main window.
func (s *Session) Window() fyne.Window { return s.win }

// Project is the open project, nil when none is open.
func (s *Session) Project() *store.Project { return s.proj }

// Docs lists the project's documents.
func (s *Session) Docs() []coding.DocumentInfo { return s.docs }

// Book is the project's code book.
func (s *Session) Book() *coding.CodeBook { return s.book }

// Pins are the codes on keys 1–9; 0 where none.
func (s *Session) Pins() [9]int64 { return s.pins }

// Doc is the open transcript, nil when none is open.
func (s *Session) Doc() *coding.Document { return s.doc }

// Excerpts are the codings of the open transcript.
func (s *Session) Excerpts() []coding.Excerpt { return s.excerpts }

// CodeID is the current code, 0 when none.
func (s *Session) CodeID() int64 { return s.codeID }

// ExcerptID is the current excerpt, 0 when none.
func (s *Session) ExcerptID() int64 { return s.excerptID }

// History is the undo history, for the menus that name its steps.
func (s *Session) History() *coding.History { return s.hist }

// Coder is the name stored with every coding.
func (s *Session) Coder() string {
	return s.app.Preferences().StringWithFallback(PrefCoder, "")
}

// OnChange registers a view's refresh function.
func (s *Session) OnChange(f func()) { s.views = append(s.views, f) }

// OnPending registers a function that saves typing still waiting for its
// timer: it runs before every change and before the project closes.
func (s *Session) OnPending(f func()) { s.pending = append(s.pending, f) }

// OnClosing registers a function that runs when the project closes for
// good, such as closing a window that shows it.
func (s *Session) OnClosing(f func()) { s.closing = append(s.closing, f) }

// SetStatus sets where Status messages go: the main window's status line.
func (s *Session) SetStatus(f func(string)) { s.status = f }

// Status tells the user, briefly, what just happened.
func (s *Session) Status(msg string) { s.status(msg) }

// Recorded tells whether a document has a recording attached.
func (s *Session) Recorded(id int64) bool {
	d, ok := s.DocInfo(id)
	return ok && d.Recorded
}

// DocInfo returns the listing entry of a document.
func (s *Session) DocInfo(id int64) (coding.DocumentInfo, bool) {
	for _, d := range s.docs {
		if d.ID == id {
			return d, true
		}
	}
	return coding.DocumentInfo{}, false
}

// TotalCount counts the codings of a code and its sub-codes.
func (s *Session) TotalCount(id int64) int {
	n := 0
	for _, c := range s.book.Subtree(id) {
		n += s.counts[c]
	}
	return n
}

// Counts are the codings of each code, without its sub-codes.
func (s *Session) Counts() map[int64]int { return s.counts }

// refresh redraws every view. Typing that waits is saved first: a view
// may close the editor that holds it, and a refresh may not save.
func (s *Session) refresh() {
	if s.refreshing {
		slog.Error("a view's refresh asked for another refresh; ignored")
		return
	}
	s.Flush()
	s.refreshing = true
	defer func() { s.refreshing = false }()
	for _, f := range s.views {
		f()
	}
}
