package kit

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// FilterEntry is the entry that filters a list (codes, documents). Escape
// leaves it, and a digit 1–9 goes to OnDigit when OnDigit takes it: the
// keys 1–9 code the transcript's selection, and a researcher who has just
// filtered the code book expects them to code rather than to type "1"
// into the filter, which empties the list.
type FilterEntry struct {
	widget.Entry
	// OnDigit hears 1–9 and reports whether it used the key; if not, the
	// digit is typed.
	OnDigit func(n int) bool
}

// NewFilterEntry returns an empty filter showing placeholder.
func NewFilterEntry(placeholder string) *FilterEntry {
	e := &FilterEntry{}
	e.ExtendBaseWidget(e)
	e.SetPlaceHolder(placeholder)
	return e
}

// TypedRune gives a digit to OnDigit first.
func (e *FilterEntry) TypedRune(r rune) {
	if r >= '1' && r <= '9' && e.OnDigit != nil && e.OnDigit(int(r-'0')) {
		return
	}
	e.Entry.TypedRune(r)
}

// TypedKey leaves the filter on Escape, keeping what it holds.
func (e *FilterEntry) TypedKey(ev *fyne.KeyEvent) {
	if ev.Name == fyne.KeyEscape {
		if c := fyne.CurrentApp().Driver().CanvasForObject(e); c != nil {
			c.Unfocus()
		}
		return
	}
	e.Entry.TypedKey(ev)
}
