// Package transcript is the view in which researchers read and code a
// transcript: wrapped prose with coded stretches highlighted in their codes'
// colours, coding stripes in the margin, and mouse and keyboard selection.
//
// A transcript can run to a hundred thousand words, so the view is a
// widget.List with one pooled row per paragraph (or line). Row heights start
// as cheap estimates and are replaced by exact ones only for rows that are
// shown.
package transcript

import (
	"image/color"
	"math"
	"sort"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"teema/coding"
)

// Span is one coded stretch to highlight, in code points [Start, End).
type Span struct {
	ID         int64 // the excerpt id
	CodeID     int64
	Start, End int
	Color      color.Color // the code's colour (opaque); the view makes it translucent
	Label      string      // code path, shown on hover over the stripe
}

const (
	// margin is the room left of the text for coding stripes.
	margin = 40
	// rightPad keeps text clear of the list's scroll bar.
	rightPad = 20
	// lineSpacing is the line height as a multiple of the text size. Prose
	// that is read for hours needs more air than a form label, and the gap
	// keeps the highlights of consecutive lines apart.
	lineSpacing = 1.6
	// flashTime is how long Flash shows a range.
	flashTime = time.Second
	// wheelNotch is how far Fyne's desktop driver scrolls for one notch of
	// a mouse wheel (25 px; 10 on macOS, where trackpads scroll finely
	// anyway); a notch moves the transcript wheelLines lines instead, as
	// other readers do.
	wheelNotch = 25
	wheelLines = 3
)

// View shows a transcript for reading and coding.
type View struct {
	widget.BaseWidget

	// OnSelectionChanged is called when the user changes the selection
	// or moves the caret (start <= end, equal when nothing is selected).
	OnSelectionChanged func(start, end int)
	// OnSpansTapped is called for a plain tap (no drag, no shift) on
	// highlighted text or on a coding stripe; pos is absolute.
	OnSpansTapped func(offset int, spans []Span, pos fyne.Position)
	// OnSecondaryTapped is called for a right-click; pos is absolute.
	OnSecondaryTapped func(offset int, pos fyne.Position)
	// OnKey gets the keys the view does not use itself, such as digits.
	OnKey func(ev *fyne.KeyEvent) bool

	text  string
	total int // length of text in code points
	paras []para
	spans []Span // sorted by start
	lanes []int  // stripe lane of each span
	nLane int

	sel        selection
	focused    bool
	shift      bool // a shift key is down
	press      press
	dragging   bool
	dragAnchor int // where the drag began, before snapping to words
	dragAbs    fyne.Position
	auto       *autoScroller

	flashStart, flashEnd int
	flashAlpha           float32
	flashAnim            *fyne.Animation
	mark                 mark // the stretch being heard (SetMark)

	r      *viewRenderer
	list   *widget.List
	bound  map[int]*row // the row the list last bound to each paragraph
	m      metrics
	widths map[wordKey]float32
	textW  float32 // the width paragraphs are wrapped to
	gen    int     // bumped whenever every layout is dropped
	tops   []float32

	settling, inUpdate, settleQueued bool

	tip tip
}

// para is one line of the text, up to a "\n": a row of the list.
type para struct {
	start   int // offset of its first code point in the whole text
	n       int // length in code points
	text    string
	gap     bool  // a blank line follows: space the paragraphs apart
	boldEnd int   // length of the speaker label ("H3:"), 0 if none
	spans   []int // indexes into View.spans of the spans overlapping it, by start
	lines   []line
	linesW  float32 // the width lines were wrapped to
	height  float32 // the height the list has for the row
}

// metrics are the theme-derived sizes of the layout.
type metrics struct {
	size  float32 // text size
	lineH float32
	gap   float32 // space below a paragraph
	pad   float32 // the list's spacing between rows
	textH float32 // height of a line of canvas.Text
	avg   float32 // average advance of a code point, for estimates
}

