package transcript

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// markAlpha is how strongly the stretch being heard is tinted: enough to
// find it at a glance, little enough that the codes' colours read
// through.
const markAlpha = 0x30

// markPad is how far the shading reaches beyond the text on each side.
const markPad = 4

// markBar is the width of the bar beside the stretch being heard, in the
// margin with the coding stripes, so it shows over highlights too.
const markBar = 3

// mark is the stretch of text marked as being heard, [start, end).
type mark struct{ start, end int }

// SetMark marks the stretch [start, end) of the text as the one being
// heard, as a player follows a recording; start >= end clears the mark.
// Unlike Flash it stays until it is moved or cleared, and unlike the
// selection it is not the user's.
func (v *View) SetMark(start, end int) {
	if start >= end {
		start, end = 0, 0
	}
	old := v.mark
	if old.start == start && old.end == end {
		return
	}
	v.mark = mark{start, end}
	if old.end > old.start {
		v.refreshRange(old.start, old.end)
	}
	if end > start {
		v.refreshRange(start, end)
	}
}

// Mark is the stretch marked as being heard; start == end when none is.
func (v *View) Mark() (start, end int) { return v.mark.start, v.mark.end }

// drawMark shades the lines of paragraph p that the marked stretch
// covers, across the text's whole width as an editor shows its current
// line, so that it does not look like a selection, and draws a bar beside
// them in the margin.
func (rr *rowRenderer) drawMark(p *para, lines []line) {
	v := rr.row.v
	m := v.mark
	if m.end <= m.start || m.start > p.start+p.n || m.end <= p.start {
		return
	}
	th := v.Theme()
	c := color.NRGBAModel.Convert(th.Color(theme.ColorNamePrimary, fyne.CurrentApp().Settings().ThemeVariant())).(color.NRGBA)
	a, b := max(m.start-p.start, 0), min(m.end-p.start, p.n)
	first, last := lineIndex(lines, a), lineIndex(lines, max(b-1, a))
	top, h := float32(first)*v.m.lineH, float32(last-first+1)*v.m.lineH
	rr.rect(c, 0, top, markBar, h)
	c.A = markAlpha
	rr.rect(c, margin-markPad, top, v.textW+2*markPad, h)
}
