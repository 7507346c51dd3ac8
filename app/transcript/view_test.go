package transcript

import (
	"fmt"
	"image/color"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"

	"teema/coding"
)

const sample = "Haastattelija: Miten kuvailisit työtäsi hoitajana?\n\n" +
	"H3: No, se on välillä aika raskasta – varsinkin yövuoroissa, kun ollaan kahdestaan koko osastolla. " +
	"Mutta työkaverit ovat ”ihan huippuja” ja esihenkilö tukee.\n\n" +
	"Haastattelija: Mitä tarkoitat tuella?\n\n" +
	"H3: Että voi sanoa ääneen, jos jokin ei toimi. Öisin sitä kaipaa eniten."

func newTestView(t *testing.T, size fyne.Size) (*View, fyne.Window) {
	t.Helper()
	test.NewTempApp(t)
	v := New()
	w := test.NewTempWindow(t, v)
	w.SetPadded(false)
	w.Resize(size)
	v.SetText(sample, coding.ParseTurns(sample))
	return v, w
}

// offsetOf returns the offset of the nth (0-based) occurrence of word.
func offsetOf(t *testing.T, word string, nth int) int {
	t.Helper()
	s, _, ok := coding.FindNth(sample, word, nth+1)
	if !ok {
		t.Fatalf("%q not in sample", word)
	}
	return s
}

// rowOf returns the row showing paragraph p.
func rowOf(t *testing.T, v *View, p int) *row {
	t.Helper()
	if r := v.bound[p]; r != nil && r.id == p && r.Visible() && r.Size().Height > 0 {
		return r
	}
	t.Fatalf("paragraph %d has no row", p)
	return nil
}

// at returns the row showing offset and the position, in the row, of the
// left edge of the code point at offset (plus dx), on its line's middle.
func at(t *testing.T, v *View, offset int, dx float32) (*row, fyne.Position) {
	t.Helper()
	pi := v.paraAt(offset)
	p := &v.paras[pi]
	lines := v.layout(pi)
	li := lineIndex(lines, offset-p.start)
	x := xAt(p.text, lines[li], offset-p.start, v.measure)
	return rowOf(t, v, pi), fyne.NewPos(margin+x+dx, (float32(li)+0.5)*v.m.lineH)
}

func abs(r *row, pos fyne.Position) fyne.Position {
	return fyne.CurrentApp().Driver().AbsolutePositionForObject(r).Add(pos)
}

func TestViewLaysOutVisibleRowsExactly(t *testing.T) {
	v, _ := newTestView(t, fyne.NewSize(500, 400))
	if len(v.paras) != 4 {
		t.Fatalf("%d paragraphs, want 4", len(v.paras))
	}
	if v.paras[0].boldEnd != len("Haastattelija:") || v.paras[1].boldEnd != 3 {
		t.Errorf("labels end at %d and %d", v.paras[0].boldEnd, v.paras[1].boldEnd)
	}
	for i := range v.paras {
		if v.paras[i].lines == nil {
			t.Errorf("paragraph %d not laid out", i)
		}
		if got, want := v.paras[i].height, v.exactHeight(i); got != want {
			t.Errorf("paragraph %d height %g, want %g", i, got, want)
		}
		if r := rowOf(t, v, i); r.Size().Height != v.paras[i].height {
			t.Errorf("row %d is %g high, want %g", i, r.Size().Height, v.paras[i].height)
		}
	}
	if len(v.paras[1].lines) < 2 {
		t.Errorf("long paragraph not wrapped at width %g", v.textW)
	}
}