type wordKey struct {
	s    string
	bold bool
}

// New returns an empty view.
func New() *View {
	v := &View{widths: make(map[wordKey]float32)}
	v.ExtendBaseWidget(v)
	return v
}

// SetText shows a new transcript. text is normalised, with paragraphs
// separated by "\n\n" (a single "\n" is a line break); turns mark the
// speaker labels shown in bold. The highlights and the selection are
// cleared and the view scrolls to the top; OnSelectionChanged is not called.
func (v *View) SetText(text string, turns []coding.Turn) {
	v.text = text
	v.total = coding.RuneLen(text)
	// One row per line, not per blank-line paragraph: transcripts with a turn
	// on every line and no blank lines are common, and one row holding the
	// whole interview would have to be wrapped and drawn at once.
	v.paras = v.paras[:0]
	pos := 0
	for _, s := range strings.Split(text, "\n") {
		n := coding.RuneLen(s)
		if s == "" && len(v.paras) > 0 {
			v.paras[len(v.paras)-1].gap = true
		} else {
			v.paras = append(v.paras, para{start: pos, n: n, text: s})
		}
		pos += n + 1
	}
	for _, t := range turns {
		i := v.paraAt(t.Start)
		if p := &v.paras[i]; p.start == t.Start {
			p.boldEnd = labelEnd(p.text)
		}
	}
	v.spans, v.lanes, v.nLane = nil, nil, 0
	v.sel = selection{}
	v.flashStart, v.flashEnd = 0, 0
	v.mark = mark{}
	v.relayout(0, 0)
}

// labelEnd returns the length in code points of a paragraph's speaker
// label including its colon.
func labelEnd(s string) int {
	i := strings.IndexByte(s, ':')
	if i < 0 {
		return 0
	}
	return coding.RuneLen(s[:i+1])
}

// SetSpans replaces the highlights, keeping the selection and the scroll
// position.
func (v *View) SetSpans(spans []Span) {
	v.spans = append([]Span(nil), spans...)
	sort.SliceStable(v.spans, func(i, j int) bool {
		a, b := v.spans[i], v.spans[j]
		if a.Start != b.Start {
			return a.Start < b.Start
		}
		return a.End > b.End
	})
	for i := range v.paras {
		v.paras[i].spans = v.paras[i].spans[:0]
	}
	v.lanes = make([]int, len(v.spans))
	var laneEnds []int
	for i, s := range v.spans {
		if s.End <= s.Start || len(v.paras) == 0 {
			v.lanes[i] = -1
			continue
		}
		for p := v.paraAt(s.Start); p < len(v.paras) && v.paras[p].start < s.End; p++ {
			v.paras[p].spans = append(v.paras[p].spans, i)
		}
		// Greedy interval colouring: the lowest lane free at the span's start.
		lane := 0
		for lane < len(laneEnds) && laneEnds[lane] > s.Start {
			lane++
		}
		if lane == len(laneEnds) {
			laneEnds = append(laneEnds, 0)
		}
		laneEnds[lane] = s.End
		v.lanes[i] = lane
	}
	v.nLane = len(laneEnds)
	v.refreshRows(0, len(v.paras))
}

// SpansAt returns the highlights that cover the code point at offset.
func (v *View) SpansAt(offset int) []Span {
	if len(v.paras) == 0 {
		return nil
	}
	ids := v.paras[v.paraAt(offset)].spans
	k := sort.Search(len(ids), func(k int) bool { return v.spans[ids[k]].Start > offset })
	var out []Span
	for _, id := range ids[:k] {
		if v.spans[id].End > offset {
			out = append(out, v.spans[id])
		}
	}
	return out
}

