package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"teema/coding"
	"teema/i18n"
)

// TestDigitsCodeTheSelectionFromAFilter: after filtering the code book,
// pressing 1 with text selected codes it with the code pinned to 1, where
// it used to type "1" into the filter and empty the code book; Escape
// leaves the filter, and 1 still codes (issue 16).
func TestDigitsCodeTheSelectionFromAFilter(t *testing.T) {
	u, db := newTestUI(t, map[string]string{"a.txt": haastattelu})
	kanavat, _ := u.s.Book().Lookup("Tiedottaminen/Kanavat")
	u.s.Pin(1, kanavat.ID)
	c := u.win.Canvas()
	c.Focus(u.codes.filter)
	typeKeys(c, "tiedo")
	start, end, _ := coding.FindNth(u.s.Doc().Text, "sähköpostilla", 1)
	u.reader.view.SetSelection(start, end)

	typeKeys(c, "1")
	if es := excerpts(t, db); len(es) != 1 || es[0].CodeID != kanavat.ID {
		t.Fatalf("1 in the code filter coded %+v", es)
	}
	if got := u.codes.filter.Text; got != "tiedo" {
		t.Errorf("the filter holds %q", got)
	}

	// With nothing selected, a digit is typed: a document may be called "H12".
	c.Focus(u.docs.filter)
	typeKeys(c, "2")
	if u.docs.filter.Text != "2" {
		t.Errorf("the document filter holds %q", u.docs.filter.Text)
	}

	// Escape leaves the filter; the keys still code.
	pressKey(c, fyne.KeyEscape)
	if c.Focused() != nil {
		t.Fatalf("%T still has the keyboard after Escape", c.Focused())
	}
	start, end, _ = coding.FindNth(u.s.Doc().Text, "Yhteistyö sujuu hyvin", 1)
	u.reader.view.SetSelection(start, end)
	typeKeys(c, "1")
	if es := excerpts(t, db); len(es) != 2 {
		t.Fatalf("1 with no widget focused: %d codings", len(es))
	}
}

// TestDialogsTakeTheKeyboard: every dialog that asks for text gives its
// first field the keyboard when it opens, and Enter confirms it (issue 16:
// typing into a fresh New theme dialog was lost).
func TestDialogsTakeTheKeyboard(t *testing.T) {
	u, db := newTestUI(t, map[string]string{"a.txt": haastattelu})
	c := u.win.Canvas()
	book := func() *coding.CodeBook { b, _ := db.CodeBook(); return b }

	menuItem(t, u, i18n.T("New theme…")).Action()
	typeKeys(c, "Luottamus")
	pressKey(c, fyne.KeyReturn)
	if _, ok := book().Lookup("Luottamus"); !ok {
		t.Fatal("New theme: typing and Enter added no theme")
	}

	menuItem(t, u, i18n.T("New sub-theme…")).Action()
	typeKeys(c, "Avoimuus")
	pressKey(c, fyne.KeyReturn)
	if _, ok := book().Lookup("Luottamus/Avoimuus"); !ok {
		t.Fatal("New sub-theme: typing and Enter added nothing")
	}

	u.codes.edit(u.s.CodeID())
	typeKeys(c, " ja rehellisyys")
	pressKey(c, fyne.KeyReturn)
	if _, ok := book().Lookup("Luottamus/Avoimuus ja rehellisyys"); !ok {
		t.Fatal("Edit code: typing and Enter did not rename")
	}

	menuItem(t, u, i18n.T("Rename document…")).Action()
	typeKeys(c, " (2. kierros)")
	pressKey(c, fyne.KeyReturn)
	if d, _ := db.Document(u.s.Doc().ID); d.Name != "a (2. kierros)" {
		t.Fatalf("Rename document: the name is %q", d.Name)
	}

	start, end, _ := coding.FindNth(u.s.Doc().Text, "sähköpostilla", 1)
	u.reader.view.SetSelection(start, end)
	menuItem(t, u, i18n.T("Code selection as…")).Action()
	typeKeys(c, "kanavat")
	pressKey(c, fyne.KeyReturn)
	if es := excerpts(t, db); len(es) != 1 {
		t.Fatal("Code as…: typing and Enter coded nothing")
	}

	u.reader.excerptMemo(excerpts(t, db)[0])
	typeKeys(c, "Kanava mainittu")
	test.Tap(button(t, u.win, i18n.T("Save")))
	if es := excerpts(t, db); es[0].Memo != "Kanava mainittu" {
		t.Fatalf("Excerpt memo: %q", es[0].Memo)
	}

	menuItem(t, u, i18n.T("Preferences…")).Action()
	focused[*widget.Entry](t, c).SetText("Aino")
	pressKey(c, fyne.KeyReturn)
	if u.s.Coder() != "Aino" {
		t.Fatalf("Preferences: the coder is %q", u.s.Coder())
	}
}
