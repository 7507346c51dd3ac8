package app

import (
	"io"

	"teema/app/kit"
	"teema/i18n"
	"teema/store"
)

// exportCSV writes every excerpt, with its document's attributes and code
// path, as a CSV file that Excel opens with Finnish letters intact.
func (u *UI) exportCSV() {
	proj := u.s.Project()
	if proj == nil {
		return
	}
	write := func(w io.Writer) error { return store.WriteExcerptsCSV(w, proj) }
	kit.SaveWith(u.win, i18n.T("excerpts")+".csv", kit.CSV(), write, func(path string) {
		u.s.Status(i18n.T("Exported") + ": " + path)
	})
}
