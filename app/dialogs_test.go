package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"teema/coding"
	"teema/i18n"
)

// TestDialogsFitTheirText: the name field of New theme and Edit code is
// wide enough for a long name, definitions and memos wrap, and the excerpt
// memo is a real box, not 90×110 px (issue 16).
func TestDialogsFitTheirText(t *testing.T) {
	u, db := newTestUI(t, map[string]string{"a.txt": haastattelu})
	const long = "Yhteistyön tavoitteet ja käytännön suunnitelmat"
	wide := func(e *widget.Entry) float32 {
		return fyne.MeasureText(long, e.Theme().Size("text"), fyne.TextStyle{}).Width
	}

	menuItem(t, u, i18n.T("New theme…")).Action()
	name := inDialog(t, u, func(e *widget.Entry) bool { return !e.MultiLine })
	def := inDialog(t, u, func(e *widget.Entry) bool { return e.MultiLine })
	if name.Size().Width < wide(name) {
		t.Errorf("New theme: the name field is %g px wide, a long name needs %g", name.Size().Width, wide(name))
	}
	if def.Wrapping != fyne.TextWrapWord || def.Size().Height < 3*def.Theme().Size("text") {
		t.Errorf("New theme: the definition wraps %v and is %g px high", def.Wrapping, def.Size().Height)
	}
	name.SetText(long)
	name.OnSubmitted(long)

	book, _ := db.CodeBook()
	c, _ := book.Lookup(long)
	u.codes.edit(c.ID)
	name = inDialog(t, u, func(e *widget.Entry) bool { return e.Text == long })
	if name.Size().Width < wide(name) {
		t.Errorf("Edit code: the name field is %g px wide, the name needs %g", name.Size().Width, wide(name))
	}
	test.Tap(button(t, u.win, i18n.T("Cancel")))

	start, end, _ := coding.FindNth(u.s.Doc().Text, "Yhteistyö sujuu hyvin.", 1)
	u.s.CodeSelection(c.ID, start, end)
	u.reader.excerptMemo(excerpts(t, db)[0])
	memo := inDialog(t, u, func(e *widget.Entry) bool { return e.MultiLine })
	if s := memo.Size(); s.Width < 300 || s.Height < 100 || memo.Wrapping != fyne.TextWrapWord {
		t.Errorf("Excerpt memo: a %g×%g px box, wrapping %v", s.Width, s.Height, memo.Wrapping)
	}
}

// inDialog finds a widget in the dialog on top of the window.
func inDialog[T fyne.CanvasObject](t *testing.T, u *UI, match func(T) bool) T {
	t.Helper()
	top := u.win.Canvas().Overlays().Top()
	if top != nil {
		for _, o := range test.LaidOutObjects(top) {
			if v, ok := o.(T); ok && match(v) {
				return v
			}
		}
	}
	var zero T
	t.Fatalf("no %T matching in the dialog", zero)
	return zero
}
