package app

import (
	"errors"
	"fmt"
	"log/slog"
	"path/filepath"
	"strings"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"

	"teema/coding"
	"teema/store"
)

// Session is one open project in one window: the state every view draws
// from. Views never keep their own copy of domain data; after a change the
// session reloads from the store and every view refreshes.
type Session struct {
	// mu makes a change and closing the project exclusive. The real driver
	// runs all UI work on one goroutine, but Fyne's test driver runs
	// fyne.Do from the calling goroutine, so a memo's save timer could
	// otherwise overlap a test closing the project.
	mu sync.Mutex

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

	views   []func()
	pending []func() // save edits still waiting for their timers
	closing []func() // run when the project closes for good (windows that show it)
	status  func(string)
}

func newSession(a fyne.App, w fyne.Window) *Session {
	return &Session{app: a, win: w, hist: coding.NewHistory(500), book: coding.NewCodeBook(nil),
		counts: map[int64]int{}, status: func(string) {}}
}

// onChange registers a view's refresh function.
func (s *Session) onChange(f func()) { s.views = append(s.views, f) }

func (s *Session) refresh() {
	for _, f := range s.views {
		f()
	}
}

// coder is the name stored with every coding.
func (s *Session) coder() string {
	return s.app.Preferences().StringWithFallback(prefCoder, "")
}

// Open makes path the session's project. The previous project stays open
// if the new one cannot be opened.
func (s *Session) Open(path string) error { return s.openWith(path, store.Open) }

// OpenReadOnly opens a project only to look at it, e.g. one that another
// Teema has open; every change is refused with ErrReadOnly.
func (s *Session) OpenReadOnly(path string) error { return s.openWith(path, store.OpenReadOnly) }

func (s *Session) openWith(path string, open func(string) (*store.Project, error)) error {
	if abs, err := filepath.Abs(path); err == nil && s.proj != nil && abs == s.proj.Path() {
		return nil // already open here; a second writer would be refused
	}
	p, err := open(path)
	if err != nil {
		return err
	}
	s.flush()
	if s.proj != nil {
		s.proj.Close()
	}
	s.proj = p
	addRecent(s.app.Preferences(), path)
	return s.show()
}

// show starts the views afresh on the session's project: no undo history,
// the first transcript open.
func (s *Session) show() error {
	s.doc, s.codeID, s.excerptID = nil, 0, 0
	s.hist.Clear()
	if err := s.reload(); err != nil {
		return err
	}
	if len(s.docs) > 0 {
		if err := s.loadDoc(s.docs[0].ID); err != nil {
			return err
		}
	}
	s.updateTitle()
	s.refresh()
	return nil
}

// flush saves edits still waiting for their timers, before the project
// they belong to is closed or replaced.
func (s *Session) flush() {
	for _, f := range s.pending {
		f()
	}
}

// Close closes the project file.
func (s *Session) Close() {
	s.flush()
	for _, f := range s.closing {
		f()
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.proj != nil {
		s.proj.Close()
		s.proj = nil
	}
}

func (s *Session) updateTitle() {
	name, _ := s.proj.Name()
	if name == "" {
		name = strings.TrimSuffix(filepath.Base(s.proj.Path()), store.Extension)
	}
	if s.proj.ReadOnly() {
		name += " " + T("(read-only)")
	}
	s.win.SetTitle("Teema — " + name)
}

// reload reads the lists every view shows.
func (s *Session) reload() error {
	var err error
	if s.docs, err = s.proj.Documents(); err != nil {
		return err
	}
	if s.book, err = s.proj.CodeBook(); err != nil {
		return err
	}
	if s.counts, err = s.proj.ExcerptCounts(); err != nil {
		return err
	}
	if s.pins, err = s.proj.Pins(); err != nil {
		return err
	}
	if _, ok := s.book.Code(s.codeID); !ok {
		s.codeID = 0
	}
	if s.doc != nil {
		return s.loadDoc(s.doc.ID)
	}
	return nil
}

// loadDoc makes a document the open transcript.
func (s *Session) loadDoc(id int64) error {
	d, err := s.proj.Document(id)
	if errors.Is(err, coding.ErrNotFound) {
		s.doc, s.excerpts = nil, nil
		return nil
	}
	if err != nil {
		return err
	}
	es, err := s.proj.Excerpts(coding.ExcerptFilter{DocID: id})
	if err != nil {
		return err
	}
	s.doc, s.excerpts = &d, es
	return nil
}

// OpenDoc shows a document in the transcript view.
func (s *Session) OpenDoc(id int64) {
	if s.doc != nil && s.doc.ID == id {
		return
	}
	if err := s.loadDoc(id); err != nil {
		s.fail(err)
		return
	}
	s.excerptID = 0
	s.refresh()
}

// Do applies a change through the undo history and refreshes every view.
func (s *Session) Do(c coding.Change) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.proj == nil {
		return false
	}
	if err := s.hist.Do(s.proj, c); err != nil {
		s.fail(err)
		s.reloadAndRefresh()
		return false
	}
	s.reloadAndRefresh()
	return true
}

