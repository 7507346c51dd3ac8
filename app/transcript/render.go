package transcript

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

const (
	// highlightAlpha makes a code's colour translucent enough to read
	// through, and to let overlapping codes mix visibly.
	highlightAlpha = 0x50
	// underline is the thickness of a code's underline; each overlap level
	// lifts it by underlineStep so stacked codes stay distinguishable.
	underline     = 2
	underlineStep = 3
	maxUnderlines = 3
	// laneStep and barWidth place the coding stripes; lanes get narrower
	// when more overlap than the margin holds.
	laneStep = 5
	barWidth = 3
	barLeft  = 4
)

// tip is the label shown while the pointer rests on a stripe.
type tip struct {
	text  string
	at    fyne.Position // in the view's coordinates
	shown bool
}

func (v *View) showTip(label string, abs fyne.Position) {
	v.tip = tip{text: label, at: v.local(abs), shown: true}
	if v.r != nil {
		v.r.layoutTip()
	}
}

func (v *View) hideTip() {
	if !v.tip.shown {
		return
	}
	v.tip.shown = false
	if v.r != nil {
		v.r.layoutTip()
	}
}

// viewRenderer holds the list and, above it, the stripe label. The label is
// drawn by the view rather than shown as a pop-up because a pop-up would take
// the hover events that decide when to hide it.
type viewRenderer struct {
	v       *View
	tipBg   *canvas.Rectangle
	tipText *canvas.Text
	objects []fyne.CanvasObject
}

func newViewRenderer(v *View) *viewRenderer {
	r := &viewRenderer{v: v, tipBg: canvas.NewRectangle(color.Transparent), tipText: canvas.NewText("", color.Black)}
	r.tipBg.Hide()
	r.tipText.Hide()
	r.setList(v.list)
	return r
}

// setList puts a (new) list under the label.
func (r *viewRenderer) setList(l *widget.List) {
	r.objects = r.objects[:0]
	if l != nil {
		r.objects = append(r.objects, l)
	}
	r.objects = append(r.objects, r.tipBg, r.tipText)
	canvas.Refresh(r.v)
}

func (r *viewRenderer) Layout(size fyne.Size) {
	r.v.resized(size)
	r.layoutTip()
}

func (r *viewRenderer) MinSize() fyne.Size {
	size := r.v.Theme().Size(theme.SizeNameText)
	return fyne.NewSize(margin+rightPad+10*size, 3*size*lineSpacing)
}

// Refresh follows the theme: a new text size needs new wrapping, a new
// colour only new drawing.
func (r *viewRenderer) Refresh() {
	v := r.v
	if v.list != nil && v.updateMetrics() {
		first, frac := v.anchor()
		v.relayout(first, frac)
	} else if v.list != nil {
		v.list.Refresh()
	}
	r.layoutTip()
}

func (r *viewRenderer) Objects() []fyne.CanvasObject { return r.objects }

func (r *viewRenderer) Destroy() {}

func (r *viewRenderer) layoutTip() {
	v := r.v
	if !v.tip.shown || v.tip.text == "" {
		r.tipBg.Hide()
		r.tipText.Hide()
		r.refreshTip()
		return
	}
	th := v.Theme()
	variant := fyne.CurrentApp().Settings().ThemeVariant()
	pad := th.Size(theme.SizeNamePadding)
	r.tipText.Text = v.tip.text
	r.tipText.TextSize = th.Size(theme.SizeNameCaptionText)
	r.tipText.Color = th.Color(theme.ColorNameForeground, variant)
	ts := r.tipText.MinSize()
	r.tipBg.FillColor = th.Color(theme.ColorNameOverlayBackground, variant)
	r.tipBg.StrokeColor = th.Color(theme.ColorNameInputBorder, variant)
	r.tipBg.StrokeWidth = 1
	r.tipBg.CornerRadius = th.Size(theme.SizeNameInputRadius)
	bg := ts.Add(fyne.NewSize(2*pad, pad))
	// Beside the pointer, kept inside the view so that it is not clipped.
	at := v.tip.at.Add(fyne.NewPos(12, 8))
	at.X = max(min(at.X, v.Size().Width-bg.Width), 0)
	at.Y = max(min(at.Y, v.Size().Height-bg.Height), 0)
	r.tipBg.Move(at)
	r.tipBg.Resize(bg)
	r.tipText.Move(at.Add(fyne.NewPos(pad, pad/2)))
	r.tipText.Resize(ts)
	r.tipBg.Show()
	r.tipText.Show()
	r.refreshTip()
}

