package transcript

import (
	"image/color"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
)

// markRects are the mark's bar in the margin and its tint over the text,
// in a row's drawing.
func markRects(r *row) (bar, tint int) {
	for _, o := range test.WidgetRenderer(r).Objects() {
		rect, ok := o.(*canvas.Rectangle)
		if !ok || !rect.Visible() {
			continue
		}
		switch {
		case rect.Position().X == 0 && rect.Size().Width == markBar:
			bar++
		case rect.Position().X == margin-markPad:
			if c, ok := rect.FillColor.(color.NRGBA); ok && c.A == markAlpha {
				tint++
			}
		}
	}
	return bar, tint
}

func TestViewMarksTheStretchHeard(t *testing.T) {
	v, _ := newTestView(t, fyne.NewSize(500, 400))
	start := offsetOf(t, "H3", 0)
	end := offsetOf(t, "Haastattelija", 1) - 2
	v.SetMark(start, end)
	if s, e := v.Mark(); s != start || e != end {
		t.Fatalf("Mark %d–%d, want %d–%d", s, e, start, end)
	}
	bar, tint := markRects(rowOf(t, v, v.paraAt(start)))
	if bar != 1 || tint == 0 {
		t.Errorf("the marked turn draws %d bars and %d tints, want one bar and a tint", bar, tint)
	}
	if bar, _ := markRects(rowOf(t, v, 0)); bar != 0 {
		t.Error("the question before it is marked too")
	}
	v.SetMark(0, 0)
	if bar, tint := markRects(rowOf(t, v, v.paraAt(start))); bar != 0 || tint != 0 {
		t.Errorf("a cleared mark still draws %d bars, %d tints", bar, tint)
	}
	v.SetMark(start, end)
	v.SetText(sample, nil)
	if s, e := v.Mark(); s != e {
		t.Error("a new text keeps the old mark")
	}
}
