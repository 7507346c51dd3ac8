package app

import (
	"bytes"
	"encoding/csv"
	"io"
	"os"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"teema/coding/wordfreq"
	"teema/store"
)

const chartWords = 20

// drawChart draws the top words as horizontal bars, when the chart tab is shown.
func (w *wordfreqWindow) drawChart() {
	if w.tabs == nil || w.tabs.SelectedIndex() != 1 {
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
		label := widget.NewLabel(wd.Word)
		label.Truncation = fyne.TextTruncateEllipsis
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

// exportButton saves the table as CSV.
func (w *wordfreqWindow) exportButton() fyne.CanvasObject {
	return widget.NewButtonWithIcon(T("Export table (CSV)…"), theme.DocumentSaveIcon(), func() {
		if len(w.words) == 0 {
			return
		}
		words := w.words
		d := dialog.NewFileSave(func(wc fyne.URIWriteCloser, err error) {
			if err != nil || wc == nil {
				if err != nil {
					w.s.fail(err)
				}
				return
			}
			path := wc.URI().Path()
			wc.Close()
			var buf bytes.Buffer
			if err := writeWordsCSV(&buf, words); err != nil {
				w.s.fail(err)
				return
			}
			if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
				w.s.fail(err)
				return
			}
			w.note.SetText(TF("Saved {{.File}}", map[string]any{"File": baseName(path)}))
		}, w.win)
		d.SetFileName("sanat.csv")
		d.Show()
	})
}

// writeWordsCSV writes the table with a BOM, so Excel reads the Finnish
// letters, and no cell can start a formula.
func writeWordsCSV(out io.Writer, words []wordfreq.Word) error {
	if _, err := io.WriteString(out, "\uFEFF"); err != nil {
		return err
	}
	cw := csv.NewWriter(out)
	if err := cw.Write([]string{T("Word"), T("Count"), T("Share (%)"), T("Interviews"), T("Merged forms")}); err != nil {
		return err
	}
	for _, wd := range words {
		if err := cw.Write([]string{store.SafeCell(wd.Word), strconv.Itoa(wd.Count),
			strconv.FormatFloat(100*wd.Share, 'f', 4, 64), strconv.Itoa(wd.Docs),
			store.SafeCell(strings.Join(wd.Forms, " "))}); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}
