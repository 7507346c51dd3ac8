package importer

import (
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A PDF has no paragraphs, only glyphs at positions. These functions rebuild
// lines from glyphs sharing a baseline, and paragraphs from the gaps between
// lines, for the single-column layout of a transcript.

type line struct {
	x0, x1    float64 // left and right end of the ink, in points
	y, size   float64
	firstWord float64 // width of the first word, in points
	text      string
}

// pageLines groups a page's glyphs into lines, top to bottom.
func pageLines(gs []glyph) []line {
	sort.SliceStable(gs, func(i, j int) bool { return gs[i].y > gs[j].y })
	var lines []line
	for start := 0; start < len(gs); {
		end := start + 1
		tol := 0.35 * max(gs[start].size, 1)
		for end < len(gs) && gs[start].y-gs[end].y <= tol {
			end++
		}
		if l, ok := makeLine(gs[start:end]); ok {
			lines = append(lines, l)
		}
		start = end
	}
	return dropPageNumbers(lines)
}

// makeLine orders the glyphs of one baseline left to right and puts a space
// where the gap between two glyphs is wider than letter spacing: many PDF
// writers position words instead of drawing space characters.
func makeLine(gs []glyph) (line, bool) {
	sort.SliceStable(gs, func(i, j int) bool { return gs[i].x < gs[j].x })
	var (
		b    strings.Builder
		l    line
		prev *glyph
		ink  bool // a non-space glyph has been written
		word = true
	)
	for i := range gs {
		g := &gs[i]
		size := max(g.size, 1)
		if prev != nil && g.s == prev.s && abs(g.x-prev.x) < 0.1*size {
			continue // drawn twice to fake bold
		}
		if g.space {
			if ink {
				b.WriteByte(' ')
				word = false
			}
			prev = g
			continue
		}
		if prev != nil && ink && !prev.space && g.x-(prev.x+prev.w) > 0.2*size {
			b.WriteByte(' ')
			word = false
		}
		if !ink {
			l.x0, l.y, l.size = g.x, g.y, size
			ink = true
		}
		b.WriteString(g.s)
		l.x1 = g.x + g.w
		if word {
			l.firstWord = l.x1 - l.x0
		}
		l.size = max(l.size, size)
		prev = g
	}
	l.text = strings.TrimRight(b.String(), " ")
	return l, ink
}

func abs(x float64) float64 { return max(x, -x) }

var pageNumber = regexp.MustCompile(`^(?i)(sivu|page|s\.|p\.)?\s*[-–]?\s*\d{1,4}\s*[-–]?\s*((/|of|\(?kautta)\s*\d{1,4}\)?)?$`)

// dropPageNumbers removes a bare page number at the top or bottom of a page,
// which would otherwise split a paragraph that runs over a page break.
func dropPageNumbers(lines []line) []line {
	if len(lines) < 2 {
		return lines
	}
	if pageNumber.MatchString(lines[len(lines)-1].text) {
		lines = lines[:len(lines)-1]
	}
	if pageNumber.MatchString(lines[0].text) {
		lines = lines[1:]
	}
	return lines
}

// layoutText joins the lines of all pages into paragraphs. A new paragraph
// starts where the space between two lines is clearly larger than the
// tightest line spacing in the document. Without such a gap, a line that
// ended although the next line's first word would have fitted on it was
// broken on purpose: on the same page that is a line break inside the
// paragraph, at a page break it ends the paragraph. Other line ends are
// soft wraps, joined with a space or, after a hyphen, as wrapJoin decides.
func layoutText(doc [][]line) string {
	words := wordSet(doc)
	spacing := tightestSpacing(doc)
	edge := rightEdge(doc)
	var (
		paras []string
		cur   []byte
		prev  *line
	)
	for _, lines := range doc {
		samePage := false
		for i := range lines {
			l := &lines[i]
			switch {
			case prev == nil:
			case samePage && (prev.y-l.y)/max(prev.size, l.size) > spacing*1.3, samePage && l.y > prev.y:
				paras, cur = append(paras, string(cur)), cur[:0]
			case !endsHyphenated(prev.text) && prev.x1+0.3*prev.size+l.firstWord <= edge:
				if samePage {
					cur = append(cur, '\n')
				} else {
					paras, cur = append(paras, string(cur)), cur[:0]
				}
			default:
				drop, sep := wrapJoin(prev.text, l.text, words)
				cur = append(cur[:len(cur)-drop], sep...)
			}
			cur = append(cur, l.text...)
			prev, samePage = l, true
		}
	}
	if prev != nil {
		paras = append(paras, string(cur))
	}
	return strings.Join(paras, "\n\n")
}

// endsHyphenated reports a line ending in a hyphen right after a letter or
// digit: such a line was wrapped, whatever space is left on it.
func endsHyphenated(s string) bool {
	head, ok := strings.CutSuffix(s, "-")
	if !ok {
		return strings.HasSuffix(s, "\u00AD")
	}
	r, _ := utf8.DecodeLastRuneInString(head)
	return isWordRune(r)
}

// rightEdge approximates the right margin by the longest line of the
// document: on a single page a transcript may have no full line at all.
func rightEdge(doc [][]line) float64 {
	var e float64
	for _, lines := range doc {
		for _, l := range lines {
			e = max(e, l.x1)
		}
	}
	return e
}

// tightestSpacing is the smallest baseline distance between neighbouring
// lines of a page, in font sizes: the spacing of lines inside a paragraph.
func tightestSpacing(doc [][]line) float64 {
	best := 0.0
	for _, lines := range doc {
		for i := 1; i < len(lines); i++ {
			r := (lines[i-1].y - lines[i].y) / max(lines[i-1].size, lines[i].size)
			if r >= 0.8 && (best == 0 || r < best) {
				best = r
			}
		}
	}
	if best == 0 {
		return 1.2
	}
	return best
}

// wrapJoin decides how a soft-wrapped line ending in last continues with
// next: drop bytes are cut from the end of the paragraph (a hyphen) and sep
// goes between. A word broken with a hyphen is joined without it only if
// the whole word occurs somewhere in the document, so "asiakas-" +
// "kokemus" becomes "asiakaskokemus" while "HR-" + "yksikkö" stays
// "HR-yksikkö".
func wrapJoin(last, next string, words map[string]bool) (drop int, sep string) {
	if strings.HasSuffix(last, "\u00AD") {
		return len("\u00AD"), ""
	}
	head, ok := strings.CutSuffix(last, "-")
	if !ok {
		return 0, " "
	}
	before, _ := utf8.DecodeLastRuneInString(head)
	after, _ := utf8.DecodeRuneInString(next)
	if !isWordRune(before) || !isWordRune(after) {
		return 0, " "
	}
	right := next[:strings.IndexFunc(next+" ", func(r rune) bool { return !isWordRune(r) })]
	if unicode.IsLower(after) && unicode.IsLetter(before) && knownWord(lastWord(head), right, words) {
		return 1, ""
	}
	return 0, ""
}

// knownWord reports whether left+right, or an inflected form sharing its
// stem, is a word of the document. Finnish inflects: "asiakas-kokemuksen"
// is confirmed by "asiakaskokemus" elsewhere.
func knownWord(left, right string, words map[string]bool) bool {
	w := strings.ToLower(left + right)
	if words[w] {
		return true
	}
	runes := []rune(w)
	stem := string(runes[:min(len(runes), utf8.RuneCountInString(left)+min(utf8.RuneCountInString(right), 4))])
	for word := range words {
		if strings.HasPrefix(word, stem) {
			return true
		}
	}
	return false
}

func lastWord(s string) string {
	i := strings.LastIndexFunc(s, func(r rune) bool { return !isWordRune(r) })
	if i < 0 {
		return s
	}
	_, n := utf8.DecodeRuneInString(s[i:])
	return s[i+n:]
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// wordSet holds every word of the document in lower case, split at
// anything that is not a letter or digit, hyphens included.
func wordSet(doc [][]line) map[string]bool {
	words := map[string]bool{}
	for _, lines := range doc {
		for _, l := range lines {
			for _, w := range strings.FieldsFunc(l.text, func(r rune) bool { return !isWordRune(r) }) {
				words[strings.ToLower(w)] = true
			}
		}
	}
	return words
}