// refreshTip redraws the label through the view's canvas: canvas.Refresh
// finds the canvas of an object only once it has been drawn, and a label
// that was hidden until now has not.
func (r *viewRenderer) refreshTip() {
	if c := fyne.CurrentApp().Driver().CanvasForObject(r.v); c != nil {
		c.Refresh(r.tipBg)
		c.Refresh(r.tipText)
	}
}

// rowRenderer draws a paragraph from back to front: the stretch being
// heard, code highlights and their underlines, the selection, a flash, the
// text, the coding stripes and the caret. Rectangles and texts are pooled
// because rows are redrawn on every drag event.
type rowRenderer struct {
	row     *row
	marker  *canvas.Rectangle // refreshed to redraw without re-rasterising text; never drawn
	rects   []*canvas.Rectangle
	nRect   int
	texts   []*canvas.Text
	textKey textKey
	textObj []fyne.CanvasObject
	objects []fyne.CanvasObject
}

// textKey is what the row's texts depend on; when it is unchanged, only
// the decorations are redrawn.
type textKey struct {
	id, gen int
	fg      color.Color
}

func (rr *rowRenderer) Layout(fyne.Size) {}

func (rr *rowRenderer) MinSize() fyne.Size {
	return fyne.NewSize(0, rr.row.v.m.lineH)
}

func (rr *rowRenderer) Objects() []fyne.CanvasObject { return rr.objects }

func (rr *rowRenderer) Destroy() {}

// Refresh redraws the row. Refreshing an object frees the textures of all
// objects under it, so when only the decorations changed the canvas is told
// to redraw through an object that holds no text.
func (rr *rowRenderer) Refresh() {
	if rr.build() {
		canvas.Refresh(rr.row)
		return
	}
	if c := fyne.CurrentApp().Driver().CanvasForObject(rr.row); c != nil {
		if rr.marker == nil {
			rr.marker = canvas.NewRectangle(color.Transparent)
		}
		c.Refresh(rr.marker)
	}
}

// build lays out the row's objects and reports whether its texts changed.
func (rr *rowRenderer) build() bool {
	r := rr.row
	v := r.v
	rr.objects = rr.objects[:0]
	rr.nRect = 0
	r.stripes = r.stripes[:0]
	if !r.bound() {
		return false
	}
	p := &v.paras[r.id]
	lines := v.layout(r.id)
	th := v.Theme()
	variant := fyne.CurrentApp().Settings().ThemeVariant()
	lineH := v.m.lineH
	inset := max((lineH-v.m.textH)/2, 0)
	bandTop, bandH := inset, lineH-2*inset

	rr.drawMark(p, lines)
	for _, si := range p.spans {
		s := v.spans[si]
		a, b := max(s.Start-p.start, 0), min(s.End-p.start, p.n)
		rr.ranges(p.text, lines, a, b, translucent(s.Color), bandTop, bandH)
		lane := min(v.lanes[si], maxUnderlines-1)
		rr.ranges(p.text, lines, a, b, s.Color, lineH-inset-underline-float32(lane*underlineStep), underline)
	}

	if ss, se := v.sel.ordered(); ss < se && ss <= p.start+p.n && se >= p.start {
		a, b := max(ss-p.start, 0), min(se-p.start, p.n)
		sel := th.Color(theme.ColorNameSelection, variant)
		rr.ranges(p.text, lines, a, b, sel, 0, lineH)
		if se > p.start+p.n && b == p.n {
			// The selection goes on into the next paragraph: show the break
			// as selected too, as editors do.
			last := lines[len(lines)-1]
			x := xAt(p.text, last, p.n, v.measure)
			rr.rect(sel, margin+x, float32(len(lines)-1)*lineH, v.measure(" ", false), lineH)
		}
	}

	if v.flashStart < v.flashEnd && v.flashAlpha > 0 {
		a, b := max(v.flashStart-p.start, 0), min(v.flashEnd-p.start, p.n)
		c := color.NRGBAModel.Convert(th.Color(theme.ColorNamePrimary, variant)).(color.NRGBA)
		c.A = uint8(float32(0xa0) * v.flashAlpha)
		rr.ranges(p.text, lines, a, b, c, 0, lineH)
	}

	changed := rr.buildTexts(p, lines, th.Color(theme.ColorNameForeground, variant))
	rr.objects = append(rr.objects, rr.textObj...)

	rr.drawStripes(p, lines)

	if c := v.sel.caret; v.focused && v.sel.anchor == c && v.paraAt(c) == r.id {
		local := min(c-p.start, p.n)
		li := lineIndex(lines, local)
		x := xAt(p.text, lines[li], local, v.measure)
		rr.rect(th.Color(theme.ColorNamePrimary, variant), margin+x-1, float32(li)*lineH+bandTop, 2, bandH)
	}
	return changed
}

