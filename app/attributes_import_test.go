package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"teema/i18n"
)

// TestAttributesFromASpreadsheet imports a Finnish Excel CSV from the
// Attributes dialog: the preview says which row named which interview,
// Import sets them all, and one Undo takes them all back.
func TestAttributesFromASpreadsheet(t *testing.T) {
	u, db := newTestUI(t, map[string]string{"Asiakas 1.txt": haastattelu, "Asiakas 2.txt": "H2: Toinen haastattelu."})
	sheet := filepath.Join(t.TempDir(), "taustat.csv")
	csv := "\ufeffHaastattelu;ikäryhmä;ryhmä\r\nasiakas 1;30–39;Kunnat\r\nAsiakas 2;40–49;Yhteisöt\r\nAsiakas 3;50–59;Kunnat\r\n"
	if err := os.WriteFile(sheet, []byte(csv), 0o644); err != nil {
		t.Fatal(err)
	}
	u.showAttributes()
	isAttrs := func(tb *widget.Table) bool { _, ok := tb.CreateCell().(*attrCell); return ok }
	table := find(t, u.win, isAttrs).CreateCell().(*attrCell).t
	table.importSheet(sheet)
	for _, want := range []string{"Row 2: asiakas 1 → Asiakas 1: ikäryhmä = 30–39 · ryhmä = Kunnat", "Row 4: no interview is called Asiakas 3"} {
		if !labelShown(u, want) {
			t.Errorf("the preview does not say %q", want)
		}
	}
	test.Tap(button(t, u.win, i18n.T("Import")))
	attrs := func() map[string]string {
		docs, _ := db.Documents()
		var lines []string
		for _, d := range docs {
			lines = append(lines, d.Name+": "+d.Attributes["ikäryhmä"]+" "+d.Attributes["ryhmä"])
		}
		return map[string]string{"all": strings.Join(lines, "; ")}
	}
	if got := attrs()["all"]; got != "Asiakas 1: 30–39 Kunnat; Asiakas 2: 40–49 Yhteisöt" {
		t.Fatalf("attributes %q", got)
	}
	if len(table.keys) != 2 {
		t.Errorf("the table shows the attributes %q", table.keys)
	}
	u.s.Undo()
	if got := attrs()["all"]; got != "Asiakas 1:  Kunnat; Asiakas 2:  Kunnat" {
		t.Fatalf("one undo left %q", got)
	}
}

// TestImportDialogSetsAttributes gives the files of a folder an attribute
// as they are imported, as teema-cli import --attr does.
func TestImportDialogSetsAttributes(t *testing.T) {
	u, db := newTestUI(t, nil)
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "eka.txt"), []byte("H1: Ensimmäinen haastattelu."), 0o644)
	os.WriteFile(filepath.Join(dir, "toka.txt"), []byte("H2: Toinen haastattelu."), 0o644)
	u.chooseFiles(dir)
	key := find(t, u.win, func(e *widget.SelectEntry) bool { return e.PlaceHolder == i18n.T("Attribute, e.g. ryhmä") })
	test.Type(key, "ryhmä")
	test.Type(find(t, u.win, func(e *widget.Entry) bool { return e.PlaceHolder == i18n.T("Value, e.g. Kunnat") }), "Yhteisöt")
	test.Tap(button(t, u.win, i18n.T("Import")))
	docs, err := db.Documents()
	if err != nil || len(docs) != 2 {
		t.Fatalf("imported %+v (%v)", docs, err)
	}
	for _, d := range docs {
		if d.Attributes["ryhmä"] != "Yhteisöt" {
			t.Errorf("%s has attributes %v", d.Name, d.Attributes)
		}
	}
}
