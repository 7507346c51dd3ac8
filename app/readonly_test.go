package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"teema/app/session"
	"teema/coding"
	"teema/i18n"
)

// labelWith finds a drawn label whose text contains part, dialogs included.
func labelWith(t *testing.T, u *UI, part string) *widget.Label {
	t.Helper()
	return find(t, u.win, func(l *widget.Label) bool { return strings.Contains(l.Text, part) })
}

// A second Teema on a project in use offers to open it read-only, and
// then refuses every change plainly.
func TestSecondTeemaOpensReadOnly(t *testing.T) {
	first, db := newTestUI(t, map[string]string{"Asiakas 5.txt": haastattelu})
	path := first.s.Project().Path()

	a := test.NewTempApp(t)
	a.Preferences().SetString(session.PrefCoder, "Toinen")
	second := New(a, "test")
	t.Cleanup(func() { second.s.Close() })
	second.open(path)
	if second.s.Project() != nil {
		t.Fatal("a second Teema opened a project in use for writing")
	}
	labelWith(t, second, "is open in another Teema window or program")
	button(t, second.win, i18n.T("Open read-only")) // the offer

	second.openReadOnly(path) // what the offer's button runs
	if second.s.Project() == nil || !second.s.Project().ReadOnly() || second.s.Doc() == nil {
		t.Fatal("the project did not open read-only")
	}
	if !strings.Contains(second.win.Title(), i18n.T("(read-only)")) {
		t.Errorf("title %q does not say read-only", second.win.Title())
	}

	c, _ := second.s.Book().Lookup("Yhteistyö/Tapaamiset")
	if second.s.CodeSelection(c.ID, 0, 5) {
		t.Fatal("a read-only project accepted a coding")
	}
	labelWith(t, second, "open read-only: changes are not saved")
	if second.s.Do(coding.AddCode{Name: "Uusi"}) {
		t.Fatal("a read-only project accepted a new code")
	}
	if n := len(excerpts(t, db)); n != 0 || len(second.s.Excerpts()) != 0 {
		t.Fatalf("the refused coding shows up: %d in the file, %d in the UI", n, len(second.s.Excerpts()))
	}
	// The first Teema still writes.
	codeText(t, first, "Asiakas 5", "Yhteistyö sujuu hyvin.", "Yhteistyö/Tapaamiset")
}
