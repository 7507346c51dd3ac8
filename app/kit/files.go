package kit

import (
	"errors"
	"io"
	"log/slog"
	"os"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"

	"teema/i18n"
	"teema/study"
)

// Filter says which files a dialog offers: a name the user reads and the
// extensions, with their dots (".xlsx").
type Filter struct {
	Name string
	Exts []string
}

// The desktop's own file dialogs are preferred: they speak the user's
// language, know their folders and bookmarks, and look like the rest of
// their system. Fyne's dialog is the fallback where there is none (no
// desktop portal, as under a bare X server).
//
// systemSave, systemOpen and systemFolder ask the system's dialog; ok is
// false when there is none, so Fyne's is shown instead. They block until
// the user answers and run off the UI goroutine.

// SaveFile asks where to save a file named name and hands the path on.
func SaveFile(win fyne.Window, name string, f Filter, then func(path string)) {
	title := i18n.T("Save as")
	ask(func() (string, bool, error) { return systemSave(win, title, name, f) }, then, win,
		func() { fyneSave(win, name, then) })
}

// OpenFile asks for a file to open and hands its path on.
func OpenFile(win fyne.Window, f Filter, then func(path string)) {
	title := i18n.T("Open")
	ask(func() (string, bool, error) { return systemOpen(win, title, f, false) }, then, win,
		func() { fyneOpen(win, f, then) })
}

// OpenFolder asks for a folder and hands its path on.
func OpenFolder(win fyne.Window, then func(path string)) {
	title := i18n.T("Choose a folder")
	ask(func() (string, bool, error) { return systemOpen(win, title, Filter{}, true) }, then, win,
		func() { fyneFolder(win, then) })
}

// SaveWith asks where to save, then writes the file with write: made in
// memory first and renamed into place, so a failed export leaves no
// broken file behind. done hears the path written.
func SaveWith(win fyne.Window, name string, f Filter, write func(io.Writer) error, done func(path string)) {
	SaveFile(win, name, f, func(path string) {
		if err := study.WriteFile(path, write); err != nil {
			RemoveIfEmpty(path) // the file Fyne's dialog made
			ShowError(err, win)
			return
		}
		done(path)
	})
}

// ShowError tells the user what went wrong, in their language, and logs
// it with its technical detail.
func ShowError(err error, win fyne.Window) {
	slog.Error("teema", "err", err)
	dialog.ShowError(errors.New(i18n.Error(err)), win)
}

// ask runs the system's dialog in the background when there is one, and
// Fyne's otherwise.
func ask(system func() (string, bool, error), then func(string), win fyne.Window, fallback func()) {
	if !systemDialogs() {
		fallback()
		return
	}
	go func() {
		path, ok, err := system()
		fyne.Do(func() {
			switch {
			case !ok:
				fallback()
			case err != nil:
				ShowError(err, win)
			case path != "":
				then(path)
			}
		})
	}()
}

func fyneSave(win fyne.Window, name string, then func(string)) {
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil {
			ShowError(err, win)
			return
		}
		if w != nil {
			w.Close() // it made the file, empty; the writer replaces it
			then(w.URI().Path())
		}
	}, win)
	d.SetFileName(name)
	d.Show()
}

func fyneOpen(win fyne.Window, f Filter, then func(string)) {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			ShowError(err, win)
			return
		}
		if r != nil {
			r.Close()
			then(r.URI().Path())
		}
	}, win)
	if len(f.Exts) > 0 {
		d.SetFilter(storage.NewExtensionFileFilter(f.Exts))
	}
	d.Show()
}

func fyneFolder(win fyne.Window, then func(string)) {
	d := dialog.NewFolderOpen(func(dir fyne.ListableURI, err error) {
		if err != nil {
			ShowError(err, win)
			return
		}
		if dir != nil {
			then(dir.Path())
		}
	}, win)
	d.Show()
}

// RemoveIfEmpty removes the empty file Fyne's save dialog made for a
// file that was then not written.
func RemoveIfEmpty(path string) {
	if st, err := os.Stat(path); err == nil && st.Size() == 0 {
		os.Remove(path)
	}
}

// fileURIPath turns a file:// URI from a system dialog into a path.
func fileURIPath(uri string) string {
	if p, ok := strings.CutPrefix(uri, "file://"); ok {
		return p
	}
	return uri
}