// ScrollTo brings the line holding offset into view, a third of the way
// down so that what leads up to it is visible too.
func (v *View) ScrollTo(offset int) {
	if v.list == nil || len(v.paras) == 0 {
		return
	}
	p := v.paraAt(offset)
	li := lineIndex(v.layout(p), offset-v.paras[p].start)
	y := v.rowTops()[p] + float32(li)*v.m.lineH
	off, viewH := v.list.GetScrollOffset(), v.list.Size().Height
	if y >= off && y+v.m.lineH <= off+viewH {
		return
	}
	v.settleAt(p, float32(li)*v.m.lineH-viewH/3, false)
}

// scrolled moves the text by wheelLines lines per wheel notch of dy
// (positive: towards the start).
func (v *View) scrolled(dy float32) {
	if v.list == nil || len(v.paras) == 0 {
		return
	}
	v.settle(v.list.GetScrollOffset() - dy/wheelNotch*wheelLines*v.m.lineH)
}

// Flash scrolls to a range and briefly highlights it, so that the eye finds
// an excerpt picked from a list elsewhere.
func (v *View) Flash(start, end int) {
	if v.flashAnim != nil {
		v.flashAnim.Stop()
	}
	v.ScrollTo(start)
	v.flashStart, v.flashEnd = start, end
	v.flashAnim = fyne.NewAnimation(flashTime, func(f float32) {
		v.flashAlpha = 1 - f
		s, e := v.flashStart, v.flashEnd
		if f >= 1 {
			v.flashStart, v.flashEnd = 0, 0
		}
		v.refreshRange(s, e)
	})
	v.flashAnim.Curve = fyne.AnimationEaseIn
	v.flashAnim.Start()
}

// CreateRenderer is a private method to Fyne which links this widget to its renderer.
func (v *View) CreateRenderer() fyne.WidgetRenderer {
	v.r = newViewRenderer(v)
	return v.r
}

// paraAt returns the row holding offset; offsets in the line break after
// a row belong to it.
func (v *View) paraAt(offset int) int {
	i := sort.Search(len(v.paras), func(i int) bool { return v.paras[i].start > offset }) - 1
	if i < 0 {
		i = 0
	}
	return i
}

func (v *View) measure(s string, bold bool) float32 {
	k := wordKey{s, bold}
	if w, ok := v.widths[k]; ok {
		return w
	}
	w := fyne.MeasureText(s, v.m.size, fyne.TextStyle{Bold: bold}).Width
	v.widths[k] = w
	return w
}

// updateMetrics reads the sizes from the theme and reports whether the
// text size changed, which invalidates every width measured so far.
func (v *View) updateMetrics() bool {
	th := v.Theme()
	size := th.Size(theme.SizeNameText)
	if size == v.m.size {
		return false
	}
	v.widths = make(map[wordKey]float32)
	v.m.size = size
	v.m.textH = fyne.MeasureText("Åg", size, fyne.TextStyle{}).Height
	v.m.lineH = float32(math.Ceil(float64(max(size*lineSpacing, v.m.textH))))
	v.m.gap = float32(math.Round(float64(v.m.lineH) * 0.5))
	v.m.pad = th.Size(theme.SizeNamePadding)
	const sample = "Haastateltava kertoi, että työ oli äärimmäisen vaativaa mutta myös mielenkiintoista – ”ihan hyvä”."
	v.m.avg = fyne.MeasureText(sample, size, fyne.TextStyle{}).Width / float32(coding.RuneLen(sample))
	return true
}

// layout returns the lines of paragraph i at the current width, wrapping
// it on first use.
func (v *View) layout(i int) []line {
	p := &v.paras[i]
	if p.lines == nil || p.linesW != v.textW {
		p.lines = wrap(p.text, p.boldEnd, v.textW, v.measure)
		p.linesW = v.textW
	}
	return p.lines
}

func (v *View) exactHeight(i int) float32 {
	return float32(len(v.layout(i)))*v.m.lineH + v.gapBelow(i)
}

func (v *View) gapBelow(i int) float32 {
	if v.paras[i].gap {
		return v.m.gap
	}
	return 0
}

