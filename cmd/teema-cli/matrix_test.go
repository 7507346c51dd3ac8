package main

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"teema/coding"
	"teema/store"
)

func TestCLISummary(t *testing.T) {
	proj := filepath.Join(t.TempDir(), "demo.teema")
	mustRun(t, "demo", proj)
	mustRun(t, "summary", proj, "--code", "Yhteistyö/Tapaamiset", "--by", "ryhmä", "--row", "Kunnat", "--text", `- Tavataan kerran kuussa\n- Toivotaan useammin`)
	mustRun(t, "summary", proj, "--code", "Lisäarvo/Palvelut", "--row", "Asiakas 2", "--text", "- kustannussäästöt")
	p, err := store.OpenReadOnly(proj)
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	c, _ := p.Corpus()
	tap, _ := c.Book.Lookup("Yhteistyö/Tapaamiset")
	m := c.ThemeMatrix(tap.ParentID, coding.ParseRowsBy("ryhmä"))
	if m.Rows[0].Label != "Kunnat" || m.Cells[0][2].Summary != "- Tavataan kerran kuussa\n- Toivotaan useammin" {
		t.Fatalf("summary in the matrix: %q", m.Cells[0][2].Summary)
	}
	doc2, _ := p.FindDocument("Asiakas 2")
	lv, _ := c.Book.Lookup("Lisäarvo/Palvelut")
	if got := c.Summaries[coding.SummaryKey{CodeID: lv.ID, RowsBy: "document", Row: "2"}]; got != "- kustannussäästöt" || doc2.ID != 2 {
		t.Fatalf("per-interview summary %q (doc id %d)", got, doc2.ID)
	}
	code, _, errOut := cliRun(t, "summary", proj, "--code", "Yhteistyö/Tapaamiset", "--by", "ryhmä", "--row", "Kaupungit", "--text", "x")
	if code != 1 || !strings.Contains(errOut, "Kuntayhtymät") {
		t.Fatalf("unknown row: %d %s", code, errOut)
	}
	if code, _, _ := cliRun(t, "summary", proj, "--code", "Yhteistyö/Tapaamiset"); code != 2 {
		t.Fatal("missing --row is a usage error")
	}
}

func TestCLIMatrixWorkbook(t *testing.T) {
	dir := t.TempDir()
	proj := filepath.Join(dir, "demo.teema")
	out := filepath.Join(dir, "taulukot.xlsx")
	mustRun(t, "demo", proj)
	mustRun(t, "summary", proj, "--code", "Yhteistyö/Tapaamiset", "--by", "ryhmä", "--row", "Kunnat", "--text", `- Tavataan kerran kuussa\n- =vaarallinen`)
	inFinnish(t)
	mustRun(t, "matrix", proj, "--by", "ryhmä", "--theme", "Yhteistyö", "--out", out)
	f, err := excelize.OpenFile(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sheets := strings.Join(f.GetSheetList(), "|")
	if !strings.Contains(sheets, "Haastattelut") || !strings.Contains(sheets, "Yhteistyö") || strings.Contains(sheets, "Lisäarvo") {
		t.Fatalf("sheets: %s", sheets)
	}
	cell := func(sheet, ref string) string {
		v, err := f.GetCellValue(sheet, ref)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	if cell("Yhteistyö", "A1") != "Yhteistyö" || cell("Yhteistyö", "D1") != "Tapaamiset" || cell("Yhteistyö", "A2") != "Kunnat" {
		t.Fatalf("theme sheet header: %q %q %q", cell("Yhteistyö", "A1"), cell("Yhteistyö", "D1"), cell("Yhteistyö", "A2"))
	}
	if got := cell("Yhteistyö", "D2"); got != "- Tavataan kerran kuussa\n- =vaarallinen" {
		t.Fatalf("summary cell %q", got)
	}
	if formula, _ := f.GetCellFormula("Yhteistyö", "D2"); formula != "" {
		t.Fatalf("summary became a formula: %q", formula)
	}
	if got := cell("Yhteistyö", "D3"); !strings.HasPrefix(got, "- “") || !strings.Contains(got, "” (H4)") {
		t.Fatalf("excerpt cell %q", got)
	}
	for _, bad := range [][]string{
		{"matrix", proj, "--out", filepath.Join(dir, "x.csv")},
		{"matrix", proj},
	} {
		if code, _, _ := cliRun(t, bad...); code != 2 {
			t.Fatalf("%v: exit %d", bad, code)
		}
	}
	if code, _, errOut := cliRun(t, "matrix", proj, "--by", "kunta", "--out", filepath.Join(dir, "y.xlsx")); code != 1 || !strings.Contains(errOut, "ryhmä") {
		t.Fatalf("unknown attribute: %d %s", code, errOut)
	}
	if code, _, errOut := cliRun(t, "matrix", proj, "--theme", "Yhteistyö/Tapaamiset", "--out", filepath.Join(dir, "y.xlsx")); code != 1 || !strings.Contains(errOut, "Teemaa Yhteistyö/Tapaamiset ei ole") {
		t.Fatalf("sub-theme as theme: %d %s", code, errOut)
	}
}
