package intercoder

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"teema/app/kit"
	"teema/i18n"
)

// chooseCodes lets the user compare some codes only; none ticked means
// every code either coder applied.
func (w *Window) chooseCodes() {
	list := kit.NewCodeChecklist(w.s.Book(), w.codes)
	intro := widget.NewLabel(i18n.T("Compare these codes only (none ticked: every code either coder applied)"))
	d := dialog.NewCustomConfirm(i18n.T("Codes to compare"), i18n.T("OK"), i18n.T("Cancel"),
		container.NewBorder(intro, nil, nil, nil, list.Content()), func(ok bool) {
			if ok {
				w.setCodes(list.Codes())
			}
		}, w.win)
	d.Resize(fyne.NewSize(520, 520))
	d.Show()
	w.win.Canvas().Focus(list.Filter())
}

func (w *Window) setCodes(ids []int64) {
	w.codes = ids
	if len(ids) == 0 {
		w.codesButton.SetText(i18n.T("Codes: all"))
	} else {
		w.codesButton.SetText(i18n.TF("Codes: {{.N}}", map[string]any{"N": len(ids)}))
	}
	w.recompute()
}