// estimate guesses a row's height from its length alone; wrapping loses
// about half a word at the end of every line.
func (v *View) estimate(i int) float32 {
	p := &v.paras[i]
	perLine := v.textW - 4*v.m.avg
	if perLine < v.m.avg {
		perLine = v.m.avg
	}
	lines := float32(math.Ceil(float64(float32(p.n) * v.m.avg / perLine)))
	if lines < 1 {
		lines = 1
	}
	return lines*v.m.lineH + v.gapBelow(i)
}

// resized follows the size of the view: a new width means new wrapping
// and so a new list; a new height only means more or fewer rows to lay out.
func (v *View) resized(size fyne.Size) {
	w := size.Width - margin - rightPad
	if w < 1 {
		w = 1
	}
	if v.updateMetrics() || v.list == nil || w != v.textW {
		first, frac := v.anchor()
		v.textW = w
		v.relayout(first, frac)
		return
	}
	v.list.Resize(size)
	v.settle(v.list.GetScrollOffset())
}

// anchor returns the row at the top of the view and how far into it the
// view starts, as a fraction of its height, to restore after relayout.
func (v *View) anchor() (int, float32) {
	if v.list == nil || len(v.paras) == 0 {
		return 0, 0
	}
	off := v.list.GetScrollOffset()
	i := v.rowAtY(off)
	return i, (off - v.rowTops()[i]) / v.paras[i].height
}

// relayout drops every layout and gives the list estimated heights. A new
// list is built because telling a shown list about 1,500 heights would
// refresh it 1,500 times; a list that is not yet shown takes them for free.
func (v *View) relayout(first int, frac float32) {
	size := v.Size()
	if size.Width <= 0 || v.textW <= 0 {
		return // the first Layout will do it
	}
	v.updateMetrics()
	v.gen++
	if first >= len(v.paras) {
		first, frac = 0, 0
	}
	l := widget.NewList(
		func() int { return len(v.paras) },
		func() fyne.CanvasObject { return newRow(v) },
		v.updateRow,
	)
	l.HideSeparators = true
	for i := range v.paras {
		v.paras[i].lines = nil
		v.paras[i].height = v.estimate(i)
		l.SetItemHeight(i, v.paras[i].height)
	}
	v.tops = nil
	v.bound = nil
	v.list = l
	if v.r != nil {
		v.r.setList(l)
	}
	l.Resize(size)
	v.settling = true
	l.Refresh() // builds the list's renderer so that it can be scrolled
	v.settling = false
	if len(v.paras) > 0 {
		v.settleAt(first, frac*v.paras[first].height, true)
	}
}

// updateRow binds a pooled row to paragraph id. While the view is settling
// heights the list refreshes itself once per height, so binding waits for
// the final refresh.
func (v *View) updateRow(id widget.ListItemID, o fyne.CanvasObject) {
	r := o.(*row)
	if v.bound == nil {
		v.bound = map[int]*row{}
	}
	if v.bound[r.id] == r {
		delete(v.bound, r.id)
	}
	if old := v.bound[id]; old != nil && old != r {
		old.id = -1 // a row the list dropped: it shows nothing now
	}
	r.id = id
	v.bound[id] = r
	if v.settling || id >= len(v.paras) {
		return
	}
	v.inUpdate = true
	if v.exactHeight(id) != v.paras[id].height {
		v.queueSettle()
	}
	r.Refresh()
	v.inUpdate = false
}

// queueSettle fixes the heights of rows the list showed with estimated
// heights (after the user dragged the scroll bar). It must wait until the
// list has finished updating: changing heights from inside that update would
// re-enter it. Where fyne.Do runs at once (tests, before the app runs) the
// work is left to the next settle.
func (v *View) queueSettle() {
	if v.settleQueued {
		return
	}
	v.settleQueued = true
	fyne.Do(func() {
		v.settleQueued = false
		if v.inUpdate || v.list == nil {
			return
		}
		v.settle(v.list.GetScrollOffset())
	})
}

