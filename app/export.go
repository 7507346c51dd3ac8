package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"

	"teema/store"
)

// exportCSV writes every excerpt, with its document's attributes and code
// path, as a CSV file that Excel opens with Finnish letters intact.
func (u *UI) exportCSV() {
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil || w == nil {
			return
		}
		defer w.Close()
		if err := store.WriteExcerptsCSV(w, u.s.Project()); err != nil {
			u.s.Fail(err)
			return
		}
		u.s.Status(T("Exported") + ": " + w.URI().Path())
	}, u.win)
	d.SetFileName(T("excerpts") + ".csv")
	d.Show()
}
