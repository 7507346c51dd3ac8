package main

import (
	"path/filepath"
	"strings"
	"testing"

	"teema/coding"
	"teema/store"
)

func TestCLISummary(t *testing.T) {
	proj := filepath.Join(t.TempDir(), "demo.teema")
	mustRun(t, "demo", proj)
	mustRun(t, "summary", proj, "--code", "Yhteistyö/Tapaamiset", "--by", "ryhmä", "--row", "Kunnat", "--text", `- Tavataan kerran kuussa\n- Toivotaan useammin`)
	mustRun(t, "summary", proj, "--code", "Lisäarvo/Palvelut", "--row", "Asiakas 2", "--text", "- kustannussäästöt")
	p, err := store.Open(proj)
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