// rowTops returns the y of every row in the list's content, plus the end.
func (v *View) rowTops() []float32 {
	if len(v.tops) == len(v.paras)+1 {
		return v.tops
	}
	v.tops = make([]float32, len(v.paras)+1)
	y := float32(0)
	for i := range v.paras {
		v.tops[i] = y
		y += v.paras[i].height + v.m.pad
	}
	v.tops[len(v.paras)] = y
	return v.tops
}

// rowAtY returns the row at content height y.
func (v *View) rowAtY(y float32) int {
	tops := v.rowTops()
	i := sort.Search(len(v.paras), func(i int) bool { return tops[i+1] > y })
	if i >= len(v.paras) {
		i = len(v.paras) - 1
	}
	if i < 0 {
		i = 0
	}
	return i
}

// settle lays out exactly the rows shown at scroll offset off.
func (v *View) settle(off float32) {
	if v.list == nil || len(v.paras) == 0 {
		return
	}
	if off < 0 {
		off = 0
	}
	first := v.rowAtY(off)
	v.settleAt(first, off-v.rowTops()[first], false)
}

// settleAt scrolls so that the view starts intra pixels below the top of
// row first (above it if negative), first giving every row that will be
// shown, and one beyond each end, its exact height. Rows above the anchor
// that change height move the offset with them, so what the reader was
// looking at stays put. force refreshes the rows even if nothing changed.
func (v *View) settleAt(first int, intra float32, force bool) {
	viewH := v.list.Size().Height
	var changed []int
	fix := func(i int) float32 {
		h := v.exactHeight(i)
		if h != v.paras[i].height {
			v.paras[i].height = h
			changed = append(changed, i)
		}
		return h + v.m.pad
	}
	above := float32(0)
	for i := first - 1; i >= 0 && (i == first-1 || above <= -intra); i-- {
		above += fix(i)
	}
	below := fix(first)
	if h := below - v.m.pad; intra > h {
		intra = h
	}
	for i := first + 1; i < len(v.paras); i++ {
		covered := below > intra+viewH
		below += fix(i)
		if covered {
			break
		}
	}
	if len(changed) > 0 {
		v.tops = nil
	}
	off := v.rowTops()[first] + intra
	if end := v.rowTops()[len(v.paras)] - v.m.pad - viewH; off > end {
		off = end
	}
	if off < 0 {
		off = 0
	}
	if len(changed) == 0 && !force {
		if off != v.list.GetScrollOffset() {
			v.list.ScrollToOffset(off)
		}
		return
	}
	v.settling = true
	for _, i := range changed {
		v.list.SetItemHeight(i, v.paras[i].height)
	}
	v.list.ScrollToOffset(off)
	v.settling = false
	v.list.Refresh()
}

// refreshRange redraws the rows showing any of [start, end].
func (v *View) refreshRange(start, end int) {
	if len(v.paras) == 0 {
		return
	}
	if start > end {
		start, end = end, start
	}
	v.refreshRows(v.paraAt(start), v.paraAt(end))
}

// refreshRows redraws the rows showing paragraphs from..to inclusive.
// Rows of paragraphs out of view are left alone: the list binds, and so
// redraws, a row when it shows it. The list also drops its pooled rows on
// a full refresh and makes new ones, so redrawing every row it ever bound
// made each coding slower than the last (#8: 13 ms at the first coding of
// a transcript, 170 ms at the 900th).
func (v *View) refreshRows(from, to int) {
	if v.list != nil && len(v.paras) > 0 {
		// A row beyond each end of the view: the list's own margin.
		off := v.list.GetScrollOffset()
		from = max(from, v.rowAtY(off)-2)
		to = min(to, v.rowAtY(off+v.list.Size().Height)+2)
	}
	for id, r := range v.bound {
		if id >= from && id <= to && r.id == id {
			r.Refresh()
		}
	}
}
