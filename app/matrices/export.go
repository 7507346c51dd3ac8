package matrices

import (
	"io"

	"teema/app/kit"
	"teema/i18n"
	"teema/study"
)

// exportDialog asks where to write the Excel workbook of every theme
// matrix, with the rows chosen in this window.
func (m *Window) exportDialog() {
	kit.SaveWith(m.win, kit.FileName(m.s.ProjectName())+".xlsx", kit.XLSX(), m.writeWorkbook, m.exported)
}

// writeWorkbook writes the project's workbook with this window's rows.
func (m *Window) writeWorkbook(w io.Writer) error {
	m.Flush() // the workbook holds what was just typed
	b, err := study.LoadWorkbook(m.s.Project(), m.rowsBy, nil, i18n.Lang())
	if err != nil {
		return err
	}
	return b.Write(w)
}

func (m *Window) exported(path string) { m.tell(i18n.T("Exported") + ": " + path) }
