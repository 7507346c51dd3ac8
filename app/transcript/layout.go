package transcript

import (
	"sort"
	"unicode"
	"unicode/utf8"
)

// measureFunc returns the advance width of s in the regular or bold face.
// Layout takes it as a parameter so wrapping and hit testing can be tested
// with a fake font and so the view can put its word-width cache behind it.
type measureFunc func(s string, bold bool) float32

// piece is a word, or a part of one, placed on a line. Whitespace is never a
// piece: its position follows from the pieces around it.
type piece struct {
	start, end int // code points within the paragraph
	bs, be     int // the same range in bytes, to slice the paragraph without allocating
	x, w       float32
	bold       bool
}

// line is one wrapped line. The lines of a paragraph partition it: a line
// owns the whitespace that ends it, so every offset has exactly one line.
type line struct {
	start, end int
	pieces     []piece
}

// tabSpaces is how many space widths a tab advances; transcripts use tabs
// only after speaker labels, where a fixed gap reads well.
const tabSpaces = 4

// spaceWidth is the advance of one whitespace rune. Spaces are always
// measured in the regular face, even inside a bold label, so that layout and
// hit testing agree without knowing the style of the text around them.
func spaceWidth(r rune, measure measureFunc) float32 {
	w := measure(" ", false)
	if r == '\t' {
		return w * tabSpaces
	}
	return w
}

// wrap breaks text (one line of the transcript, without "\n") into lines no
// wider than width, breaking at whitespace, and breaking a word that is wider
// than a whole line wherever it must. The first boldEnd code points (a
// speaker label) are bold.
func wrap(text string, boldEnd int, width float32, measure measureFunc) []line {
	var lines []line
	cur := line{}
	x := float32(0)
	ri := 0 // code point index of bi
	for bi := 0; bi < len(text); {
		if r, size := utf8.DecodeRuneInString(text[bi:]); unicode.IsSpace(r) {
			x += spaceWidth(r, measure)
			bi += size
			ri++
			continue
		}

		// A word runs to the next whitespace or to the end of the bold label,
		// so that every piece has one style.
		bold := ri < boldEnd
		be, re := bi, ri
		for be < len(text) {
			r, size := utf8.DecodeRuneInString(text[be:])
			if unicode.IsSpace(r) || (bold && re == boldEnd) {
				break
			}
			be += size
			re++
		}
		w := measure(text[bi:be], bold)
		if x > 0 && x+w > width && len(cur.pieces) > 0 {
			cur.end = ri
			lines = append(lines, cur)
			cur, x = line{start: ri}, 0
		}
		for w > width-x && re-ri > 1 {
			// Too long for any line: give this line as much as fits, at
			// least one code point so that a very narrow pane still advances.
			kb, kr, kw := fitPrefix(text[bi:be], width-x, bold, measure)
			cur.pieces = append(cur.pieces, piece{start: ri, end: ri + kr, bs: bi, be: bi + kb, x: x, w: kw, bold: bold})
			bi += kb
			ri += kr
			cur.end = ri
			lines = append(lines, cur)
			cur, x = line{start: ri}, 0
			w = measure(text[bi:be], bold)
		}
		cur.pieces = append(cur.pieces, piece{start: ri, end: re, bs: bi, be: be, x: x, w: w, bold: bold})
		x += w
		bi, ri = be, re
	}
	cur.end = ri
	return append(lines, cur)
}

// fitPrefix returns the longest prefix of word (at least one code point)
// whose width is at most avail, as bytes, code points and width.
func fitPrefix(word string, avail float32, bold bool, measure measureFunc) (bytes, runes int, width float32) {
	bounds := runeBounds(word)
	n := len(bounds) - 1
	k := sort.Search(n, func(k int) bool {
		return measure(word[:bounds[k+1]], bold) > avail
	})
	if k == 0 {
		k = 1
	}
	return bounds[k], k, measure(word[:bounds[k]], bold)
}

