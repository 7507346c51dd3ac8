package intercoder

import (
	"io"

	"teema/app/kit"
	"teema/i18n"
	"teema/store/workbook"
)

// exportDialog writes the figures and every disagreement to a workbook.
func (w *Window) exportDialog() {
	r := w.report
	if r == nil {
		return
	}
	name := kit.FileName(w.s.ProjectName()) + " " + i18n.T("agreement") + ".xlsx"
	write := func(out io.Writer) error { return workbook.WriteAgreement(out, *r, i18n.Lang()) }
	kit.SaveWith(w.win, name, kit.XLSX(), write, func(path string) { w.note.SetText(i18n.T("Exported") + ": " + path) })
}
