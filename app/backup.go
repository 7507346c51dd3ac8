package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"teema/app/kit"
	"teema/i18n"
	"teema/store"
)

// showBackups lists the project's backups, newest first; choosing one asks
// before anything is restored.
func (u *UI) showBackups() {
	if u.s.Project() == nil {
		return
	}
	bs, err := store.Backups(u.s.Project().Path())
	if err != nil {
		u.s.Fail(err)
		return
	}
	if len(bs) == 0 {
		dialog.ShowInformation(i18n.T("Restore from backup"),
			i18n.T("This project has no backups yet. Teema makes one when it opens the project, at most every 10 minutes."), u.win)
		return
	}
	var d *dialog.CustomDialog
	list := widget.NewList(func() int { return len(bs) },
		func() fyne.CanvasObject { return widget.NewLabel("") },
		func(i widget.ListItemID, o fyne.CanvasObject) { o.(*widget.Label).SetText(backupLabel(bs[i])) })
	list.OnSelected = func(i widget.ListItemID) {
		d.Hide()
		u.confirmRestore(bs[i])
	}
	intro := widget.NewLabel(i18n.T("Choose the moment to go back to:"))
	d = dialog.NewCustom(i18n.T("Restore from backup"), i18n.T("Cancel"), container.NewBorder(intro, nil, nil, nil, list), u.win)
	d.Resize(fyne.NewSize(460, 380))
	d.Show()
}

// confirmRestore asks before replacing the project's content, and says
// that the current state will itself be kept.
func (u *UI) confirmRestore(b store.Backup) {
	msg := i18n.TF("Go back to the project as it was on {{.When}}?", map[string]any{"When": backupTime(b)}) +
		"\n\n" + i18n.T("The current state is kept as a backup first, so you can return to it the same way.")
	d := dialog.NewConfirm(i18n.T("Restore from backup"), msg, func(ok bool) {
		if ok {
			u.restoreBackup(b)
		}
	}, u.win)
	d.SetConfirmText(i18n.T("Restore"))
	d.Show()
}

// restoreBackup is what the confirmation runs.
func (u *UI) restoreBackup(b store.Backup) {
	kept, err := u.s.RestoreBackup(b.Path)
	if err != nil {
		u.s.Fail(err)
		return
	}
	u.s.Status(i18n.TF("Restored the state of {{.When}}; the state before it is kept as the backup of {{.Kept}}",
		map[string]any{"When": backupTime(b), "Kept": backupTime(kept)}))
}

// backupLabel is one row of the list: when, and how big.
func backupLabel(b store.Backup) string {
	return backupTime(b) + "   " + kit.FileSize(b.Size)
}

// backupTime is a backup's moment in local time, as the UI's language
// writes dates.
func backupTime(b store.Backup) string {
	if i18n.Lang() == i18n.Finnish {
		return b.Time.Local().Format("2.1.2006 klo 15.04.05")
	}
	return b.Time.Local().Format("2 Jan 2006, 15:04:05")
}
