package app

import (
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"teema/coding"
	"teema/i18n"
)

// TestEveryChangeIsUndoable renames and deletes a document and pins a code:
// each is one undoable step, as every change is. (They once went to the
// store directly; the project's stop words are tested with the word
// frequency window.)
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
			test.Tap(button(t, u.win, i18n.T("Rename")))
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

// TestUndoSaysWhatItTakesBack: after coding, Edit's Undo names the coding,
// not its inverse, and so does the status line after undoing a new code.
func TestUndoSaysWhatItTakesBack(t *testing.T) {
	defer i18n.Use(i18n.Lang())
	i18n.Use(i18n.Finnish)
	u, _ := newTestUI(t, map[string]string{"Asiakas 5.txt": haastattelu})
	codeText(t, u, "Asiakas 5", "Yhteistyö sujuu hyvin.", "Yhteistyö/Päivittäinen yhteistyö")
	if got := menuItem(t, u, "Kumoa").Label; got != "Kumoa koodaus" {
		t.Errorf("after coding, Edit says %q", got)
	}
	u.s.Undo()
	u.s.Do(coding.AddCode{Name: "Uusi teema"})
	u.s.Undo()
	if got := u.status.Text; got != "Kumottu: uusi koodi" {
		t.Errorf("undoing a new code says %q", got)
	}
}