// ranges draws a band over [a, b) of a paragraph on each line it covers,
// at height top..top+h within the line.
func (rr *rowRenderer) ranges(text string, lines []line, a, b int, c color.Color, top, h float32) {
	if a >= b {
		return
	}
	v := rr.row.v
	for li := lineIndex(lines, a); li < len(lines) && lines[li].start < b; li++ {
		l := lines[li]
		x0 := xAt(text, l, max(a, l.start), v.measure)
		x1 := xAt(text, l, min(b, l.end), v.measure)
		if x1 > x0 {
			rr.rect(c, margin+x0, float32(li)*v.m.lineH+top, x1-x0, h)
		}
	}
}

// rect adds a pooled rectangle.
func (rr *rowRenderer) rect(c color.Color, x, y, w, h float32) {
	if rr.nRect == len(rr.rects) {
		rr.rects = append(rr.rects, canvas.NewRectangle(c))
	}
	rect := rr.rects[rr.nRect]
	rr.nRect++
	rect.FillColor = c
	rect.Move(fyne.NewPos(x, y))
	rect.Resize(fyne.NewSize(w, h))
	rr.objects = append(rr.objects, rect)
}

// buildTexts rebuilds the row's texts if what they show changed, one
// canvas.Text per run of same-style words on a line, and reports whether it
// did. Tabs end a run because a canvas.Text would not advance them as the
// layout does.
func (rr *rowRenderer) buildTexts(p *para, lines []line, fg color.Color) bool {
	v := rr.row.v
	key := textKey{id: rr.row.id, gen: v.gen, fg: fg}
	if key == rr.textKey && rr.textObj != nil {
		return false
	}
	rr.textKey = key
	rr.textObj = rr.textObj[:0]
	n := 0
	top := (v.m.lineH - v.m.textH) / 2
	for li, l := range lines {
		for i := 0; i < len(l.pieces); {
			first := l.pieces[i]
			j := i + 1
			for j < len(l.pieces) && l.pieces[j].bold == first.bold && !hasTab(p.text[l.pieces[j-1].be:l.pieces[j].bs]) {
				j++
			}
			last := l.pieces[j-1]
			if n == len(rr.texts) {
				rr.texts = append(rr.texts, canvas.NewText("", fg))
			}
			t := rr.texts[n]
			n++
			t.Text = p.text[first.bs:last.be]
			t.Color = fg
			t.TextSize = v.m.size
			t.TextStyle = fyne.TextStyle{Bold: first.bold}
			t.Move(fyne.NewPos(margin+first.x, float32(li)*v.m.lineH+top))
			t.Resize(fyne.NewSize(last.x+last.w-first.x, v.m.textH))
			rr.textObj = append(rr.textObj, t)
			i = j
		}
	}
	return true
}

func hasTab(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == '\t' {
			return true
		}
	}
	return false
}

// drawStripes draws one bar per span in its lane, from the first to the last
// line it covers here, running on through the row's bottom (or top) edge when
// the span goes on into the next (or came from the previous) paragraph.
func (rr *rowRenderer) drawStripes(p *para, lines []line) {
	r := rr.row
	v := r.v
	if len(p.spans) == 0 {
		return
	}
	step := min(float32(laneStep), float32(margin-2*barLeft)/float32(v.nLane))
	w := max(min(float32(barWidth), step-1), 1)
	rowH := float32(len(lines))*v.m.lineH + v.gapBelow(r.id)
	inset := max((v.m.lineH-v.m.textH)/2, 0)
	for _, si := range p.spans {
		s := v.spans[si]
		a, b := max(s.Start-p.start, 0), min(s.End-p.start, p.n)
		y0 := float32(lineIndex(lines, a))*v.m.lineH + inset
		if s.Start < p.start {
			y0 = 0
		}
		y1 := float32(lineIndex(lines, max(b-1, a))+1)*v.m.lineH - inset
		if s.End > p.start+p.n {
			y1 = rowH + v.m.pad
		}
		x := barLeft + float32(v.lanes[si])*step
		rr.rect(s.Color, x, y0, w, y1-y0)
		r.stripes = append(r.stripes, stripe{x0: x, x1: x + w, y0: y0, y1: y1, span: si})
	}
}

// translucent turns a code's opaque colour into a highlight.
func translucent(c color.Color) color.Color {
	n := color.NRGBAModel.Convert(c).(color.NRGBA)
	n.A = highlightAlpha
	return n
}
