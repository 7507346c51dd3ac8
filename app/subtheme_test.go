package app

import (
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"teema/i18n"
)

// TestNewSubThemeGoesUnderTheTheme: with a sub-theme current, New
// sub-theme adds a sibling under its theme, not a third level the matrices
// do not show; a deeper code is its own command (issue 16).
func TestNewSubThemeGoesUnderTheTheme(t *testing.T) {
	u, db := newTestUI(t, map[string]string{"a.txt": haastattelu})
	test.Tap(codeItemFor(t, u, "Tiedottaminen/Kanavat")) // nothing selected: makes it current

	menuItem(t, u, i18n.T("New sub-theme…")).Action()
	test.Type(inDialog(t, u, func(e *widget.Entry) bool { return !e.MultiLine }), "Tiedotteet")
	test.Tap(button(t, u.win, i18n.T("Add")))
	book, _ := db.CodeBook()
	theme, _ := book.Lookup("Tiedottaminen")
	if sub, ok := book.Lookup("Tiedottaminen/Tiedotteet"); !ok || sub.ParentID != theme.ID {
		t.Fatalf("New sub-theme of a sub-theme: %+v %v", sub, ok)
	}

	test.Tap(codeItemFor(t, u, "Tiedottaminen/Kanavat"))
	menuItem(t, u, i18n.T("New code under the selected code…")).Action()
	test.Type(inDialog(t, u, func(e *widget.Entry) bool { return !e.MultiLine }), "Sähköposti")
	test.Tap(button(t, u.win, i18n.T("Add")))
	book, _ = db.CodeBook()
	if _, ok := book.Lookup("Tiedottaminen/Kanavat/Sähköposti"); !ok {
		t.Fatal("New code under the selected code did not go a level deeper")
	}
}
