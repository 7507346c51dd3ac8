package transcript

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"
)

// row shows one paragraph. The list pools rows and rebinds them as the
// view scrolls, so a row holds no text of its own, only the paragraph index;
// it takes the pointer events for its paragraph so that the list's own item
// (which would select and hover-highlight whole paragraphs) never sees them.
type row struct {
	widget.BaseWidget

	v       *View
	id      int
	stripes []stripe // where the renderer drew the coding stripes
	onBar   bool     // the pointer is over a stripe
}

// stripe is the area of one coding stripe, for hover and tap.
type stripe struct {
	x0, x1, y0, y1 float32
	span           int
}

var (
	_ fyne.Tappable          = (*row)(nil)
	_ fyne.DoubleTappable    = (*row)(nil)
	_ fyne.SecondaryTappable = (*row)(nil)
	_ fyne.Draggable         = (*row)(nil)
	_ desktop.Mouseable      = (*row)(nil)
	_ desktop.Hoverable      = (*row)(nil)
	_ desktop.Cursorable     = (*row)(nil)
	_ fyne.Scrollable        = (*row)(nil)
)

func newRow(v *View) *row {
	r := &row{v: v, id: -1}
	r.ExtendBaseWidget(r)
	return r
}

// CreateRenderer is a private method to Fyne which links this widget to its renderer.
func (r *row) CreateRenderer() fyne.WidgetRenderer {
	return &rowRenderer{row: r}
}

func (r *row) bound() bool { return r.id >= 0 && r.id < len(r.v.paras) }

// hit returns the boundary nearest to pos and the code point under it
// (-1 if none), as offsets in the whole text.
func (r *row) hit(pos fyne.Position) (boundary, over int) {
	v := r.v
	p := &v.paras[r.id]
	b, o := hit(p.text, v.layout(r.id), v.m.lineH, pos.X-margin, pos.Y, v.measure)
	if o >= 0 {
		o += p.start
	}
	return p.start + b, o
}

// stripeAt returns the span whose stripe is under pos, or -1. Stripes are
// thin, so the target is as wide as the lane.
func (r *row) stripeAt(pos fyne.Position) int {
	if pos.X >= margin {
		return -1
	}
	for _, s := range r.stripes {
		if pos.X >= s.x0-1 && pos.X < s.x1+1 && pos.Y >= s.y0 && pos.Y < s.y1 {
			return s.span
		}
	}
	return -1
}

// MouseDown places the caret at once; Tapped comes only after the
// double-tap delay.
func (r *row) MouseDown(ev *desktop.MouseEvent) {
	if !r.bound() || ev.Button != desktop.MouseButtonPrimary || r.stripeAt(ev.Position) >= 0 {
		return
	}
	b, _ := r.hit(ev.Position)
	// Alt+drag moves the window on some desktops, so Ctrl does as well.
	chars := ev.Modifier&(fyne.KeyModifierAlt|fyne.KeyModifierControl) != 0
	r.v.mouseDown(b, ev.Modifier&fyne.KeyModifierShift != 0, chars)
}

// MouseUp is part of desktop.Mouseable; the work is done in MouseDown,
// Tapped and DragEnd.
func (r *row) MouseUp(*desktop.MouseEvent) {}

// Tapped offers the highlights under the pointer, or a stripe's span, to
// the window.
func (r *row) Tapped(ev *fyne.PointEvent) {
	if !r.bound() {
		return
	}
	v := r.v
	if i := r.stripeAt(ev.Position); i >= 0 {
		v.press = press{}
		if v.OnSpansTapped != nil {
			s := v.spans[i]
			v.OnSpansTapped(s.Start, []Span{s}, ev.AbsolutePosition)
		}
		return
	}
	b, o := r.hit(ev.Position)
	v.tapped(b, o, ev.AbsolutePosition)
}

// DoubleTapped selects a word.
func (r *row) DoubleTapped(ev *fyne.PointEvent) {
	if !r.bound() {
		return
	}
	_, o := r.hit(ev.Position)
	r.v.doubleTapped(o)
}

// TappedSecondary asks the window for its coding menu; the selection is
// left alone because the menu acts on it.
func (r *row) TappedSecondary(ev *fyne.PointEvent) {
	if !r.bound() {
		return
	}
	r.v.requestFocus()
	if r.v.OnSecondaryTapped != nil {
		b, _ := r.hit(ev.Position)
		r.v.OnSecondaryTapped(b, ev.AbsolutePosition)
	}
}

// Dragged selects. The drag keeps coming to this row even when the pointer
// is over other rows, so the view resolves the absolute position.
func (r *row) Dragged(ev *fyne.DragEvent) {
	abs := ev.AbsolutePosition
	if abs.IsZero() { // test.Drag sets only the relative position
		abs = fyne.CurrentApp().Driver().AbsolutePositionForObject(r).Add(ev.Position)
	}
	r.v.dragTo(abs, ev.Dragged)
}

// Scrolled scrolls the transcript: the row, not the list's own scroller,
// is under the pointer, so a wheel notch moves the text by lines rather
// than by the list's fixed step.
func (r *row) Scrolled(ev *fyne.ScrollEvent) { r.v.scrolled(ev.Scrolled.DY) }

// DragEnd finishes a selection.
func (r *row) DragEnd() {
	r.v.dragEnd()
}

// MouseIn shows a stripe's label.
func (r *row) MouseIn(ev *desktop.MouseEvent) { r.hover(ev) }

// MouseMoved shows a stripe's label.
func (r *row) MouseMoved(ev *desktop.MouseEvent) { r.hover(ev) }

// MouseOut hides a stripe's label.
func (r *row) MouseOut() {
	r.onBar = false
	r.v.hideTip()
}

func (r *row) hover(ev *desktop.MouseEvent) {
	i := -1
	if r.bound() {
		i = r.stripeAt(ev.Position)
	}
	r.onBar = i >= 0
	if i < 0 {
		r.v.hideTip()
		return
	}
	r.v.showTip(r.v.spans[i].Label, ev.AbsolutePosition)
}

// Cursor is an I-beam over text and a pointer over stripes.
func (r *row) Cursor() desktop.Cursor {
	if r.onBar {
		return desktop.PointerCursor
	}
	return desktop.TextCursor
}
