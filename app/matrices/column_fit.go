package matrices

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// columnFit shares the width the table gets among its columns, so a
// theme's three sub-themes fill the window, but keeps them readable: below
// min per column the table scrolls instead. fitted hears the new width.
type columnFit struct {
	table       *widget.Table
	cols        func() int
	header, min float32
	fitted      func(width float32)
}

// MinSize is the table's own.
func (f *columnFit) MinSize(objs []fyne.CanvasObject) fyne.Size { return objs[0].MinSize() }

// Layout sets the column widths for the new size.
func (f *columnFit) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	if n := f.cols(); n > 0 {
		pad := theme.Padding()
		w := max(f.min, (size.Width-f.header-pad*float32(n+1)-theme.ScrollBarSize())/float32(n))
		for i := range n {
			f.table.SetColumnWidth(i, w)
		}
		f.fitted(w)
	}
	objs[0].Move(fyne.NewPos(0, 0))
	objs[0].Resize(size)
}