// runeBounds returns the byte offset of every code point boundary of s,
// including 0 and len(s).
func runeBounds(s string) []int {
	b := make([]int, 0, len(s)+1)
	for i := range s {
		b = append(b, i)
	}
	return append(b, len(s))
}

// lineIndex returns the line holding offset; an offset past the end belongs
// to the last line.
func lineIndex(lines []line, offset int) int {
	i := sort.Search(len(lines), func(i int) bool { return lines[i].end > offset })
	if i == len(lines) {
		i = len(lines) - 1
	}
	return i
}

// xAt returns the x position of the boundary before code point offset on
// line l; offsets in whitespace are spaced by the width of a space.
func xAt(text string, l line, offset int, measure measureFunc) float32 {
	x, pos := float32(0), l.start
	for _, p := range l.pieces {
		if offset < p.start {
			break
		}
		if offset <= p.end {
			if offset == p.end {
				return p.x + p.w
			}
			return p.x + prefixWidth(text[p.bs:p.be], offset-p.start, p.bold, measure)
		}
		x, pos = p.x+p.w, p.end
	}
	for bi := byteOffset(text, pos); pos < offset && bi < len(text); pos++ {
		r, size := utf8.DecodeRuneInString(text[bi:])
		x += spaceWidth(r, measure)
		bi += size
	}
	return x
}

// prefixWidth is the width of the first n code points of s.
func prefixWidth(s string, n int, bold bool, measure measureFunc) float32 {
	if n <= 0 {
		return 0
	}
	i := 0
	for bi := range s {
		if i == n {
			return measure(s[:bi], bold)
		}
		i++
	}
	return measure(s, bold)
}

// byteOffset converts a code point offset within s to bytes.
func byteOffset(s string, offset int) int {
	i := 0
	for bi := range s {
		if i == offset {
			return bi
		}
		i++
	}
	return len(s)
}

// hit maps a point (relative to the text origin of a paragraph laid out in
// lines of height lineH) to the nearest code point boundary, which is where
// a click puts the caret, and to the code point under the point, which is
// what a click is "on" (-1 beyond the end of a line). Points above or below
// the paragraph fall on its first or last line.
func hit(text string, lines []line, lineH, x, y float32, measure measureFunc) (boundary, over int) {
	li := int(y / lineH)
	if y < 0 || li < 0 {
		li = 0
	}
	if li >= len(lines) {
		li = len(lines) - 1
	}
	l := lines[li]
	if len(l.pieces) == 0 {
		return l.start, -1
	}
	last := l.pieces[len(l.pieces)-1]
	if x >= last.x+last.w {
		return last.end, -1
	}
	if x < 0 {
		return l.start, -1
	}
	prevEnd, prevX := l.start, float32(0)
	for _, p := range l.pieces {
		if x < p.x {
			return hitSpace(text, prevEnd, prevX, p.start, x, measure)
		}
		if x < p.x+p.w {
			return hitWord(text[p.bs:p.be], p, x, measure)
		}
		prevEnd, prevX = p.end, p.x+p.w
	}
	return last.end, -1
}

// hitSpace resolves a point in the whitespace between two pieces.
func hitSpace(text string, from int, fromX float32, to int, x float32, measure measureFunc) (boundary, over int) {
	bi := byteOffset(text, from)
	for i := from; i < to; i++ {
		r, size := utf8.DecodeRuneInString(text[bi:])
		w := spaceWidth(r, measure)
		if x < fromX+w {
			if x < fromX+w/2 {
				return i, i
			}
			return i + 1, i
		}
		fromX += w
		bi += size
	}
	return to, to - 1
}

// hitWord resolves a point inside a piece by measuring its prefixes; words
// are short, so this is cheap and exact for proportional fonts.
func hitWord(word string, p piece, x float32, measure measureFunc) (boundary, over int) {
	left := p.x
	i := p.start
	for bi, r := range word {
		right := p.x + measure(word[:bi+utf8.RuneLen(r)], p.bold)
		if x < right {
			if x < (left+right)/2 {
				return i, i
			}
			return i + 1, i
		}
		left = right
		i++
	}
	return p.end, p.end - 1
}
