package matrices

import (
	"io"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"teema/app/kit"
	"teema/i18n"
	"teema/study"
)

// exportButton offers the Excel workbook of every theme matrix with the
// rows chosen here: of the themes coded so far, or of every theme, the
// uncoded ones as empty tables to fill in by hand; and the Word report.
func (m *Window) exportButton() *widget.Button {
	var b *widget.Button
	b = widget.NewButtonWithIcon(i18n.T("Export…"), theme.DocumentSaveIcon(), func() {
		widget.ShowPopUpMenuAtRelativePosition(m.exportMenu(), m.win.Canvas(), fyne.NewPos(0, b.Size().Height), b)
	})
	return b
}

func (m *Window) exportMenu() *fyne.Menu {
	return fyne.NewMenu("",
		fyne.NewMenuItem(i18n.T("Excel workbook: themes with codings…"), func() { m.exportDialog(false) }),
		fyne.NewMenuItem(i18n.T("Excel workbook: every theme, also those not coded yet…"), func() { m.exportDialog(true) }),
		fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem(i18n.T("Word report…"), func() { m.Flush(); m.h.ExportReport() }))
}

// exportDialog asks where to write the workbook.
func (m *Window) exportDialog(emptyThemes bool) {
	kit.SaveWith(m.win, kit.FileName(m.s.ProjectName())+".xlsx", kit.XLSX(), m.workbookWriter(emptyThemes), m.exported)
}

// workbookWriter writes the project's workbook with this window's rows.
func (m *Window) workbookWriter(emptyThemes bool) func(io.Writer) error {
	return func(w io.Writer) error {
		m.Flush() // the workbook holds what was just typed
		b, err := study.LoadWorkbook(m.s.Project(), m.rowsBy, nil, i18n.Lang())
		if err != nil {
			return err
		}
		if emptyThemes {
			b = b.WithEmptyThemes()
		}
		return b.Write(w)
	}
}

func (m *Window) exported(path string) { m.tell(i18n.T("Exported") + ": " + path) }