func TestViewDragAcrossParagraphs(t *testing.T) {
	v, _ := newTestView(t, fyne.NewSize(500, 400))
	var calls [][2]int
	v.OnSelectionChanged = func(s, e int) { calls = append(calls, [2]int{s, e}) }

	start := offsetOf(t, "kuvailisit", 0)
	end := offsetOf(t, "raskasta", 0) + len("raskasta")
	r, from := at(t, v, start, 1)
	r2, to := at(t, v, end, 1)
	a0, a1 := abs(r, from), abs(r2, to)
	mid := a0.Add(fyne.NewPos(10, 0))
	r.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{AbsolutePosition: mid, Position: mid.Subtract(abs(r, fyne.Position{}))}, Dragged: fyne.NewDelta(10, 0)})
	r.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{AbsolutePosition: a1, Position: a1.Subtract(abs(r, fyne.Position{}))}, Dragged: fyne.NewDelta(a1.X-mid.X, a1.Y-mid.Y)})
	r.DragEnd()

	if s, e := v.Selection(); s != start || e != end {
		t.Fatalf("Selection() = %d, %d; want %d, %d (%q)", s, e, start, end, coding.Slice(sample, start, end))
	}
	if got := calls[len(calls)-1]; got != [2]int{start, end} {
		t.Errorf("last OnSelectionChanged%v, want %d, %d", got, start, end)
	}
	if got := v.selectedText(); !strings.HasPrefix(got, "kuvailisit") || !strings.Contains(got, "\n\nH3:") {
		t.Errorf("selected text %q", got)
	}

	// Dragging back above the anchor selects backwards, in order, without
	// the space before the anchor.
	r.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{AbsolutePosition: a0.Subtract(fyne.NewPos(60, 0))}, Dragged: fyne.NewDelta(-60, 0)})
	r.DragEnd()
	if s, e := v.Selection(); e != start-1 || s >= start {
		t.Errorf("backward Selection() = %d, %d; want ..%d", s, e, start-1)
	}
}

func TestViewDragWithMouseDown(t *testing.T) {
	v, _ := newTestView(t, fyne.NewSize(500, 400))
	start := offsetOf(t, "Mitä", 0)
	end := offsetOf(t, "ääneen", 0)
	r, from := at(t, v, start, 1)
	r.MouseDown(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: from}, Button: desktop.MouseButtonPrimary})
	r2, to := at(t, v, end, 1)
	a := abs(r2, to)
	r.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{AbsolutePosition: a}, Dragged: fyne.NewDelta(0, 40)})
	r.DragEnd()
	// The space before the word the drag stopped at is left out.
	if s, e := v.Selection(); s != start || e != end-1 {
		t.Errorf("Selection() = %d, %d; want %d, %d", s, e, start, end-1)
	}
}

// drag presses the primary button at offset from (plus dx), with mods held,
// and drags to offset to (plus dx); it returns the selected text.
func drag(t *testing.T, v *View, from, to int, dx float32, mods fyne.KeyModifier) string {
	t.Helper()
	r, p := at(t, v, from, dx)
	r.MouseDown(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: p}, Button: desktop.MouseButtonPrimary, Modifier: mods})
	r2, p2 := at(t, v, to, dx)
	r.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{AbsolutePosition: abs(r2, p2)}, Dragged: fyne.NewDelta(0, 10)})
	r.DragEnd()
	return v.selectedText()
}

// TestViewDragSnapsToWholeWords: a drag that starts and stops inside words
// selects them whole, in either direction (issue 16: excerpts began
// "öllistämisessä…" and ended "…minimi! E"); with Alt or Ctrl it selects
// exactly the characters.
func TestViewDragSnapsToWholeWords(t *testing.T) {
	v, _ := newTestView(t, fyne.NewSize(500, 400))
	from := offsetOf(t, "kuvailisit", 0) + 3
	to := offsetOf(t, "raskasta", 0) + 2
	want := coding.Slice(sample, from-3, to+6)
	if got := drag(t, v, from, to, 1, 0); got != want {
		t.Errorf("forward drag selected %q, want %q", got, want)
	}
	if got := drag(t, v, to, from, 1, 0); got != want {
		t.Errorf("backward drag selected %q, want %q", got, want)
	}
	if got := drag(t, v, from, to, 1, fyne.KeyModifierAlt); got != coding.Slice(sample, from, to) {
		t.Errorf("Alt+drag selected %q, want the characters %q", got, coding.Slice(sample, from, to))
	}
	if got := drag(t, v, from, to, 1, fyne.KeyModifierControl); got != coding.Slice(sample, from, to) {
		t.Errorf("Ctrl+drag selected %q", got)
	}
}

