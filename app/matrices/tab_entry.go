package matrices

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// tabEntry is a multi-line entry that Tab leaves, as in a spreadsheet,
// rather than typing a tab character no table wants.
type tabEntry struct{ widget.Entry }

func newTabEntry() *tabEntry {
	e := &tabEntry{}
	e.MultiLine = true
	e.Wrapping = fyne.TextWrapWord
	e.ExtendBaseWidget(e)
	return e
}

// AcceptsTab lets Tab move the focus on.
func (e *tabEntry) AcceptsTab() bool { return false }
