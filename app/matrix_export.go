package app

import (
	"errors"
	"io"
	"log/slog"
	"strings"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"

	"teema/i18n"
	"teema/store/workbook"
)

// exportDialog asks where to write the Excel workbook of every theme
// matrix, with the rows chosen in this window.
func (m *matrixWindow) exportDialog() {
	saveAs(m.win, fileName(m.s.ProjectName())+".xlsx", m.export)
}

func (m *matrixWindow) export(w fyne.URIWriteCloser) {
	saveTo(w, m.writeWorkbook, func(path string) { m.tell(T("Exported") + ": " + path) }, m.fail)
}

func (m *matrixWindow) writeWorkbook(w io.Writer) error {
	m.flush() // the workbook holds what was just typed
	fs, err := m.s.Project().Findings()
	if err != nil {
		return err
	}
	return workbook.Write(w, m.corpus, workbook.Options{
		RowsBy:   m.rowsBy,
		Lang:     uiLang(),
		Findings: fs,
		Title:    m.s.ProjectName(),
	})
}

// fail tells the user what went wrong in this window, where they acted,
// rather than in the main window it may hide.
func (m *matrixWindow) fail(err error) {
	slog.Error("teema", "err", err)
	dialog.ShowError(errors.New(i18n.Error(err)), m.win)
}

// fileName keeps a project name usable as a file name on every system:
// "Demo: asiakkaat" becomes "Demo asiakkaat".
func fileName(name string) string {
	return strings.Join(strings.FieldsFunc(name, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune(`/\:*?"<>|`, r)
	}), " ")
}

// uiLang is the language the UI shows, which the workbook's headers follow.
func uiLang() string { return i18n.Lang() }