// TestViewWheelScrollsLines: one notch of the mouse wheel moves the text by
// about three lines, not by the list's 25 px.
func TestViewWheelScrollsLines(t *testing.T) {
	test.NewTempApp(t)
	text, turns := longTranscript(2000)
	v := New()
	w := test.NewTempWindow(t, v)
	w.SetPadded(false)
	w.Resize(fyne.NewSize(600, 400))
	v.SetText(text, turns)
	before := v.list.GetScrollOffset()
	test.Scroll(w.Canvas(), fyne.NewPos(200, 100), 0, -wheelNotch)
	moved := v.list.GetScrollOffset() - before
	if want := wheelLines * v.m.lineH; moved < want-1 || moved > want+1 {
		t.Errorf("a wheel notch scrolled %g px, want %g (%d lines)", moved, want, wheelLines)
	}
	test.Scroll(w.Canvas(), fyne.NewPos(200, 100), 0, wheelNotch)
	if off := v.list.GetScrollOffset(); off != before {
		t.Errorf("scrolling back left the offset at %g, want %g", off, before)
	}
}

func TestViewDoubleTapSelectsWord(t *testing.T) {
	v, _ := newTestView(t, fyne.NewSize(500, 400))
	var got [2]int
	v.OnSelectionChanged = func(s, e int) { got = [2]int{s, e} }
	word := offsetOf(t, "työkaverit", 0)
	r, pos := at(t, v, word+3, 2)
	r.DoubleTapped(&fyne.PointEvent{Position: pos})
	want := [2]int{word, word + len([]rune("työkaverit"))}
	if s, e := v.Selection(); [2]int{s, e} != want || got != want {
		t.Errorf("Selection() = %d, %d, callback %v; want %v", s, e, got, want)
	}
}

func TestViewShiftTapExtends(t *testing.T) {
	v, _ := newTestView(t, fyne.NewSize(500, 400))
	from := offsetOf(t, "raskasta", 0)
	to := offsetOf(t, "kahdestaan", 0)
	r, p := at(t, v, from, 1)
	test.TapAt(r, p)
	if s, e := v.Selection(); s != from || e != from {
		t.Fatalf("after tap Selection() = %d, %d; want %d twice", s, e, from)
	}
	r2, p2 := at(t, v, to, 1)
	r2.MouseDown(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: p2}, Button: desktop.MouseButtonPrimary, Modifier: fyne.KeyModifierShift})
	r2.Tapped(&fyne.PointEvent{Position: p2})
	if s, e := v.Selection(); s != from || e != to {
		t.Errorf("after shift+tap Selection() = %d, %d; want %d, %d", s, e, from, to)
	}

	// A plain tap clears it again.
	test.TapAt(r, p)
	if s, e := v.Selection(); s != e {
		t.Errorf("after plain tap Selection() = %d, %d", s, e)
	}
}

