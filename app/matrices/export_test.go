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
	"teema/coding"
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

// TestQuoteInTheReportFromACell: ticking an excerpt of an open cell
// chooses it for the report, keeps what was being typed in the summary,
// and the window's Export menu hands the report to the main window.
func TestQuoteInTheReportFromACell(t *testing.T) {
	h, db := kittest.New(t, map[string]string{"Asiakas 5.txt": haastattelu})
	m := openMatrices(t, h, "Yhteistyö")
	h.CodeText(t, "Asiakas 5", "Yhteistyö sujuu hyvin.", "Yhteistyö/Päivittäinen yhteistyö")
	col := columnOf(t, m, "Päivittäinen yhteistyö")
	m.matrix.table.Select(widget.TableCellID{Row: 0, Col: col})
	test.Type(m.matrix.cell.summary, "- kesken")
	check := kittest.Find(t, m.win, func(c *widget.Check) bool { return c.Text == i18n.T("Quote in the report") })
	test.Tap(check)
	es, err := db.Excerpts(coding.ExcerptFilter{})
	if err != nil || len(es) != 1 || !es[0].Quote {
		t.Fatalf("the excerpt was not chosen: %+v %v", es, err)
	}
	if s, _ := db.Summaries(); len(s) != 1 {
		t.Fatalf("the summary being typed was lost: %v", s)
	}
	check = kittest.Find(t, m.win, func(c *widget.Check) bool { return c.Text == i18n.T("Quote in the report") })
	if !check.Checked {
		t.Error("the cell does not show the excerpt as chosen")
	}
	items := m.exportMenu().Items
	items[len(items)-1].Action()
	if h.Reports != 1 {
		t.Error("the Export menu does not open the report")
	}
}
