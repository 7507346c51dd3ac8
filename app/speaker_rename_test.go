package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"teema/i18n"
)

// TestRenameSpeaker: Documents → Rename speaker… relabels every turn of a
// speaker in one undoable step, and refuses a label that is no label.
func TestRenameSpeaker(t *testing.T) {
	u, check := newTestUI(t, map[string]string{"Haastattelu 1.srt": timedSRT})
	id := docID(t, u, "Haastattelu 1")
	u.s.OpenDoc(id)
	menuItem(t, u, i18n.T("Rename speaker…")).Action()
	from := find(t, u.win, func(s *widget.Select) bool { return len(s.Options) == 2 })
	if strings.Join(from.Options, ",") != "Haastattelija,H2" {
		t.Fatalf("speakers offered: %v", from.Options)
	}
	from.SetSelected("H2")
	test.Type(u.win.Canvas().Focused().(*widget.Entry), "Haastateltava")
	test.Tap(button(t, u.win, i18n.T("Rename")))
	d, err := check.Document(id)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(d.Text, "Haastateltava: Tiedotteet") || strings.Contains(d.Text, "H2:") {
		t.Fatalf("after the rename the text is %q", d.Text)
	}
	if len(d.Times) == 0 {
		t.Error("the rename dropped the times")
	}
	if got := u.s.History().UndoLabel(); got == nil || got.Text() != "speaker renaming" {
		t.Errorf("undo would take back %v, want the speaker renaming", got)
	}
	u.s.Undo()
	if d, _ := check.Document(id); !strings.Contains(d.Text, "H2: Tiedotteet") {
		t.Errorf("Undo left %q", d.Text)
	}

	menuItem(t, u, i18n.T("Rename speaker…")).Action()
	test.Type(u.win.Canvas().Focused().(*widget.Entry), "H2: ei")
	test.Tap(button(t, u.win, i18n.T("Rename")))
	find(t, u.win, func(l *widget.Label) bool { return strings.Contains(l.Text, "cannot be a speaker's label") })
}
