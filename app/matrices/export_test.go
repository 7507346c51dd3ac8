package matrices

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"teema/app/kit"
	"teema/app/kit/kittest"
	"teema/i18n"
	"teema/study"
)

// TestExportWorkbook writes the workbook as the save dialog would: the
// summary still waiting to be saved is saved first, and the window says
// where the workbook went.
func TestExportWorkbook(t *testing.T) {
	h, db := kittest.New(t, map[string]string{"Asiakas 5.txt": haastattelu})
	m := openMatrices(t, h, "Yhteistyö")
	m.matrix.table.Select(widget.TableCellID{Row: 0, Col: 0})
	test.Type(m.matrix.cell.summary, "- kesken")
	if name := kit.FileName("Calpro: asiakkaat?") + ".xlsx"; name != "Calpro asiakkaat.xlsx" {
		t.Fatalf("file name %q", name)
	}
	path := filepath.Join(t.TempDir(), "t.xlsx")
	if err := study.WriteFile(path, m.workbookWriter(false)); err != nil {
		t.Fatal(err)
	}
	m.exported(path)
	b, err := os.ReadFile(path)
	if err != nil || !strings.HasPrefix(string(b), "PK") || !strings.HasPrefix(m.note.Text, i18n.T("Exported")) {
		t.Fatalf("export left %d bytes (%v), note %q", len(b), err, m.note.Text)
	}
	if s, _ := db.Summaries(); len(s) != 1 {
		t.Fatalf("the summary being typed was not saved before the export: %v", s)
	}
}
