package frequencies

import (
	"image/color"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"teema/coding/cloud"
	"teema/coding/wordfreq"
	"teema/store/chart"
)

// cloudWords is the most words a cloud shows: more would be unreadable.
const cloudWords = 100

// tabShown draws what the tab just chosen shows.
func (w *Window) tabShown() {
	switch w.tabs.Selected() {
	case w.tabChart:
		w.drawChart()
	case w.codes.tab:
		w.codes.show()
	}
}

// setCloud gives the cloud the top words of the latest count.
func (w *Window) setCloud() {
	w.cloud.SetWords(w.cloudWords(), cloudColors())
}

func (w *Window) cloudWords() []cloud.Word {
	top := w.words.words[:min(len(w.words.words), cloudWords)]
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

// openWord shows a word of the cloud or chart in the table, with its
// lines in context.
func (w *Window) openWord(word string) {
	i := slices.IndexFunc(w.words.rows, func(wd wordfreq.Word) bool { return wd.Word == word })
	if i < 0 {
		return
	}
	w.tabs.Select(w.tabTable)
	w.table.Select(widget.TableCellID{Row: i})
	w.table.ScrollTo(widget.TableCellID{Row: i})
}
