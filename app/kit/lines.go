package kit

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Lines shows a label in n lines, wrapped at words and cut with an
// ellipsis after the nth. A list row has a height fixed in advance, and a
// row of one line hid most of an excerpt or a hit's context.
func Lines(l *widget.Label, n int) *fyne.Container {
	l.Wrapping = fyne.TextWrapWord
	l.Truncation = fyne.TextTruncateEllipsis
	return container.New(linesLayout{l: l, n: n}, l)
}

type linesLayout struct {
	l *widget.Label
	n int
}

// MinSize is n lines of the label's text; wrapped lines of a label are
// set with no spacing between them.
func (ll linesLayout) MinSize([]fyne.CanvasObject) fyne.Size {
	th := theme.CurrentForWidget(ll.l)
	name := ll.l.SizeName
	if name == "" {
		name = theme.SizeNameText
	}
	line := fyne.MeasureText("Åg", th.Size(name), ll.l.TextStyle).Height
	return fyne.NewSize(ll.l.MinSize().Width, float32(ll.n)*line+2*th.Size(theme.SizeNameInnerPadding))
}

func (ll linesLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	objs[0].Move(fyne.NewPos(0, 0))
	objs[0].Resize(size)
}