func TestViewKeyboardSelection(t *testing.T) {
	v, w := newTestView(t, fyne.NewSize(500, 400))
	start := offsetOf(t, "Miten", 0)
	r, p := at(t, v, start, 1)
	test.TapAt(r, p)
	if w.Canvas().Focused() != v {
		t.Fatal("tap did not focus the view")
	}
	var got [2]int
	v.OnSelectionChanged = func(s, e int) { got = [2]int{s, e} }
	shift := &fyne.KeyEvent{Name: desktop.KeyShiftLeft}
	v.KeyDown(shift)
	v.TypedKey(&fyne.KeyEvent{Name: fyne.KeyRight})
	if s, e := v.Selection(); s != start || e != start+1 || got != [2]int{start, start + 1} {
		t.Fatalf("shift+right: Selection() = %d, %d, callback %v", s, e, got)
	}
	v.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEnd})
	if _, e := v.Selection(); e != v.paras[0].n {
		t.Errorf("shift+end: end %d, want %d", e, v.paras[0].n)
	}
	v.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown})
	if _, e := v.Selection(); v.paraAt(e) != 1 {
		t.Errorf("shift+down: end %d is not in the next paragraph", e)
	}
	v.TypedKey(&fyne.KeyEvent{Name: fyne.KeyHome})
	if _, e := v.Selection(); e != v.paras[1].start {
		t.Errorf("shift+home: end %d, want %d", e, v.paras[1].start)
	}
	v.KeyUp(shift)
	v.TypedKey(&fyne.KeyEvent{Name: fyne.KeyLeft})
	if s, e := v.Selection(); s != e || s != v.paras[0].n {
		t.Errorf("left: Selection() = %d, %d; want the end of paragraph 0", s, e)
	}

	var keys []fyne.KeyName
	v.OnKey = func(ev *fyne.KeyEvent) bool { keys = append(keys, ev.Name); return true }
	v.TypedKey(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
	v.TypedKey(&fyne.KeyEvent{Name: fyne.Key3})
	if len(keys) != 1 || keys[0] != fyne.Key3 {
		t.Errorf("OnKey got %q, want only 3", keys)
	}
}

func TestViewShortcuts(t *testing.T) {
	v, _ := newTestView(t, fyne.NewSize(500, 400))
	v.TypedShortcut(&fyne.ShortcutSelectAll{})
	if s, e := v.Selection(); s != 0 || e != coding.RuneLen(sample) {
		t.Fatalf("select all: %d, %d", s, e)
	}
	v.SetSelection(offsetOf(t, "Öisin", 0), offsetOf(t, "Öisin", 0)+5)
	v.TypedShortcut(&fyne.ShortcutCopy{})
	if got := fyne.CurrentApp().Clipboard().Content(); got != "Öisin" {
		t.Errorf("copied %q", got)
	}
}

func TestViewTapOnHighlight(t *testing.T) {
	v, _ := newTestView(t, fyne.NewSize(500, 400))
	start := offsetOf(t, "työkaverit", 0)
	span := Span{ID: 7, CodeID: 3, Start: start, End: start + 20, Color: color.NRGBA{R: 0xd0, G: 0x30, B: 0x30, A: 0xff}, Label: "Tuki/Työyhteisö"}
	other := Span{ID: 8, CodeID: 4, Start: 0, End: 5, Color: color.NRGBA{G: 0x90, B: 0xff, A: 0xff}}
	v.SetSpans([]Span{span, other})
	var tapped []Span
	var at0 int
	v.OnSpansTapped = func(offset int, spans []Span, pos fyne.Position) { at0, tapped = offset, spans }

	r, p := at(t, v, start+4, 2)
	test.TapAt(r, p)
	if len(tapped) != 1 || tapped[0].ID != 7 || at0 != start+4 {
		t.Fatalf("OnSpansTapped(%d, %+v); want span 7 at %d", at0, tapped, start+4)
	}

	tapped = nil
	r, p = at(t, v, offsetOf(t, "esihenkilö", 0), 2)
	test.TapAt(r, p)
	if tapped != nil {
		t.Errorf("tap on plain text gave %+v", tapped)
	}

	// The stripe in the margin offers the span too.
	r = rowOf(t, v, 1)
	if len(r.stripes) != 1 {
		t.Fatalf("row 1 has %d stripes", len(r.stripes))
	}
	s := r.stripes[0]
	test.TapAt(r, fyne.NewPos((s.x0+s.x1)/2, (s.y0+s.y1)/2))
	if len(tapped) != 1 || tapped[0].ID != 7 {
		t.Errorf("stripe tap gave %+v", tapped)
	}
}

