package kit

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"
)

// DialogWidth is the narrowest a dialog of fields is: wide enough to show
// a code's whole name and a line of its definition. Fyne sizes a form to
// its fields' minimum, which left a name field 90 px wide.
const DialogWidth = 480

// Form is a dialog of labelled fields as every Teema dialog behaves: the
// first field has the keyboard when it opens, so typing is never lost, and
// Enter in a one-line field confirms it.
type Form struct {
	*dialog.FormDialog
	win   fyne.Window
	first fyne.Focusable
}

// NewForm makes a Form; the arguments are those of dialog.NewForm.
func NewForm(title, confirm, dismiss string, items []*widget.FormItem, callback func(bool), win fyne.Window) *Form {
	f := &Form{FormDialog: dialog.NewForm(title, confirm, dismiss, items, callback, win), win: win}
	for _, it := range items {
		if w, ok := it.Widget.(fyne.Focusable); ok && f.first == nil {
			f.first = w
		}
		if e, ok := it.Widget.(*widget.Entry); ok && !e.MultiLine {
			f.submitOnEnter(e)
		}
	}
	f.Resize(fyne.NewSize(DialogWidth, f.MinSize().Height))
	return f
}

// ShowForm makes a Form and shows it.
func ShowForm(title, confirm, dismiss string, items []*widget.FormItem, callback func(bool), win fyne.Window) *Form {
	f := NewForm(title, confirm, dismiss, items, callback, win)
	f.Show()
	return f
}

// Show shows the dialog and gives its first field the keyboard, with the
// caret after the text a one-line field holds, where a name is added to.
func (f *Form) Show() {
	f.FormDialog.Show()
	if f.first == nil {
		return
	}
	f.win.Canvas().Focus(f.first)
	if e, ok := f.first.(*widget.Entry); ok && !e.MultiLine {
		e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEnd})
	}
}

// submitOnEnter confirms the dialog on Enter in e, after what e itself
// does on Enter.
func (f *Form) submitOnEnter(e *widget.Entry) {
	own := e.OnSubmitted
	e.OnSubmitted = func(s string) {
		if own != nil {
			own(s)
		}
		f.Submit()
	}
}

// TextArea is an entry for a definition or a memo: several lines, wrapped
// at words, so a long sentence reads whole instead of running off the
// field's edge.
func TextArea(rows int) *widget.Entry {
	e := widget.NewMultiLineEntry()
	e.Wrapping = fyne.TextWrapWord
	e.SetMinRowsVisible(rows)
	return e
}
