package frequencies

import (
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// chartWords is how many words the chart shows.
const chartWords = 20

// drawChart draws the top words as horizontal bars, when the chart tab is
// shown.
func (w *Window) drawChart() {
	if w.tabs == nil || w.tabs.Selected() != w.tabChart {
		return
	}
	w.chart.RemoveAll()
	words := w.words.words[:min(len(w.words.words), chartWords)]
	most := 1
	for _, wd := range words {
		most = max(most, wd.Count)
	}
	for _, wd := range words {
		label := widget.NewButton(wd.Word, func() { w.openWord(wd.Word) })
		label.Importance = widget.LowImportance
		label.Alignment = widget.ButtonAlignLeading
		bar := canvas.NewRectangle(theme.Color(theme.ColorNamePrimary))
		count := widget.NewLabel(strconv.Itoa(wd.Count))
		w.chart.Add(container.New(&barLayout{share: float32(wd.Count) / float32(most)}, label, bar, count))
	}
	w.chart.Refresh()
}

// barLayout places a word, its bar (as long as its share of the largest
// count) and its count in one row.
type barLayout struct{ share float32 }

const barLabelWidth = 180

func (b *barLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	label, bar, count := objs[0], objs[1], objs[2]
	label.Resize(fyne.NewSize(barLabelWidth, size.Height))
	label.Move(fyne.NewPos(0, 0))
	cw := count.MinSize().Width
	room := max(size.Width-barLabelWidth-cw-theme.Padding(), 10)
	h := size.Height * 0.6
	bar.Resize(fyne.NewSize(max(room*b.share, 2), h))
	bar.Move(fyne.NewPos(barLabelWidth, (size.Height-h)/2))
	count.Resize(count.MinSize())
	count.Move(fyne.NewPos(barLabelWidth+room*b.share+theme.Padding(), (size.Height-count.MinSize().Height)/2))
}

func (b *barLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	return fyne.NewSize(barLabelWidth+200, objs[0].MinSize().Height)
}