func TestViewDrawsHighlightBehindText(t *testing.T) {
	v, _ := newTestView(t, fyne.NewSize(500, 400))
	start := offsetOf(t, "välillä", 0)
	red := color.NRGBA{R: 0xd0, G: 0x30, B: 0x30, A: 0xff}
	v.SetSpans([]Span{{ID: 1, Start: start, End: start + len([]rune("välillä")), Color: red}})

	r, pos := at(t, v, start, 0)
	objs := test.WidgetRenderer(r).Objects()
	fill, text := -1, -1
	for i, o := range objs {
		switch o := o.(type) {
		case *canvas.Rectangle:
			if o.FillColor == translucent(red) && o.Position().X == pos.X && o.Size().Width > 0 {
				fill = i
			}
		case *canvas.Text:
			if strings.Contains(o.Text, "välillä") && text < 0 {
				text = i
			}
		}
	}
	if fill < 0 || text < 0 || fill > text {
		t.Errorf("highlight at %d, text at %d; want a highlight before the text", fill, text)
	}
	underlined, striped := false, false
	for _, o := range objs {
		if rect, ok := o.(*canvas.Rectangle); ok && rect.FillColor == red {
			underlined = underlined || rect.Size().Height == underline
			striped = striped || rect.Position().X < margin
		}
	}
	if !underlined || !striped {
		t.Errorf("underline %v, stripe %v", underlined, striped)
	}

	// SetSpans keeps the selection.
	v.SetSelection(3, 9)
	v.SetSpans(nil)
	if s, e := v.Selection(); s != 3 || e != 9 {
		t.Errorf("SetSpans changed the selection to %d, %d", s, e)
	}
}

func TestSpansAt(t *testing.T) {
	v, _ := newTestView(t, fyne.NewSize(500, 400))
	p1 := v.paras[1].start
	v.SetSpans([]Span{
		{ID: 1, Start: p1 + 5, End: p1 + 30, Color: color.Black},
		{ID: 2, Start: p1 + 10, End: v.paras[3].start + 4, Color: color.White},
		{ID: 3, Start: 0, End: 3, Color: color.Black},
	})
	ids := func(spans []Span) (out []int64) {
		for _, s := range spans {
			out = append(out, s.ID)
		}
		return out
	}
	for offset, want := range map[int][]int64{
		0: {3}, 3: nil, p1 + 5: {1}, p1 + 12: {1, 2}, p1 + 30: {2},
		v.paras[2].start: {2}, v.paras[3].start + 3: {2}, v.paras[3].start + 4: nil,
	} {
		if got := ids(v.SpansAt(offset)); fmtIDs(got) != fmtIDs(want) {
			t.Errorf("SpansAt(%d) = %v, want %v", offset, got, want)
		}
	}
	if v.lanes[0] == v.lanes[1] && v.spans[0].End > v.spans[1].Start {
		t.Errorf("overlapping spans share lane %d", v.lanes[0])
	}
}

func fmtIDs(ids []int64) string {
	return strings.Trim(fmt.Sprint(ids), "[]")
}

func TestViewSecondaryTap(t *testing.T) {
	v, _ := newTestView(t, fyne.NewSize(500, 400))
	v.SetSelection(2, 8)
	got := -1
	v.OnSecondaryTapped = func(offset int, pos fyne.Position) { got = offset }
	o := offsetOf(t, "tuella", 0)
	r, p := at(t, v, o, 1)
	test.TapSecondaryAt(r, p)
	if got != o {
		t.Errorf("OnSecondaryTapped(%d), want %d", got, o)
	}
	if s, e := v.Selection(); s != 2 || e != 8 {
		t.Errorf("right-click changed the selection to %d, %d", s, e)
	}
}

