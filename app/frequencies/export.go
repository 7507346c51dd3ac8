package frequencies

import (
	"io"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"teema/app/kit"
	"teema/i18n"
	"teema/store"
	"teema/store/chart"
	"teema/store/workbook"
	"teema/study"
)

// exportButton offers the table as a workbook or CSV file, and the
// picture of the tab shown.
func (w *Window) exportButton() fyne.CanvasObject {
	var b *widget.Button
	b = widget.NewButtonWithIcon(i18n.T("Export…"), theme.DocumentSaveIcon(), func() {
		menu := fyne.NewMenu("",
			fyne.NewMenuItem(i18n.T("Table as Excel workbook (.xlsx)…"), func() { w.exportTable(kit.XLSX()) }),
			fyne.NewMenuItem(i18n.T("Table as CSV…"), func() { w.exportTable(kit.CSV()) }),
			fyne.NewMenuItem(i18n.T("Picture (.png)…"), w.exportPicture))
		widget.ShowPopUpMenuAtRelativePosition(menu, w.win.Canvas(), fyne.NewPos(0, b.Size().Height), b)
	})
	return b
}

// exportTable saves the table of the tab shown: the comparison on the
// comparison tab, the word counts elsewhere.
func (w *Window) exportTable(f kit.Filter) {
	if w.tabs.Selected() == w.compare.tab {
		w.compare.export(f)
		return
	}
	w.save(i18n.T("words"), f, w.wordsWriter(f))
}

// wordsWriter writes the counted words as f asks.
func (w *Window) wordsWriter(f kit.Filter) func(io.Writer) error {
	words, note, title := w.words.words, w.note.Text, w.win.Title()
	return func(out io.Writer) error {
		if f.Exts[0] == ".csv" {
			return store.WriteWordsCSV(out, words)
		}
		return workbook.WriteWords(out, workbook.Words{Words: words, Note: note, Title: title}, i18n.Lang())
	}
}

// exportPicture saves the cloud or the chart shown, the bar chart when
// neither is.
func (w *Window) exportPicture() {
	switch w.tabs.Selected() {
	case w.codes.tab:
		w.save(i18n.T("codes"), kit.PNG(), w.codes.picture)
	case w.tabCloud:
		w.save(i18n.T("wordcloud"), kit.PNG(), w.cloudPicture)
	default:
		w.save(i18n.T("words"), kit.PNG(), w.chartPicture)
	}
}

// cloudPicture draws the cloud titled with what was counted and how, so
// the picture in a thesis names its material.
func (w *Window) cloudPicture(out io.Writer) error {
	title, err := study.CloudTitle(w.s.Project(), w.shown, w.formsUsed)
	if err != nil {
		return err
	}
	_, err = chart.Cloud(out, i18n.Say(title), w.cloudWords())
	return err
}

func (w *Window) chartPicture(out io.Writer) error {
	bars := make([]chart.Bar, 0, chartWords)
	for _, wd := range w.words.words[:min(len(w.words.words), chartWords)] {
		bars = append(bars, chart.Bar{Label: wd.Word, Value: wd.Count})
	}
	return chart.Bars(out, i18n.T("Most frequent words"), bars)
}

// save asks where to save a file named name, of the kind f, and writes it.
func (w *Window) save(name string, f kit.Filter, write func(io.Writer) error) {
	kit.SaveWith(w.win, name+f.Exts[0], f, write, w.saved)
}

func (w *Window) saved(path string) {
	w.note.SetText(i18n.TF("Saved {{.File}}", map[string]any{"File": filepath.Base(path)}))
}
