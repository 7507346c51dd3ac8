package search

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"teema/app/kit/kittest"
	"teema/i18n"
)

// askQuery types a coding query on the queries tab and asks it.
func askQuery(t *testing.T, w *Window, query string) {
	t.Helper()
	w.tabs.SelectIndex(2)
	w.queries.entry.SetText(query)
	test.Tap(kittest.Button(t, w.win, i18n.T("Ask")))
}

func TestCodingQueryTabAnswersSavesAndCodes(t *testing.T) {
	h, db, w := open(t)
	h.CodeText(t, "Kunta A", "Tiedotteet tulevat sähköpostilla.", "Tiedottaminen/Kanavat")
	h.CodeText(t, "Kunta A", "Tiedote on usein myöhässä.", "Yhteistyö/Päivittäinen yhteistyö")
	h.CodeText(t, "Kunta B", "Kunta odottaa", "Yhteistyö/Päivittäinen yhteistyö")

	askQuery(t, w, "Kanavat AND Päivittäinen yhteistyö IN turn")
	q := w.queries
	if n := q.passages.Length(); n != 2 {
		t.Fatalf("%d passages; %q", n, q.summary.Text)
	}
	if q.rows.Selected != "ryhmä" || len(q.counts.rows) != 1 || q.counts.rows[0][0] != "Kunnat" || q.counts.rows[0][1] != "2" {
		t.Errorf("counts per %q: %v", q.rows.Selected, q.counts.rows)
	}
	q.passages.list.Select(0)
	if len(h.Passages) != 1 {
		t.Errorf("a passage shows in the transcript: %+v", h.Passages)
	}

	askQuery(t, w, "Kanavat AND")
	if !strings.Contains(q.summary.Text, "AND (") {
		t.Errorf("a bad query says %q", q.summary.Text)
	}
	askQuery(t, w, "Kanavat AND Päivittäinen yhteistyö IN turn")

	test.Tap(kittest.Button(t, w.win, i18n.T("Save as…")))
	e := kittest.Find(t, w.win, func(e *widget.Entry) bool { return e != q.entry && e != w.ask.entry && e.Visible() })
	test.Type(e, "Kanavat ja yhteistyö")
	test.Tap(kittest.Button(t, w.win, i18n.T("Save")))
	if saved, _ := db.SavedQueries(); len(saved) != 1 || saved[0].Name != "Kanavat ja yhteistyö" || len(q.saved) != 1 {
		t.Fatalf("saved %+v", saved)
	}

	q.codes.sel.SetSelected("Yhteistyö")
	codeThem(t, w, q.run)
	if got := coded(t, db); len(got) != 5 {
		t.Errorf("coded %q", got)
	}
	w.s.Undo()
	w.s.Undo()
	if saved, _ := db.SavedQueries(); len(saved) != 0 || len(coded(t, db)) != 3 {
		t.Errorf("undo left %+v and %d codings", saved, len(coded(t, db)))
	}
}
