package kit

import (
	"image/color"
	"sort"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// KWIC shows a hit in its context on one line with the hit in the middle
// (keyword in context): the eye reads a list of hits down one column, and
// the hit is never the part cut off at the panel's edge.
type KWIC struct {
	widget.BaseWidget
	before, match, after string
}

// NewKWIC returns an empty line.
func NewKWIC() *KWIC {
	k := &KWIC{}
	k.ExtendBaseWidget(k)
	return k
}

// Set shows a hit, the text before it and the text after it.
func (k *KWIC) Set(before, match, after string) {
	k.before, k.match, k.after = before, match, after
	k.Refresh()
}

// CreateRenderer is a private method to Fyne which links this widget to its renderer.
func (k *KWIC) CreateRenderer() fyne.WidgetRenderer {
	r := &kwicRenderer{k: k, before: canvas.NewText("", color.Black), match: canvas.NewText("", color.Black), after: canvas.NewText("", color.Black)}
	r.match.TextStyle.Bold = true
	r.Refresh()
	return r
}

type kwicRenderer struct {
	k                    *KWIC
	before, match, after *canvas.Text
}

func (r *kwicRenderer) Destroy() {}

func (r *kwicRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{r.before, r.match, r.after}
}

// MinSize is one line of text, whatever the line holds: a list sizes its
// rows by an empty one.
func (r *kwicRenderer) MinSize() fyne.Size {
	th := r.k.Theme()
	pad := th.Size(theme.SizeNameInnerPadding)
	line := fyne.MeasureText("Åg", th.Size(theme.SizeNameText), fyne.TextStyle{Bold: true}).Height
	return fyne.NewSize(2*pad, line+2*pad)
}

// Layout centres the hit and fills each side with as much of its
// context as fits, cut away from the hit.
func (r *kwicRenderer) Layout(size fyne.Size) {
	k := r.k
	pad := k.Theme().Size(theme.SizeNameInnerPadding)
	width := size.Width - 2*pad
	r.match.Text = FitHead(k.match, width, func(s string) float32 { return r.measure(s, true) })
	mw := r.measure(r.match.Text, true)
	x := pad + (width-mw)/2
	r.before.Text = FitTail(k.before, x-pad, func(s string) float32 { return r.measure(s, false) })
	r.after.Text = FitHead(k.after, pad+width-(x+mw), func(s string) float32 { return r.measure(s, false) })
	h := r.MinSize().Height - 2*pad
	y := (size.Height - h) / 2
	bw := r.measure(r.before.Text, false)
	r.before.Move(fyne.NewPos(x-bw, y))
	r.before.Resize(fyne.NewSize(bw, h))
	r.match.Move(fyne.NewPos(x, y))
	r.match.Resize(fyne.NewSize(mw, h))
	r.after.Move(fyne.NewPos(x+mw, y))
	r.after.Resize(fyne.NewSize(r.measure(r.after.Text, false), h))
}

func (r *kwicRenderer) measure(s string, bold bool) float32 {
	return fyne.MeasureText(s, r.match.TextSize, fyne.TextStyle{Bold: bold}).Width
}

// Refresh follows the theme.
func (r *kwicRenderer) Refresh() {
	th := r.k.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	for _, t := range r.Objects() {
		t := t.(*canvas.Text)
		t.TextSize = th.Size(theme.SizeNameText)
		t.Color = th.Color(theme.ColorNameForeground, v)
	}
	r.match.Color = th.Color(theme.ColorNamePrimary, v)
	r.Layout(r.k.Size())
	for _, t := range r.Objects() {
		t.Refresh()
	}
}

// FitHead returns as much of the start of s as fits in width, with "…"
// where it is cut. Widths grow with the text kept, so the cut is found by
// bisection: a list of hits lays out many lines.
func FitHead(s string, width float32, measure func(string) float32) string {
	if measure(s) <= width {
		return s
	}
	rs := []rune(s)
	n := sort.Search(len(rs), func(n int) bool { return measure(string(rs[:n])+"…") > width }) - 1
	if n <= 0 {
		return ""
	}
	return string(rs[:n]) + "…"
}

// FitTail returns as much of the end of s as fits in width, with "…"
// where it is cut.
func FitTail(s string, width float32, measure func(string) float32) string {
	if measure(s) <= width {
		return s
	}
	rs := []rune(s)
	n := sort.Search(len(rs), func(n int) bool { return measure("…"+string(rs[len(rs)-n:])) > width }) - 1
	if n <= 0 {
		return ""
	}
	return "…" + string(rs[len(rs)-n:])
}
