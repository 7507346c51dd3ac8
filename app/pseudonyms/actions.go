package pseudonyms

import (
	"fyne.io/fyne/v2/widget"

	"teema/i18n"
)

// copyExts are the formats of the pseudonymised copies, in the order the
// select names them (newActions).
var copyExts = []string{".docx", ".txt"}

// newActions makes the steps' buttons, in the order they are taken.
func (w *Window) newActions() {
	w.keyButton = widget.NewButton(i18n.T("Export key…"), w.exportKey)
	w.applyButton = widget.NewButton(i18n.T("Replace the names"), w.apply)
	w.applyButton.Importance = widget.HighImportance
	w.finalButton = widget.NewButton(i18n.T("Make final…"), w.confirmFinal)
	w.finalButton.Importance = widget.DangerImportance
	w.copiesFormat = widget.NewSelect([]string{i18n.T("Word (.docx)"), i18n.T("Text (.txt)")}, nil)
	w.copiesFormat.SetSelectedIndex(0)
	w.copiesButton = widget.NewButton(i18n.T("Export copies…"), w.exportCopies)
}

// updateButtons allows the steps the list and the project allow.
func (w *Window) updateButtons() {
	open := w.s.Project() != nil && !w.s.Project().ReadOnly()
	keyed := w.cands.ticked() > 0
	for _, b := range []struct {
		button *widget.Button
		on     bool
	}{
		{w.findButton, open}, {w.keyButton, keyed}, {w.applyButton, open && keyed},
		{w.finalButton, open && w.applied != nil}, {w.copiesButton, w.s.Project() != nil},
	} {
		if b.on {
			b.button.Enable()
		} else {
			b.button.Disable()
		}
	}
}
