package study

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/charmap"

	"teema/coding"
)

// writeXLSX writes rows to the first sheet of a new workbook.
func writeXLSX(t *testing.T, rows [][]any) string {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	for i, r := range rows {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := f.SetSheetRow("Sheet1", cell, &r); err != nil {
			t.Fatal(err)
		}
	}
	path := filepath.Join(t.TempDir(), "taustatiedot.xlsx")
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	return path
}

func writeFile(t *testing.T, name string, data []byte) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestAttributeSheetFromExcel: a sheet with an id column first, names
// written loosely or as the imported file's name, a name nobody has and
// a name twice; the preview says row by row what matched, and the import
// is one step that undoes whole.
func TestAttributeSheetFromExcel(t *testing.T) {
	p := newProject(t)
	path := writeXLSX(t, [][]any{
		{"nro", "Haastattelu", "ryhmä", "ikäryhmä", ""},
		{1, "Kunta A", "Kunnat", "30–39"},
		{2, "kunta  b.txt", "Kunnat", "40–49"},
		{3, "Kunta Ö", "Kunnat", "50–59"},
		{},
		{4, "Kunta A", "Yhteisöt", "60–69"},
		{5, "Yhdistys C", "", "20–29"},
	})
	a, err := ReadAttributeSheet(p, path)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(a.Keys, "|") != "nro|ryhmä|ikäryhmä" {
		t.Errorf("keys %q", a.Keys)
	}
	var lines []string
	for _, n := range a.Notes() {
		lines = append(lines, n.String())
	}
	want := []string{
		"Row 2: Kunta A: nro = 1 · ryhmä = Kunnat · ikäryhmä = 30–39",
		"Row 3: kunta  b.txt → Kunta B: nro = 2 · ryhmä = Kunnat · ikäryhmä = 40–49",
		"Row 4: no interview is called Kunta Ö; the row is left out.",
		"Row 6: Kunta A already came on row 2; this row is left out.",
		"Row 7: Yhdistys C: nro = 5 · ikäryhmä = 20–29",
		"No row for 1 interviews: Association D.",
	}
	if strings.Join(lines, "\n") != strings.Join(want, "\n") {
		t.Errorf("preview\n%s\nwant\n%s", strings.Join(lines, "\n"), strings.Join(want, "\n"))
	}
	if got := a.Summary().String(); got != "4 of 5 rows name an interview; 6 values of 3 interviews change." {
		t.Errorf("summary %q", got)
	}

	h := coding.NewHistory(10)
	if err := h.Do(p, a.Change()); err != nil {
		t.Fatal(err)
	}
	attrs := func(name string) map[string]string {
		docs, _ := p.Documents()
		for _, d := range docs {
			if d.Name == name {
				return d.Attributes
			}
		}
		return nil
	}
	if a := attrs("Kunta B"); a["ikäryhmä"] != "40–49" || a["nro"] != "2" {
		t.Errorf("Kunta B: %v", a)
	}
	if a := attrs("Yhdistys C"); a["ryhmä"] != "Yhteisöt" || a["ikäryhmä"] != "20–29" {
		t.Errorf("an empty cell changed Yhdistys C: %v", a)
	}
	if err := h.Undo(p); err != nil {
		t.Fatal(err)
	}
	if a := attrs("Kunta B"); a["ikäryhmä"] != "" || a["nro"] != "" || a["ryhmä"] != "Kunnat" {
		t.Errorf("undo left Kunta B %v", a)
	}
}

// TestAttributeSheetFromFinnishCSV: Excel in Finland saves CSV with ";",
// as UTF-8 with a byte-order mark or as Windows-1252.
func TestAttributeSheetFromFinnishCSV(t *testing.T) {
	p := newProject(t)
	csv := "Haastattelu;ikä;\"huom; muuta\"\r\nKunta A;41;\"ei; mitään\"\r\nAssociation D;38;\r\n"
	cp1252, err := charmap.Windows1252.NewEncoder().String(csv)
	if err != nil {
		t.Fatal(err)
	}
	for name, data := range map[string][]byte{
		"bom.csv":    append([]byte{0xEF, 0xBB, 0xBF}, csv...),
		"cp1252.csv": []byte(cp1252),
	} {
		a, err := ReadAttributeSheet(p, writeFile(t, name, data))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if strings.Join(a.Keys, "|") != "ikä|huom; muuta" || len(a.Rows) != 2 ||
			a.Rows[0].Values["huom; muuta"] != "ei; mitään" || a.Rows[1].Doc.Name != "Association D" {
			t.Errorf("%s: keys %q, rows %+v", name, a.Keys, a.Rows)
		}
	}
}

func TestAttributeSheetRefusals(t *testing.T) {
	p := newProject(t)
	_, err := ReadAttributeSheet(p, writeFile(t, "tiedot.ods", []byte("x")))
	isKind(t, err, errSheetKind)
	_, err = ReadAttributeSheet(p, writeFile(t, "tyhjä.csv", []byte("\r\n;;\r\n")))
	isKind(t, err, errSheetEmpty)
	_, err = ReadAttributeSheet(p, writeFile(t, "muut.csv", []byte("nimi;ikä\nMatti;40\n")))
	isKind(t, err, errSheetNoNames)
	_, err = ReadAttributeSheet(p, writeFile(t, "nimet.csv", []byte("nimi\nKunta A\n")))
	isKind(t, err, errSheetNoColumns)
	_, err = ReadAttributeSheet(p, writeFile(t, "rikki.xlsx", []byte("PK\x03\x04 ei zip")))
	isKind(t, err, errSheetDamaged)
}
