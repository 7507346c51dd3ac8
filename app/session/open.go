package session

import (
	"errors"
	"os"
	"path/filepath"
	"strings"

	"teema/coding"
	"teema/i18n"
	"teema/store"
)

// Open makes path the session's project. The previous project stays open
// if the new one cannot be opened.
func (s *Session) Open(path string) error { return s.openWith(path, store.Open) }

// OpenReadOnly opens a project only to look at it, e.g. one that another
// Teema has open; every change is refused with ErrReadOnly.
func (s *Session) OpenReadOnly(path string) error { return s.openWith(path, store.OpenReadOnly) }

func (s *Session) openWith(path string, open func(string) (*store.Project, error)) error {
	if s.proj != nil && sameFile(path, s.proj.Path()) {
		return nil // already open here; a second writer would be refused
	}
	p, err := open(path)
	if err != nil {
		return err
	}
	s.Flush()
	if s.proj != nil {
		s.proj.Close()
	}
	s.proj = p
	addRecent(s.app.Preferences(), path)
	return s.Show()
}

// sameFile reports whether two paths name one file, through links too:
// the project remembers the file itself, not the link it was opened by.
func sameFile(a, b string) bool {
	sa, err := os.Stat(a)
	if err != nil {
		return false
	}
	sb, err := os.Stat(b)
	return err == nil && os.SameFile(sa, sb)
}

// Show starts the views afresh on the session's project: no undo history,
// the first transcript open. A project replaced under the session (a
// restored backup) is shown this way too.
func (s *Session) Show() error {
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

// Flush saves typing still waiting for its timer, before a change or
// before the project it belongs to is closed or replaced.
func (s *Session) Flush() {
	for _, f := range s.pending {
		f()
	}
}

// Close saves what is waiting, closes the windows that show the project
// and closes the project file.
func (s *Session) Close() {
	s.Flush()
	for _, f := range s.closing {
		f()
	}
	if s.proj != nil {
		s.proj.Close()
		s.proj = nil
	}
}

// ProjectName is the study's name, or its file's when it has none.
func (s *Session) ProjectName() string {
	if name, _ := s.proj.Name(); strings.TrimSpace(name) != "" {
		return name
	}
	return strings.TrimSuffix(filepath.Base(s.proj.Path()), store.Extension)
}

func (s *Session) updateTitle() {
	name := s.ProjectName()
	if s.proj.ReadOnly() {
		name += " " + i18n.T("(read-only)")
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

// loadDoc makes a document the open transcript; one that is gone closes
// the transcript.
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

// Reload reads the project again and refreshes every view, after work
// that changed the project outside the undo history (an import, a merge).
func (s *Session) Reload() {
	if err := s.reload(); err != nil {
		s.Fail(err)
	}
	s.refresh()
}

// RestoreBackup replaces the open project's content with a backup's (the
// state before is kept as a backup, which is returned) and shows the
// restored project afresh: the undo history belonged to the old content.
func (s *Session) RestoreBackup(path string) (store.Backup, error) {
	s.Flush() // typing before the restore belongs to the kept state
	if s.proj == nil {
		return store.Backup{}, errNoProject.New(nil)
	}
	kept, err := s.proj.RestoreFromBackup(path)
	// Shown afresh even after a failure: the views must match the file,
	// whichever content it now holds.
	if showErr := s.Show(); showErr != nil {
		err = errors.Join(err, showErr)
	}
	return kept, err
}
