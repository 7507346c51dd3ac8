package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// selectFit sizes a Select to its longest option; on its own it is as
// narrow as its placeholder or as wide as it is stretched.
type selectFit struct{ sel *widget.Select }

func fitSelect(sel *widget.Select) *fyne.Container { return container.New(selectFit{sel}, sel) }

func (f selectFit) MinSize([]fyne.CanvasObject) fyne.Size {
	m := f.sel.MinSize()
	extra := theme.IconInlineSize() + 5*theme.InnerPadding()
	for _, o := range f.sel.Options {
		m.Width = max(m.Width, fyne.MeasureText(o, theme.TextSize(), fyne.TextStyle{}).Width+extra)
	}
	return m
}

func (f selectFit) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	objs[0].Move(fyne.NewPos(0, 0))
	objs[0].Resize(size)
}

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
