// Package kittest runs a tool window in a test: a session on a fresh
// project in Fyne's test driver, with a clock the test turns and a host
// that records what the window asks of the main window.
package kittest

import (
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2/test"

	"teema/app/session"
	"teema/assets"
	"teema/coding"
	"teema/store"
)

// Passage is a ShowPassage call: what a tool window asked the main window
// to show.
type Passage struct {
	DocID      int64
	Start, End int
	Selected   bool
}

// Host is a main window as a tool window sees it (kit.Host). Background
// work runs inline, so Fyne's test driver sees one goroutine.
type Host struct {
	S        *session.Session
	Clock    *Clock
	Passages []Passage // every ShowPassage, in order
	Reports  int       // how often the report dialog was asked for
	Played   []Passage // every PlayPassage, in order
}

// Session is the open project.
func (h *Host) Session() *session.Session { return h.S }

// ShowPassage records the passage.
func (h *Host) ShowPassage(docID int64, start, end int, selected bool) {
	h.Passages = append(h.Passages, Passage{DocID: docID, Start: start, End: end, Selected: selected})
}

// ExportReport counts the request.
func (h *Host) ExportReport() { h.Reports++ }

// PlayPassage records the passage.
func (h *Host) PlayPassage(docID int64, start, end int) {
	h.Played = append(h.Played, Passage{DocID: docID, Start: start, End: end})
}

// Background runs work at once, on the test's goroutine.
func (h *Host) Background(work func()) { work() }

// New opens a fresh project with the Calpro code book and the given
// transcripts (file name → text, each in the group "Kunnat") as the
// coder Testaaja. db reads the same file through a connection of its own,
// to check what was saved.
func New(t *testing.T, docs map[string]string) (h *Host, db *store.Project) {
	t.Helper()
	a := test.NewTempApp(t)
	a.Preferences().SetString(session.PrefCoder, "Testaaja")
	path := filepath.Join(t.TempDir(), "t.teema")
	createCalpro(t, path, docs)
	h = &Host{S: session.New(a, a.NewWindow("Teema")), Clock: &Clock{}}
	h.S.SetClock(h.Clock.After)
	if err := h.S.Open(path); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(h.S.Close)
	db, err := store.OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return h, db
}

// createCalpro makes a project with the Calpro code book and docs at path.
func createCalpro(t *testing.T, path string, docs map[string]string) {
	t.Helper()
	p, err := store.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	raw, err := assets.Template("calpro")
	if err != nil {
		t.Fatal(err)
	}
	tpl, err := coding.ParseTemplate(raw)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := p.ApplyTemplate(tpl); err != nil {
		t.Fatal(err)
	}
	dir := filepath.Dir(path)
	for name, text := range docs {
		f := filepath.Join(dir, name)
		if err := os.WriteFile(f, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		if _, err := p.ImportFile(f, map[string]string{"ryhmä": "Kunnat"}); err != nil {
			t.Fatal(err)
		}
	}
}
