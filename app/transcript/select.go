package transcript

import (
	"time"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"

	"teema/coding"
)

// selection is where a selection was started (anchor) and where it has
// been extended to (caret). Either may come first in the text, so the pair
// is put in order before it is used.
type selection struct {
	anchor, caret int
}

// ordered returns the selection as start <= end.
func (s selection) ordered() (start, end int) {
	if s.anchor > s.caret {
		return s.caret, s.anchor
	}
	return s.anchor, s.caret
}

// press remembers the mouse button going down on the text, so that a drag
// starts exactly where the button went down and a tap knows about shift.
// chars is a drag that selects characters rather than whole words.
type press struct {
	ok    bool
	shift bool
	chars bool
}

// isWordRune tells what a double-click selects: letters, digits and the
// combining marks of decomposed text.
func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// wordAt returns the word around code point i of s, including hyphens and
// apostrophes inside it ("työ-elämä", "ei'kä"), or an empty range if i is
// not on a word.
func wordAt(s string, i int) (start, end int) {
	rs := []rune(s)
	if i < 0 || i >= len(rs) || !isWordRune(rs[i]) {
		return i, i
	}
	inner := func(k int) bool {
		if isWordRune(rs[k]) {
			return true
		}
		joiner := rs[k] == '-' || rs[k] == '\'' || rs[k] == '’'
		return joiner && k > 0 && k+1 < len(rs) && isWordRune(rs[k-1]) && isWordRune(rs[k+1])
	}
	start, end = i, i+1
	for start > 0 && inner(start-1) {
		start--
	}
	for end < len(rs) && inner(end) {
		end++
	}
	return start, end
}

// Selection returns the selected range in code points, start <= end; they
// are equal when nothing is selected.
func (v *View) Selection() (start, end int) {
	return v.sel.ordered()
}

// SetSelection selects [start, end) without calling OnSelectionChanged.
func (v *View) SetSelection(start, end int) {
	v.setSel(selection{anchor: v.clamp(start), caret: v.clamp(end)}, false)
}

func (v *View) clamp(offset int) int {
	return min(max(offset, 0), v.total)
}

// setSel changes the selection, redraws the rows it touched before and
// after, and tells the window when the selected range or the caret moved.
func (v *View) setSel(s selection, notify bool) {
	old := v.sel
	v.sel = s
	a0, b0 := old.ordered()
	a1, b1 := s.ordered()
	if old.anchor == s.anchor {
		// A drag or shift+key only changes the text between the carets.
		v.refreshRange(old.caret, s.caret)
	} else {
		v.refreshRange(min(a0, a1, old.caret), max(b0, b1, old.caret))
	}
	// A caret moved without a selection is news too: the window says
	// when that place is spoken in the recording.
	if notify && (a0 != a1 || b0 != b1) && v.OnSelectionChanged != nil {
		v.OnSelectionChanged(a1, b1)
	}
}

// extendTo moves the caret end of the selection.
func (v *View) extendTo(offset int) {
	v.setSel(selection{anchor: v.sel.anchor, caret: v.clamp(offset)}, true)
}

// collapseTo clears the selection and puts the caret at offset.
func (v *View) collapseTo(offset int) {
	o := v.clamp(offset)
	v.setSel(selection{anchor: o, caret: o}, true)
}

// selectedText is the selected part of the transcript, paragraph breaks
// included.
func (v *View) selectedText() string {
	s, e := v.sel.ordered()
	return coding.Slice(v.text, s, e)
}

// mouseDown puts the caret where the primary button went down, or extends
// the selection there with shift, before any drag or tap follows. chars
// (Alt or Ctrl held) makes a drag select characters, not whole words.
func (v *View) mouseDown(offset int, shift, chars bool) {
	v.requestFocus()
	v.press = press{ok: true, shift: shift || v.shift, chars: chars}
	if v.press.shift {
		v.extendTo(offset)
		return
	}
	v.collapseTo(offset)
}

