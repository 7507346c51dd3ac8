package app

import (
	"image/color"
	"slices"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"teema/assets"
	"teema/coding/cloud"
	"teema/coding/wordfreq"
	"teema/store/chart"
)

// cloudWords is the most words a cloud shows: more would be unreadable.
const cloudWords = 100

// tabShown draws what the tab just chosen shows.
func (w *wordfreqWindow) tabShown() {
	switch w.tabs.Selected() {
	case w.tabChart:
		w.drawChart()
	case w.codes.tab:
		w.codes.show()
	}
}

// setCloud gives the cloud the top words of the latest count.
func (w *wordfreqWindow) setCloud() {
	w.cloud.SetWords(w.cloudWords(), cloudColors())
}

func (w *wordfreqWindow) cloudWords() []cloud.Word {
	top := w.words[:min(len(w.words), cloudWords)]
	words := make([]cloud.Word, len(top))
	for i, wd := range top {
		words[i] = cloud.Word{Text: wd.Word, Weight: wd.Count}
	}
	return words
}

// cloudColors are the exported picture's colours, so the app shows what
// the thesis will; on a dark theme, lighter shades of them, which stay
// readable on black.
func cloudColors() []color.Color {
	dark := fyne.CurrentApp() != nil && fyne.CurrentApp().Settings().ThemeVariant() == theme.VariantDark
	cs := make([]color.Color, len(chart.Palette))
	for i, c := range chart.Palette {
		if dark {
			c = lighter(c)
		}
		cs[i] = c
	}
	return cs
}

// lighter mixes a colour halfway to white.
func lighter(c color.RGBA) color.RGBA {
	mix := func(v uint8) uint8 { return v + (255-v)*11/20 }
	return color.RGBA{R: mix(c.R), G: mix(c.G), B: mix(c.B), A: c.A}
}

// openWord shows a word of the cloud in the table, with its concordance.
func (w *wordfreqWindow) openWord(word string) {
	i := slices.IndexFunc(w.rows, func(wd wordfreq.Word) bool { return wd.Word == word })
	if i < 0 {
		return
	}
	w.tabs.Select(w.tabTable)
	w.table.Select(widget.TableCellID{Row: i})
	w.table.ScrollTo(widget.TableCellID{Row: i})
}

// decimal writes a number the way the UI's language does: "1,25" in Finnish.
func decimal(v float64, places int) string {
	s := strconv.FormatFloat(v, 'f', places, 64)
	if uiLang() == "fi" {
		s = strings.Replace(s, ".", ",", 1)
	}
	return s
}

// options are a count's settings: forms, shortest word, and the shipped
// stop-word lists with the project's own changes.
func (j wordfreqJob) options(forms wordfreq.Forms) (wordfreq.Options, error) {
	o := wordfreq.Options{Forms: forms, MinLen: j.minLen, Numbers: j.nums}
	if !j.stop {
		return o, nil
	}
	for _, l := range stopLists {
		words, err := assets.StopWords(l)
		if err != nil {
			return o, err
		}
		o.Stop = append(o.Stop, words...)
	}
	o.ExtraStop, o.Keep = j.own.Added, j.own.Kept
	return o, nil
}

// stopLists are the shipped lists a count leaves out.
var stopLists = []string{"fi", "en"}
