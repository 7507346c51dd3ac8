package kit

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
)

// WholeTabs keeps every tab of t in its header. AppTabs puts the tabs
// that do not fit behind a "⋯" button, and then the header names only the
// first tab even while another is shown: in a narrow window it read
// "Excerpts" over the Find panel. Asking for the room of every tab keeps
// them all in view; the panel beside gives way instead.
func WholeTabs(t *container.AppTabs) *fyne.Container {
	return container.New(wholeTabs{t}, t)
}

type wholeTabs struct{ t *container.AppTabs }

// MinSize is at least the width of all the tab buttons side by side, each
// its bold title within inner padding, with padding between them.
func (w wholeTabs) MinSize([]fyne.CanvasObject) fyne.Size {
	th := theme.CurrentForWidget(w.t)
	inner, pad := th.Size(theme.SizeNameInnerPadding), th.Size(theme.SizeNamePadding)
	bar := float32(0)
	for i, it := range w.t.Items {
		if i > 0 {
			bar += pad
		}
		bar += fyne.MeasureText(it.Text, th.Size(theme.SizeNameText), fyne.TextStyle{Bold: true}).Width + 2*inner + 1
	}
	m := w.t.MinSize()
	m.Width = max(m.Width, bar)
	return m
}

func (w wholeTabs) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	objs[0].Move(fyne.NewPos(0, 0))
	objs[0].Resize(size)
}
