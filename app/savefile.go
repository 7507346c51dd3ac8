package app

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"teema/i18n"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
)

// saveAs asks where to save a file and hands the chosen file to save.
func saveAs(win fyne.Window, name string, save func(fyne.URIWriteCloser)) {
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil {
			dialog.ShowError(errors.New(i18n.Error(err)), win)
			return
		}
		if w != nil {
			save(w)
		}
	}, win)
	d.SetFileName(name)
	d.Show()
}

// saveTo writes a file the save dialog created. The file is made in
// memory first, and removed on failure, so no broken file is left for
// Excel or a viewer to complain about.
func saveTo(w fyne.URIWriteCloser, write func(io.Writer) error, saved func(path string), fail func(error)) {
	var buf bytes.Buffer
	err := write(&buf)
	if err == nil {
		_, err = w.Write(buf.Bytes())
	}
	if cerr := w.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		storage.Delete(w.URI())
		fail(fmt.Errorf("%s: %w", w.URI().Name(), err))
		return
	}
	saved(w.URI().Path())
}