// tapped finishes a click on the text at boundary offset, over code point
// over (-1 if past the end of a line). A click with shift only extends; a
// plain click on highlighted text offers the highlights to the window.
func (v *View) tapped(offset, over int, pos fyne.Position) {
	p := v.press
	v.press = press{}
	if !p.ok { // no MouseDown came first (touch screens, tests)
		v.mouseDown(offset, false, false)
		p = v.press
		v.press = press{}
	}
	if p.shift || over < 0 || v.OnSpansTapped == nil {
		return
	}
	if spans := v.SpansAt(over); len(spans) > 0 {
		v.OnSpansTapped(over, spans, pos)
	}
}

// doubleTapped selects the word under code point over.
func (v *View) doubleTapped(over int) {
	v.press = press{}
	v.requestFocus()
	if over < 0 || len(v.paras) == 0 {
		return
	}
	p := &v.paras[v.paraAt(over)]
	s, e := wordAt(p.text, over-p.start)
	if s < e {
		v.setSel(selection{anchor: p.start + s, caret: p.start + e}, true)
	}
}

// dragTo extends the selection to the text under an absolute position.
// The first event of a drag fixes the anchor: where the button went down if
// MouseDown told us, else where the drag started.
func (v *View) dragTo(abs fyne.Position, delta fyne.Delta) {
	if !v.dragging {
		v.dragging = true
		v.requestFocus()
		if !v.press.ok {
			o := v.offsetAtAbs(abs.Subtract(fyne.NewPos(delta.DX, delta.DY)))
			v.sel = selection{anchor: o, caret: o}
		}
		v.dragAnchor = v.sel.anchor
	}
	v.dragAbs = abs
	v.dragSelect(v.offsetAtAbs(abs))
	v.autoScroll(v.local(abs).Y)
}

// dragSelect selects from where the drag began to caret, in whole words
// unless the drag selects characters: a drag that stops a letter short or
// a letter long would otherwise code a broken word, which then shows in
// every quote and matrix made of the coding.
func (v *View) dragSelect(caret int) {
	a, c := v.dragAnchor, v.clamp(caret)
	if !v.press.chars {
		a, c = v.snapWords(a, c)
	}
	v.setSel(selection{anchor: a, caret: c}, true)
}

// snapWords widens anchor..caret, in either order, to the whole words its
// ends fall in, without the white space at its ends.
func (v *View) snapWords(anchor, caret int) (int, int) {
	if anchor == caret || len(v.paras) == 0 {
		return anchor, caret
	}
	s, e := min(anchor, caret), max(anchor, caret)
	if ws, _, ok := v.wordAround(s); ok {
		s = ws
	}
	if _, we, ok := v.wordAround(e); ok {
		e = we
	}
	for s < e && unicode.IsSpace(v.runeAt(s)) {
		s++
	}
	for e > s && unicode.IsSpace(v.runeAt(e-1)) {
		e--
	}
	if anchor > caret {
		return e, s
	}
	return s, e
}

// wordAround returns the word that boundary i is strictly inside.
func (v *View) wordAround(i int) (start, end int, ok bool) {
	p := &v.paras[v.paraAt(i)]
	local := i - p.start
	if local <= 0 || local >= p.n {
		return i, i, false
	}
	s, e := wordAt(p.text, local-1)
	if e <= local {
		return i, i, false
	}
	return p.start + s, p.start + e, true
}

// runeAt is the code point at offset; the break after a row reads as "\n".
func (v *View) runeAt(offset int) rune {
	p := &v.paras[v.paraAt(offset)]
	local := offset - p.start
	if local < 0 || local >= p.n {
		return '\n'
	}
	for i, r := range []rune(p.text) {
		if i == local {
			return r
		}
	}
	return '\n'
}

func (v *View) dragEnd() {
	v.dragging = false
	v.press = press{}
	v.autoScroll(0)
}

// local converts an absolute position to the view's coordinates.
func (v *View) local(abs fyne.Position) fyne.Position {
	return abs.Subtract(fyne.CurrentApp().Driver().AbsolutePositionForObject(v))
}

