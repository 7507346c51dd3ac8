package app

import (
	"slices"
	"teema/coding/wordfreq"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"teema/coding"
)

// TestUndoWhileTypingInACellDoesNotLockUp types a summary into the cell of
// a new sub-theme and undoes at once, before the save delay. The typing is
// saved first, as its own step, and Undo takes it back; the next Undo
// removes the column, and its refresh closes the cell without saving from
// inside the refresh. On the old Session, Undo held a mutex while the
// refresh closed the cell, whose save waited on the same mutex for ever.
func TestUndoWhileTypingInACellDoesNotLockUp(t *testing.T) {
	u, db := newTestUI(t, map[string]string{"Asiakas 5.txt": haastattelu})
	yhteistyo, _ := u.s.Book().Lookup("Yhteistyö")
	if !u.s.Do(coding.AddCode{ParentID: yhteistyo.ID, Name: "Uusi alateema"}) {
		t.Fatal("add code")
	}
	m := openMatrices(t, u, "Yhteistyö")
	col := columnOf(t, m, "Uusi alateema")
	m.matrix.table.Select(widget.TableCellID{Row: 0, Col: col})
	test.Type(m.matrix.cell.summary, "- kesken")
	done := make(chan struct{})
	go func() {
		u.s.Undo()
		if s, _ := db.Summaries(); len(s) != 0 {
			t.Errorf("the first undo left the typing: %v", s)
		}
		u.s.Undo()
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatal("undo while a summary waits to be saved locks the app up")
	}
	if _, ok := u.s.Book().Lookup("Yhteistyö/Uusi alateema"); ok {
		t.Error("the second undo did not remove the column")
	}
	if m.matrix.cell.content.Visible() {
		t.Error("the cell of a removed column stays open")
	}
}

// TestWordfreqWindowNumbersInContext counts numbers and shows "covid19" in
// context, as counted.
func TestWordfreqWindowNumbersInContext(t *testing.T) {
	u, db := newTestUI(t, map[string]string{"eka.txt": "H1: Covid19 muutti kaiken. Covid19 vei tapaamiset."})
	w := (&wordfreqMenu{u: u}).open()
	t.Cleanup(w.win.Close)
	w.forms.SetSelected(T(formsRaw))
	w.numbers.SetChecked(true)
	row := slices.IndexFunc(w.rows, func(wd wordfreq.Word) bool { return wd.Word == "covid19" })
	if row < 0 || w.rows[row].Count != 2 {
		t.Fatalf("covid19 not counted twice: %+v", w.rows)
	}
	w.table.Select(widget.TableCellID{Row: row})
	if len(w.lines) != 2 {
		t.Errorf("covid19 counted twice, %d lines in context", len(w.lines))
	}
	if tallies, _, err := db.WordTallies(wordfreq.TallyMode(wordfreq.Options{Numbers: true})); err != nil || len(tallies) != 1 {
		t.Errorf("the window kept %d word tallies (%v), want the interview's", len(tallies), err)
	}
}

// TestEveryChangeIsUndoable renames and deletes a document, pins a code and
// leaves a word out of the counts: each is one undoable step.
func TestEveryChangeIsUndoable(t *testing.T) {
	u, db := newTestUI(t, map[string]string{"Asiakas 5.txt": haastattelu, "toinen.txt": toinen})
	id := docID(t, u, "Asiakas 5")
	codeText(t, u, "Asiakas 5", "Yhteistyö sujuu hyvin.", "Yhteistyö/Päivittäinen yhteistyö")
	steps := []struct {
		name string
		do   func()
		same func() bool // the project is as before the step
	}{
		{"rename", func() {
			u.docs.rename(id)
			form := find(t, u.win, func(e *widget.Entry) bool { return e.Text == "Asiakas 5" })
			form.SetText("H5")
			test.Tap(button(t, u.win, T("Rename")))
		}, func() bool { d, err := db.Document(id); return err == nil && d.Name == "Asiakas 5" }},
		{"delete", func() {
			u.docs.remove(id)
			test.Tap(button(t, u.win, "Yes"))
		}, func() bool { return len(excerpts(t, db)) == 1 }},
		{"pin", func() {
			c, _ := u.s.Book().Lookup("Lisäarvo")
			u.s.Pin(4, c.ID)
		}, func() bool { pins, _ := db.Pins(); return pins[3] == 0 }},
	}
	for _, s := range steps {
		s.do()
		if s.same() {
			t.Fatalf("%s changed nothing", s.name)
		}
		if !u.s.History().CanUndo() {
			t.Errorf("%s cannot be undone", s.name)
			continue
		}
		u.s.Undo()
		if !s.same() {
			t.Errorf("undo did not take back %s", s.name)
		}
	}
}