// Undo reverts the latest change.
func (s *Session) Undo() {
	s.mu.Lock()
	defer s.mu.Unlock()
	label := s.hist.UndoLabel()
	if label == "" {
		return
	}
	if err := s.hist.Undo(s.proj); err != nil {
		s.fail(err)
	}
	s.reloadAndRefresh()
	s.status(TF("Undone: {{.What}}", map[string]any{"What": T(label)}))
}

// Redo re-applies the latest undone change.
func (s *Session) Redo() {
	s.mu.Lock()
	defer s.mu.Unlock()
	label := s.hist.RedoLabel()
	if label == "" {
		return
	}
	if err := s.hist.Redo(s.proj); err != nil {
		s.fail(err)
	}
	s.reloadAndRefresh()
	s.status(TF("Redone: {{.What}}", map[string]any{"What": T(label)}))
}

func (s *Session) reloadAndRefresh() {
	if err := s.reload(); err != nil {
		s.fail(err)
	}
	s.refresh()
}

// fail tells the user what went wrong, in plain words, and logs it.
func (s *Session) fail(err error) {
	slog.Error("teema", "err", err)
	dialog.ShowError(plainError(err), s.win)
}

// plainError drops Go's wrapping prefixes that mean nothing to a researcher
// while keeping the specific reason. A write the disk refused is said in
// plain words first, as it asks the user to act, not to report a bug.
func plainError(err error) error {
	switch {
	case errors.Is(err, store.ErrDiskFull):
		return fmt.Errorf("%s (%w)", T("The disk is full: this change was not saved. Everything saved before it is safe; free some space and try again."), err)
	case errors.Is(err, store.ErrNotWritable):
		return fmt.Errorf("%s (%w)", T("The project file cannot be written to: this change was not saved. Check that the file and its folder are not read-only."), err)
	case errors.Is(err, store.ErrReadOnly):
		return errors.New(T("This project is open read-only: changes are not saved. Close it in the other Teema window or program and open it again to edit."))
	}
	msg := err.Error()
	if i := strings.LastIndex(msg, "code text: "); i >= 0 {
		msg = msg[i+len("code text: "):]
	}
	return errors.New(msg)
}

// CodeSelection codes the transcript's selected text with a code.
func (s *Session) CodeSelection(codeID int64, start, end int) bool {
	if s.doc == nil || end <= start {
		return false
	}
	ok := s.Do(coding.CodeText{Excerpt: coding.Excerpt{DocID: s.doc.ID, CodeID: codeID, Start: start, End: end, Coder: s.coder()}})
	if ok {
		s.status(TF("Coded as {{.Code}} — Ctrl+Z undoes", map[string]any{"Code": s.book.Path(codeID)}))
	}
	return ok
}

// SelectCode makes a code current (its excerpts and memo are shown).
func (s *Session) SelectCode(id int64) {
	s.codeID = id
	s.excerptID = 0
	s.refresh()
}

// SelectExcerpt makes an excerpt current (its memo is shown).
func (s *Session) SelectExcerpt(id int64) {
	s.excerptID = id
	s.refresh()
}

// CodeExcerpts lists the codings of the current code and its sub-codes.
func (s *Session) CodeExcerpts() ([]coding.Excerpt, error) {
	if s.codeID == 0 {
		return nil, nil
	}
	return s.proj.Excerpts(coding.ExcerptFilter{CodeIDs: s.book.Subtree(s.codeID)})
}

// docInfo returns the listing entry of a document.
func (s *Session) docInfo(id int64) (coding.DocumentInfo, bool) {
	for _, d := range s.docs {
		if d.ID == id {
			return d, true
		}
	}
	return coding.DocumentInfo{}, false
}

// totalCount counts the codings of a code and its sub-codes.
func (s *Session) totalCount(id int64) int {
	n := 0
	for _, c := range s.book.Subtree(id) {
		n += s.counts[c]
	}
	return n
}

// Pin puts a code on key n (1–9); 0 as code unpins the key.
func (s *Session) Pin(n int, codeID int64) {
	if n < 1 || n > 9 {
		return
	}
	for i, id := range s.pins {
		if id == codeID {
			s.pins[i] = 0
		}
	}
	s.pins[n-1] = codeID
	if err := s.proj.SetPins(s.pins); err != nil {
		s.fail(fmt.Errorf("pin code: %w", err))
	}
	s.refresh()
}