// offsetAtAbs maps an absolute position to a code point boundary. Rows are
// separate objects and a drag may leave the row it started in (or the view),
// so the position is resolved against the list's geometry, not a row's.
func (v *View) offsetAtAbs(abs fyne.Position) int {
	if v.list == nil || len(v.paras) == 0 {
		return 0
	}
	p := v.local(abs)
	y := min(max(p.Y, 0), v.list.Size().Height-1) + v.list.GetScrollOffset()
	i := v.rowAtY(y)
	y -= v.rowTops()[i]
	lines := v.layout(i)
	if y >= float32(len(lines))*v.m.lineH {
		return v.paras[i].start + v.paras[i].n // in the space below a paragraph
	}
	b, _ := hit(v.paras[i].text, lines, v.m.lineH, p.X-margin, y, v.measure)
	return v.paras[i].start + b
}

// autoScroll keeps scrolling while a drag is held above or below the view,
// dist pixels beyond its edge, so that a selection can reach text that is
// not on screen. The drag only sends events when the mouse moves.
func (v *View) autoScroll(y float32) {
	dist := float32(0)
	if v.list != nil {
		if y < 0 {
			dist = y
		} else if h := v.list.Size().Height; y > h {
			dist = y - h
		}
	}
	if dist == 0 || !v.dragging {
		if v.auto != nil {
			v.auto.stop()
			v.auto = nil
		}
		return
	}
	if v.auto == nil {
		v.auto = startAutoScroll(v)
	}
	v.auto.dist = dist
}

// autoScroller ticks on its own goroutine and scrolls on the UI goroutine.
type autoScroller struct {
	dist float32
	done chan struct{}
}

func startAutoScroll(v *View) *autoScroller {
	a := &autoScroller{done: make(chan struct{})}
	go func() {
		t := time.NewTicker(40 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-a.done:
				return
			case <-t.C:
				fyne.Do(func() {
					if v.auto != a || v.list == nil {
						return
					}
					step := min(max(a.dist, -3*v.m.lineH), 3*v.m.lineH)
					v.settle(v.list.GetScrollOffset() + step)
					v.dragSelect(v.offsetAtAbs(v.dragAbs))
				})
			}
		}
	}()
	return a
}

func (a *autoScroller) stop() { close(a.done) }

func (v *View) requestFocus() {
	if c := fyne.CurrentApp().Driver().CanvasForObject(v); c != nil && c.Focused() != v {
		c.Focus(v)
	}
}

// FocusGained shows the caret.
func (v *View) FocusGained() {
	v.focused = true
	v.refreshRange(v.sel.caret, v.sel.caret)
}

// FocusLost hides the caret.
func (v *View) FocusLost() {
	v.focused = false
	v.shift = false
	v.refreshRange(v.sel.caret, v.sel.caret)
}

// TypedRune ignores text input: the transcript is read-only here.
func (v *View) TypedRune(rune) {}

// KeyDown tracks shift, which arrives without modifiers in TypedKey.
func (v *View) KeyDown(ev *fyne.KeyEvent) {
	if ev.Name == desktop.KeyShiftLeft || ev.Name == desktop.KeyShiftRight {
		v.shift = true
	}
}

// KeyUp tracks shift.
func (v *View) KeyUp(ev *fyne.KeyEvent) {
	if ev.Name == desktop.KeyShiftLeft || ev.Name == desktop.KeyShiftRight {
		v.shift = false
	}
}

// TypedKey moves the caret with the arrow, Home and End keys, extending
// the selection while shift is down, pages with Page Up/Down, and passes
// every other key to OnKey.
func (v *View) TypedKey(ev *fyne.KeyEvent) {
	switch ev.Name {
	case fyne.KeyLeft, fyne.KeyRight, fyne.KeyUp, fyne.KeyDown, fyne.KeyHome, fyne.KeyEnd:
		o := v.moveCaret(ev.Name)
		if v.shift {
			v.extendTo(o)
		} else {
			v.collapseTo(o)
		}
		v.reveal(o)
	case fyne.KeyPageUp, fyne.KeyPageDown:
		if v.list != nil {
			step := v.list.Size().Height - 2*v.m.lineH
			if ev.Name == fyne.KeyPageUp {
				step = -step
			}
			v.settle(v.list.GetScrollOffset() + step)
		}
	case fyne.KeyEscape:
		v.collapseTo(v.sel.caret)
	default:
		if v.OnKey != nil && !isModifier(ev.Name) {
			v.OnKey(ev)
		}
	}
}

