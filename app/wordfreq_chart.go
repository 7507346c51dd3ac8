package app

import (
	"errors"
	"io"
	"path/filepath"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"teema/i18n"
	"teema/store"
	"teema/store/chart"
	"teema/store/workbook"
)

const chartWords = 20

// drawChart draws the top words as horizontal bars, when the chart tab is shown.
func (w *wordfreqWindow) drawChart() {
	if w.tabs == nil || w.tabs.Selected() != w.tabChart {
		return
	}
	w.chart.RemoveAll()
	words := w.words
	if len(words) > chartWords {
		words = words[:chartWords]
	}
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
		row := container.New(&barLayout{share: float32(wd.Count) / float32(most)}, label, bar, count)
		w.chart.Add(row)
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

var _ fyne.Layout = (*barLayout)(nil)

// exportButton offers the table as a workbook or CSV file, and the
// picture of the tab shown.
func (w *wordfreqWindow) exportButton() fyne.CanvasObject {
	var b *widget.Button
	b = widget.NewButtonWithIcon(T("Export…"), theme.DocumentSaveIcon(), func() {
		menu := fyne.NewMenu("",
			fyne.NewMenuItem(T("Table as Excel workbook (.xlsx)…"), func() { w.exportTable(".xlsx") }),
			fyne.NewMenuItem(T("Table as CSV…"), func() { w.exportTable(".csv") }),
			fyne.NewMenuItem(T("Picture (.png)…"), w.exportPicture))
		widget.ShowPopUpMenuAtRelativePosition(menu, w.win.Canvas(), fyne.NewPos(0, b.Size().Height), b)
	})
	return b
}

// exportTable saves the table of the tab shown: the comparison on the
// comparison tab, the word counts elsewhere.
func (w *wordfreqWindow) exportTable(ext string) {
	if w.tabs.Selected() == w.compare.tab {
		w.compare.export(ext)
		return
	}
	words, note := w.words, w.note.Text
	write := func(out io.Writer) error {
		if ext == ".csv" {
			return store.WriteWordsCSV(out, words)
		}
		return workbook.WriteWords(out, workbook.Words{Words: words, Note: note, Title: w.win.Title()}, uiLang())
	}
	w.save(T("words")+ext, write)
}

// exportPicture saves the cloud or the chart shown, the bar chart when
// neither is.
func (w *wordfreqWindow) exportPicture() {
	switch w.tabs.Selected() {
	case w.codes.tab:
		w.save(T("codes")+".png", w.codes.picture)
	case w.tabCloud:
		words := w.cloudWords()
		w.save(T("wordcloud")+".png", func(out io.Writer) error {
			_, err := chart.Cloud(out, T("Word cloud"), words)
			return err
		})
	default:
		bars := make([]chart.Bar, 0, chartWords)
		for _, wd := range w.words[:min(len(w.words), chartWords)] {
			bars = append(bars, chart.Bar{Label: wd.Word, Value: wd.Count})
		}
		w.save(T("words")+".png", func(out io.Writer) error { return chart.Bars(out, T("Most frequent words"), bars) })
	}
}

func (w *wordfreqWindow) save(name string, write func(io.Writer) error) {
	saveAs(w.win, name, func(wc fyne.URIWriteCloser) { w.saveTo(wc, write) })
}

func (w *wordfreqWindow) saveTo(wc fyne.URIWriteCloser, write func(io.Writer) error) {
	saveTo(wc, write, func(path string) {
		w.note.SetText(TF("Saved {{.File}}", map[string]any{"File": filepath.Base(path)}))
	}, func(err error) { dialog.ShowError(errors.New(i18n.Error(err)), w.win) })
}
