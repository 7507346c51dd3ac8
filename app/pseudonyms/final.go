package pseudonyms

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"teema/i18n"
	"teema/store"
	"teema/study"
)

// confirmFinal asks before the original words leave the project for
// good.
func (w *Window) confirmFinal() {
	msg := widget.NewLabel(i18n.T("The original words will be removed from the project file for good: from the transcripts' index, from the file's free space and from the undo history, so not even Undo brings them back. Only the key you exported tells who is who. Make the pseudonymisation final?"))
	msg.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustomConfirm(i18n.T("Make final"), i18n.T("Make final"), i18n.T("Cancel"), msg, func(ok bool) {
		if ok {
			w.makeFinal()
		}
	}, w.win)
	d.Resize(fyne.NewSize(520, 260))
	d.Show()
}

// makeFinal scrubs the project file in the background, then forgets the
// undo history, which holds the original words too.
func (w *Window) makeFinal() {
	a := w.applied
	p, r := w.s.Project(), w.reader
	w.s.Flush() // typing waiting to be saved belongs to the project before
	w.say(i18n.T("Removing the original words from the project file…"))
	w.finalButton.Disable()
	w.background(func() func() {
		f, err := study.MakeFinal(p, a.key, a.docIDs, r, a.words)
		return func() { w.finished(f, err) }
	})
}

// finished says what making final did and offers to delete the backups,
// which still hold the original words.
func (w *Window) finished(f study.Final, err error) {
	if err != nil {
		w.updateButtons()
		w.fail(err)
		return
	}
	w.applied = nil
	w.s.History().Clear()
	w.s.Reload()
	w.updateButtons()
	notes := strings.Join(i18n.Lines(f.Notes), "\n")
	w.say(notes)
	if len(f.Backups) == 0 {
		dialog.ShowInformation(i18n.T("Made final"), notes, w.win)
		return
	}
	w.offerBackups(notes, f.Backups)
}

// offerBackups lists the backups and offers to delete them.
func (w *Window) offerBackups(notes string, bs []store.Backup) {
	intro := widget.NewLabel(notes + "\n\n" + i18n.TF("Older backups of the project ({{.N}}) still hold the original words. Delete them, or keep them apart from the data, as you keep the key.", map[string]any{"N": len(bs)}))
	intro.Wrapping = fyne.TextWrapWord
	rows := container.NewVBox()
	for _, b := range bs {
		rows.Add(widget.NewLabel(b.Time.Format("2006-01-02 15:04:05") + "   " + b.Path))
	}
	content := container.NewBorder(intro, nil, nil, nil, container.NewVScroll(rows))
	d := dialog.NewCustomConfirm(i18n.T("Made final"), i18n.T("Delete the backups"), i18n.T("Keep them"), content, func(del bool) {
		if !del {
			return
		}
		if err := study.DeleteBackups(bs); err != nil {
			w.fail(err)
			return
		}
		w.say(i18n.TF("Backups deleted: {{.N}}.", map[string]any{"N": len(bs)}))
	}, w.win)
	d.Resize(fyne.NewSize(640, 420))
	d.Show()
}
