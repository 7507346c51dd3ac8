package matrices

import (
	"testing"

	"fyne.io/fyne/v2/test"

	"teema/app/kit/kittest"
	"teema/coding"
	"teema/i18n"
	"teema/store"
)

func findingsIn(t *testing.T, db *store.Project) []coding.Finding {
	t.Helper()
	fs, err := db.Findings()
	if err != nil {
		t.Fatal(err)
	}
	return fs
}

func TestFindingsAddEditDeleteUndo(t *testing.T) {
	h, db := kittest.New(t, map[string]string{"Asiakas 5.txt": haastattelu})
	m := openMatrices(t, h, "Yhteistyö")
	m.tabs.SelectIndex(3)
	tab := m.findings
	if !tab.empty.Visible() {
		t.Fatal("an empty table should say how to start")
	}
	test.Tap(kittest.Button(t, m.win, i18n.T("Add row")))
	fs := findingsIn(t, db)
	if len(fs) != 1 || len(tab.rows) != 1 || tab.empty.Visible() {
		t.Fatalf("after add: %+v", fs)
	}
	row := tab.rows[fs[0].ID]
	if m.win.Canvas().Focused() != row.finding {
		t.Fatal("the new row's finding is not focused")
	}
	test.Type(row.finding, "Tiedotus on hajanaista")
	test.Type(row.proposal, "Yksi tiedotuskanava")
	row.save()
	fs = findingsIn(t, db)
	if fs[0].Finding != "Tiedotus on hajanaista" || fs[0].Proposal != "Yksi tiedotuskanava" {
		t.Fatalf("after edit: %+v", fs)
	}

	test.Type(row.proposal, " ja tiedotteiden arkisto")
	m.Flush()
	if fs := findingsIn(t, db); fs[0].Proposal != "Yksi tiedotuskanava ja tiedotteiden arkisto" {
		t.Fatalf("after typing more: %+v", fs)
	}
	h.S.Undo()
	if fs := findingsIn(t, db); fs[0].Proposal != "Yksi tiedotuskanava" || row.proposal.Text != "Yksi tiedotuskanava" {
		t.Fatalf("undo edit: %+v, entry %q", fs, row.proposal.Text)
	}

	test.Tap(row.del)
	if fs := findingsIn(t, db); len(fs) != 0 || len(tab.box.Objects) != 0 {
		t.Fatalf("after delete: %+v", fs)
	}
	h.S.Undo()
	fs = findingsIn(t, db)
	if len(fs) != 1 || fs[0].Finding != "Tiedotus on hajanaista" {
		t.Fatalf("undo delete: %+v", fs)
	}
	if r := tab.rows[fs[0].ID]; r == nil || r.finding.Text != "Tiedotus on hajanaista" || r.proposal.Text != "Yksi tiedotuskanava" {
		t.Fatal("undo did not bring the row back")
	}
}
