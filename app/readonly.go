package app

import (
	"fmt"
	"path/filepath"
	"teema/i18n"

	"fyne.io/fyne/v2/dialog"
)

// offerReadOnly tells the user that another Teema has the project open for
// writing, and offers to open it read-only: two writers could overwrite
// each other's work, but looking is always safe.
func (u *UI) offerReadOnly(path string) {
	msg := i18n.TF("{{.Name}} is open in another Teema window or program. Only one can change it at a time.",
		map[string]any{"Name": filepath.Base(path)}) + "\n\n" + i18n.T("Open it read-only to look at it? Changes will not be saved.")
	d := dialog.NewConfirm(i18n.T("Project in use"), msg, func(ok bool) {
		if ok {
			u.openReadOnly(path)
		}
	}, u.win)
	d.SetConfirmText(i18n.T("Open read-only"))
	d.Show()
}

func (u *UI) openReadOnly(path string) {
	if err := u.s.OpenReadOnly(path); err != nil {
		u.s.Fail(fmt.Errorf("%s: %w", filepath.Base(path), err))
	}
}
