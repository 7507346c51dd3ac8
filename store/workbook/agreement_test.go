package workbook

import (
	"bytes"
	"testing"

	"github.com/xuri/excelize/v2"

	"teema/coding"
	"teema/coding/agreement"
)

// agreementReport compares two coders on a 20-character document whose
// disputed text looks like a formula: code X is worked by hand in
// coding/agreement (kappa 0, alpha 0.025); nobody applied code Y, so its
// kappa is undefined.
func agreementReport(t *testing.T) agreement.Report {
	t.Helper()
	in := agreement.Input{
		Docs: []coding.Document{{ID: 1, Name: "H1", Text: "=SUM(A1)+hijklmnopqrst"[:20]}},
		Book: coding.NewCodeBook([]coding.Code{{ID: 1, Name: "X"}, {ID: 2, Name: "Y", Order: 1}}),
		Excerpts: []coding.Excerpt{
			{DocID: 1, CodeID: 1, Start: 0, End: 10, Coder: "liisa"},
			{DocID: 1, CodeID: 1, Start: 5, End: 15, Coder: "matti"},
		},
	}
	r, err := agreement.Compute(in, agreement.Options{CoderA: "liisa", CoderB: "matti", Codes: []int64{1, 2}})
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func TestAgreementWorkbook(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteAgreement(&buf, agreementReport(t), "en"); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if got := f.GetSheetList(); len(got) != 2 || got[0] != "Agreement" || got[1] != "Disagreements" {
		t.Fatalf("sheets %v", got)
	}
	for ref, want := range map[string]string{
		"A1": "Code", "B1": "Agreement %", "C1": "Cohen's kappa", "D1": "Krippendorff's alpha",
		"E1": "Characters coded by liisa", "F1": "Characters coded by matti", "G1": "Characters coded by both",
		"A2": "X", "B2": "50.00%", "C2": "0.000", "D2": "0.025", "E2": "10", "F2": "10", "G2": "5",
		"A3": "Y", "B3": "100.00%", "C3": "–", "D3": "–", "E3": "0",
		"A4": "All codes", "B4": "75.00%", "E4": "10",
		"A6": "Interviews coded by both liisa and matti, compared character by character: 1",
	} {
		if got, _ := f.GetCellValue("Agreement", ref); got != want {
			t.Errorf("Agreement!%s = %q, want %q", ref, got, want)
		}
	}
	for ref, want := range map[string]string{
		"A1": "Interview", "B1": "Code", "C1": "Start", "D1": "End", "E1": "Coder", "F1": "Text",
		"A2": "H1", "B2": "X", "C2": "0", "D2": "5", "E2": "liisa", "F2": "=SUM(",
		"A3": "H1", "C3": "10", "D3": "15", "E3": "matti", "F3": "ijklm",
	} {
		if got, _ := f.GetCellValue("Disagreements", ref); got != want {
			t.Errorf("Disagreements!%s = %q, want %q", ref, got, want)
		}
	}
	if formula, _ := f.GetCellFormula("Disagreements", "F2"); formula != "" {
		t.Fatalf("user text became the formula %q", formula)
	}
}

func TestAgreementWorkbookInFinnish(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteAgreement(&buf, agreement.Report{CoderA: "a", CoderB: "b"}, "fi"); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if got := f.GetSheetList(); len(got) != 2 || got[0] != "Yhtäpitävyys" || got[1] != "Erimielisyydet" {
		t.Fatalf("sheets %v", got)
	}
	if got, _ := f.GetCellValue("Yhtäpitävyys", "C2"); got != "–" {
		t.Fatalf("overall kappa of nothing = %q", got)
	}
}
