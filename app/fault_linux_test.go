//go:build linux

package app

import (
	"errors"
	"os"
	"path/filepath"
	"syscall"
	"testing"

	"fyne.io/fyne/v2/test"

	"teema/coding"
	"teema/store"
)

// A write that fails on a really full disk (a tiny tmpfs; needs root) is
// said plainly, and the UI goes on showing what the file holds.
func TestDiskFullKeepsUIAndFileInStep(t *testing.T) {
	dir := t.TempDir()
	if err := syscall.Mount("tmpfs", dir, "tmpfs", 0, "size=600k"); err != nil {
		t.Skipf("cannot mount a tmpfs (needs root): %v", err)
	}
	t.Cleanup(func() { syscall.Unmount(dir, 0) })
	path := filepath.Join(dir, "täysi.teema")
	u := openOn(t, path)
	codeText(t, u, "Asiakas 5", "Yhteistyö sujuu hyvin.", "Yhteistyö/Tapaamiset")
	fill(t, filepath.Join(dir, "filler"))

	c, _ := u.s.Book().Lookup("Yhteistyö/Tapaamiset")
	start, end, _ := coding.FindNth(u.s.Doc().Text, "Tiedotteet tulevat sähköpostilla.", 1)
	if u.s.CodeSelection(c.ID, start, end) {
		t.Fatal("a coding was saved on a full disk")
	}
	labelWith(t, u, "The disk is full: this change was not saved.")
	u.s.Do(coding.AddCode{Name: "Uusi teema", Description: string(make([]byte, 4096))})

	check, err := store.OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	defer check.Close()
	es := excerpts(t, check)
	book, err := check.CodeBook()
	if err != nil {
		t.Fatal(err)
	}
	if len(es) != 1 || len(u.s.Excerpts()) != 1 || u.s.Excerpts()[0].ID != es[0].ID {
		t.Fatalf("codings: %d in the file, %d in the UI", len(es), len(u.s.Excerpts()))
	}
	if book.Len() != u.s.Book().Len() || u.s.Counts()[c.ID] != 1 {
		t.Fatalf("code book: %d codes in the file, %d in the UI", book.Len(), u.s.Book().Len())
	}
}

// openOn makes a project with the Calpro code book and one transcript at
// path and opens it in a test window.
func openOn(t *testing.T, path string) *UI {
	t.Helper()
	p := createCalpro(t, path)
	doc := filepath.Join(t.TempDir(), "Asiakas 5.txt")
	if err := os.WriteFile(doc, []byte(haastattelu), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := p.ImportFile(doc, nil); err != nil {
		t.Fatal(err)
	}
	p.Close()
	a := test.NewTempApp(t)
	a.Preferences().SetBool(prefWelcomed, true)
	u := New(a, "test")
	u.Start(path, false)
	t.Cleanup(func() { u.s.Close() })
	return u
}

// fill writes a file until the disk is full.
func fill(t *testing.T, path string) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	chunk := make([]byte, 1024)
	for {
		if _, err := f.Write(chunk); err != nil {
			if !errors.Is(err, syscall.ENOSPC) {
				t.Fatal(err)
			}
			return
		}
	}
}
