package kit

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// selectFit sizes a Select to its longest option; on its own it is as
// narrow as its placeholder or as wide as it is stretched.
type selectFit struct{ sel *widget.Select }

// FitSelect wraps a Select so that it is as wide as its longest option.
func FitSelect(sel *widget.Select) *fyne.Container { return container.New(selectFit{sel}, sel) }

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
