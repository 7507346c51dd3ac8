package workbook

import (
	"bytes"
	"testing"

	"github.com/xuri/excelize/v2"

	"teema/coding/wordfreq"
)

func TestWordTableHoldsTheNumbers(t *testing.T) {
	var buf bytes.Buffer
	words := []wordfreq.Word{
		{Word: "asiakaskokemus", Count: 12, Docs: 3, Share: 0.0125, Forms: []string{"asiakaskokemuksen", "asiakaskokemus"}},
		{Word: "=HYPERLINK(\"x\")", Count: 1, Docs: 1, Share: 0.001},
	}
	if err := WriteWords(&buf, Words{Words: words, Note: "lemmat; 960 sanaa"}, "fi"); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	want := map[string]string{"A1": "Sana", "B1": "Määrä", "C1": "Haastatteluja", "D1": "Osuus", "E1": "Yhdistetyt muodot",
		"A2": "asiakaskokemus", "B2": "12", "C2": "3", "D2": "0.0125", "E2": "asiakaskokemuksen, asiakaskokemus",
		"A3": "=HYPERLINK(\"x\")", "A5": "lemmat; 960 sanaa"}
	for cell, v := range want {
		if got, _ := f.GetCellValue("Sanat", cell, excelize.Options{RawCellValue: true}); got != v {
			t.Errorf("%s = %q, want %q", cell, got, v)
		}
	}
	if formula, _ := f.GetCellFormula("Sanat", "A3"); formula != "" {
		t.Errorf("a word became the formula %q", formula)
	}
	if typ, _ := f.GetCellType("Sanat", "B2"); typ != excelize.CellTypeUnset && typ != excelize.CellTypeNumber {
		t.Errorf("count is stored as %v, not a number", typ)
	}
}

func TestKeynessTableSaysWhichGroupAWordCharacterises(t *testing.T) {
	var buf bytes.Buffer
	keys := []wordfreq.Key{{Word: "kunta", A: 30, B: 2, G2: 25.1}, {Word: "yhdistys", A: 1, B: 20, G2: -18.3}}
	if err := WriteKeys(&buf, Keys{Keys: keys, A: "Kunnat", B: "Yhteisöt", SizeA: 1000, SizeB: 500}, "en"); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows("Comparison", excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	want := [][]string{
		{"Word", "Kunnat", "Kunnat %", "Yhteisöt", "Yhteisöt %", "Log-likelihood (G²)", "Characteristic of"},
		{"kunta", "30", "0.03", "2", "0.004", "25.1", "Kunnat"},
		{"yhdistys", "1", "0.001", "20", "0.04", "-18.3", "Yhteisöt"},
	}
	for i, w := range want {
		for j, v := range w {
			if rows[i][j] != v {
				t.Errorf("row %d col %d = %q, want %q", i+1, j+1, rows[i][j], v)
			}
		}
	}
}