// isModifier tells the modifier keys, which the desktop driver also types
// on their own; they mean nothing to the window without another key.
func isModifier(k fyne.KeyName) bool {
	switch k {
	case desktop.KeyShiftLeft, desktop.KeyShiftRight, desktop.KeyControlLeft, desktop.KeyControlRight,
		desktop.KeyAltLeft, desktop.KeyAltRight, desktop.KeySuperLeft, desktop.KeySuperRight, desktop.KeyCapsLock:
		return true
	}
	return false
}

// moveCaret returns where a movement key takes the caret. Left and Right
// step over the blank line between paragraphs in one go, as it looks like a
// single break; Up and Down keep the caret's x.
func (v *View) moveCaret(key fyne.KeyName) int {
	c := v.sel.caret
	if len(v.paras) == 0 {
		return c
	}
	pi := v.paraAt(c)
	p := &v.paras[pi]
	switch key {
	case fyne.KeyLeft:
		if c == p.start && pi > 0 {
			return v.paras[pi-1].start + v.paras[pi-1].n
		}
		return v.clamp(min(c, p.start+p.n) - 1)
	case fyne.KeyRight:
		if c >= p.start+p.n && pi+1 < len(v.paras) {
			return v.paras[pi+1].start
		}
		return v.clamp(c + 1)
	}
	local := min(c-p.start, p.n)
	lines := v.layout(pi)
	li := lineIndex(lines, local)
	l := lines[li]
	switch key {
	case fyne.KeyHome:
		return p.start + l.start
	case fyne.KeyEnd:
		if li == len(lines)-1 {
			return p.start + p.n
		}
		if len(l.pieces) > 0 {
			return p.start + l.pieces[len(l.pieces)-1].end
		}
		return p.start + l.start
	}
	x := xAt(p.text, l, local, v.measure)
	switch {
	case key == fyne.KeyUp && li > 0:
		li--
	case key == fyne.KeyDown && li+1 < len(lines):
		li++
	case key == fyne.KeyUp && pi > 0:
		pi--
		li = len(v.layout(pi)) - 1
	case key == fyne.KeyDown && pi+1 < len(v.paras):
		pi, li = pi+1, 0
	default:
		if key == fyne.KeyUp {
			return 0
		}
		return v.total
	}
	q := &v.paras[pi]
	b, _ := hit(q.text, v.layout(pi), v.m.lineH, x, (float32(li)+0.5)*v.m.lineH, v.measure)
	return q.start + b
}

// reveal scrolls the least needed to show the line holding offset.
func (v *View) reveal(offset int) {
	if v.list == nil || len(v.paras) == 0 {
		return
	}
	pi := v.paraAt(offset)
	li := lineIndex(v.layout(pi), min(offset-v.paras[pi].start, v.paras[pi].n))
	y := v.rowTops()[pi] + float32(li)*v.m.lineH
	off, h := v.list.GetScrollOffset(), v.list.Size().Height
	switch {
	case y < off:
		v.settleAt(pi, float32(li)*v.m.lineH, false)
	case y+v.m.lineH > off+h:
		v.settleAt(pi, float32(li+1)*v.m.lineH-h, false)
	}
}

// TypedShortcut copies and selects all; other shortcuts go on to the
// window's canvas, which would not see them while the view has focus.
func (v *View) TypedShortcut(sh fyne.Shortcut) {
	switch sh.(type) {
	case *fyne.ShortcutCopy:
		if s, e := v.sel.ordered(); s < e {
			fyne.CurrentApp().Clipboard().SetContent(v.selectedText())
		}
	case *fyne.ShortcutSelectAll:
		v.setSel(selection{anchor: 0, caret: v.total}, true)
	default:
		if c, ok := fyne.CurrentApp().Driver().CanvasForObject(v).(fyne.Shortcutable); ok {
			c.TypedShortcut(sh)
		}
	}
}