func TestViewScrollToLongTranscript(t *testing.T) {
	test.NewTempApp(t)
	text, turns := longTranscript(20000)
	v := New()
	w := test.NewTempWindow(t, v)
	w.SetPadded(false)
	w.Resize(fyne.NewSize(600, 400))
	v.SetText(text, turns)

	target := v.paras[200].start + 30
	v.ScrollTo(target)
	off, h := v.list.GetScrollOffset(), v.list.Size().Height
	tops := v.rowTops()
	if y := tops[200]; y+v.m.lineH < off || y > off+h {
		t.Fatalf("paragraph 200 at %g, view shows %g..%g", y, off, off+h)
	}
	for i := v.rowAtY(off); i < len(v.paras) && tops[i] < off+h; i++ {
		if v.paras[i].height != v.exactHeight(i) {
			t.Errorf("visible row %d has estimated height", i)
		}
		rowOf(t, v, i)
	}
	v.Flash(target, target+10)

	// Resizing rewraps and keeps the same paragraph in view.
	first := v.rowAtY(off)
	w.Resize(fyne.NewSize(400, 400))
	if got := v.rowAtY(v.list.GetScrollOffset()); got < first-1 || got > first+1 {
		t.Errorf("after resize row %d is at the top, want about %d", got, first)
	}
}

func TestViewSetTextBeforeShown(t *testing.T) {
	test.NewTempApp(t)
	v := New()
	v.SetText(sample, coding.ParseTurns(sample))
	v.SetSpans([]Span{{ID: 1, Start: 0, End: 5, Color: color.Black}})
	v.SetSelection(2, 4)
	w := test.NewTempWindow(t, v)
	w.SetPadded(false)
	w.Resize(fyne.NewSize(500, 400))
	if r := rowOf(t, v, 0); len(r.stripes) != 1 {
		t.Errorf("row 0 has %d stripes", len(r.stripes))
	}
	if s, e := v.Selection(); s != 2 || e != 4 {
		t.Errorf("Selection() = %d, %d", s, e)
	}

	// A second document replaces the first, its highlights and selection.
	const other = "H1: Toinen haastattelu.\n\nHaastattelija: Kiitos."
	v.SetText(other, coding.ParseTurns(other))
	if len(v.paras) != 2 || v.SpansAt(1) != nil {
		t.Fatalf("%d paragraphs, spans %v", len(v.paras), v.SpansAt(1))
	}
	if s, e := v.Selection(); s != 0 || e != 0 {
		t.Errorf("Selection() = %d, %d after SetText", s, e)
	}
	rowOf(t, v, 1)
}

func TestViewRowPerLine(t *testing.T) {
	test.NewTempApp(t)
	const text = "H1: Ensimmäinen rivi.\nH2: Toinen rivi.\n\nH1: Uusi kappale."
	v := New()
	w := test.NewTempWindow(t, v)
	w.SetPadded(false)
	w.Resize(fyne.NewSize(500, 400))
	v.SetText(text, coding.ParseTurns(text))
	if len(v.paras) != 3 {
		t.Fatalf("%d rows, want 3", len(v.paras))
	}
	// Labels are bold where the turns say a turn starts: a turn may start
	// on any line, not only after a blank line.
	for i, want := range []struct {
		start, label int
		gap          bool
	}{{0, 3, false}, {22, 3, true}, {40, 3, false}} {
		if p := v.paras[i]; p.start != want.start || p.gap != want.gap || p.boldEnd != want.label {
			t.Errorf("row %d: start %d gap %v label %d; want %+v", i, p.start, p.gap, p.boldEnd, want)
		}
	}
	if got := coding.Slice(text, v.paras[2].start, v.paras[2].start+v.paras[2].n); got != "H1: Uusi kappale." {
		t.Errorf("row 2 is %q", got)
	}
	if v.paras[0].height >= v.paras[1].height {
		t.Errorf("a line break (%g) should be tighter than a paragraph break (%g)", v.paras[0].height, v.paras[1].height)
	}
}
