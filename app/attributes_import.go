package app

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"teema/app/kit"
	"teema/i18n"
	"teema/study"
)

// sheetFilter offers the spreadsheets attributes are imported from.
func sheetFilter() kit.Filter {
	return kit.Filter{Name: i18n.T("Spreadsheet (.xlsx, .csv)"), Exts: []string{".xlsx", ".csv"}}
}

// importSheet previews a spreadsheet of attributes, row by row the
// interview each row names, and on the user's word sets them all as one
// undoable step.
func (t *attrTable) importSheet(path string) {
	a, err := study.ReadAttributeSheet(t.s.Project(), path)
	if err != nil {
		kit.ShowError(err, t.win)
		return
	}
	head := widget.NewLabel(i18n.Say(a.Summary()))
	head.Wrapping = fyne.TextWrapWord
	head.TextStyle.Bold = true
	rows := widget.NewLabel(strings.Join(i18n.Lines(a.Notes()), "\n"))
	rows.Wrapping = fyne.TextWrapWord
	content := container.NewBorder(head, nil, nil, nil, container.NewVScroll(rows))
	title := i18n.T("Import attributes")
	change := a.Change()
	var d dialog.Dialog
	if change == nil {
		d = dialog.NewCustom(title, i18n.T("Close"), content, t.win)
	} else {
		d = dialog.NewCustomConfirm(title, i18n.T("Import"), i18n.T("Cancel"), content, func(ok bool) {
			t.flush() // a value being typed is its own step, before the import
			if ok && t.s.Do(change) {
				t.loadKeys()
				t.sizeColumns()
				t.table.Refresh()
			}
		}, t.win)
	}
	d.Resize(fyne.NewSize(640, 440))
	d.Show()
}
