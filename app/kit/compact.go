package kit

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
)

// Compact takes half the space above and below a label (or a row of
// them) away. The documents and the code book are lists the researcher
// scans and picks from all day; with a label's full padding, a 1280×800
// window showed three documents and seven codes.
func Compact(obj fyne.CanvasObject) *fyne.Container {
	return container.New(compact{}, obj)
}

type compact struct{}

func (compact) MinSize(objs []fyne.CanvasObject) fyne.Size {
	return objs[0].MinSize().SubtractWidthHeight(0, theme.InnerPadding())
}

// Layout lets the object overflow into the space taken away: a label
// draws nothing there.
func (compact) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	pad := theme.InnerPadding()
	objs[0].Move(fyne.NewPos(0, -pad/2))
	objs[0].Resize(size.AddWidthHeight(0, pad))
}
