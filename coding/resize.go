package coding

import (
	"unicode"

	"teema/message"
)

// A drag that stops a letter short, or a letter long, leaves a coding that
// starts or ends mid-word, and so does every quote and matrix cell made of
// it. The researcher moves an edge of the coding a word at a time instead
// of coding the words again.

// Edge is the end of an excerpt being moved.
type Edge int

// The two edges of an excerpt.
const (
	StartEdge Edge = iota
	EndEdge
)

// ResizeExcerpt gives a coding a new range [Start, End) of its document.
type ResizeExcerpt struct {
	ID         int64
	Start, End int
}

// Apply implements Change.
func (c ResizeExcerpt) Apply(r Repo) (Change, error) {
	old, err := r.ResizeExcerpt(c.ID, c.Start, c.End)
	if err != nil {
		return nil, err
	}
	return ResizeExcerpt{ID: c.ID, Start: old.Start, End: old.End}, nil
}

// Label implements Change.
func (c ResizeExcerpt) Label() *message.Kind { return labelResizeExcerpt }

var labelResizeExcerpt = message.New("coding resize")

// Resized is e over [start, end) of doc, under the rules of every coding
// (NewExcerpt): inside the document, not blank, not a repeat of another
// coding (existing are the document's codings; e itself is skipped).
func Resized(doc Document, book *CodeBook, e Excerpt, start, end int, existing []Excerpt) (Excerpt, error) {
	others := make([]Excerpt, 0, len(existing))
	for _, x := range existing {
		if x.ID != e.ID {
			others = append(others, x)
		}
	}
	e.Start, e.End = start, end
	return NewExcerpt(doc, book, e, others)
}

// StepWord moves one edge of [start, end) in text by a word: grow moves it
// outward over the next word, else inward past the word at the edge. The
// edge lands on a word's boundary, never in the white space or
// punctuation between words. A range that would vanish is returned as it
// was.
func StepWord(text string, start, end int, edge Edge, grow bool) (int, int) {
	rs := []rune(text)
	start, end = max(start, 0), min(end, len(rs))
	s, e := start, end
	switch {
	case edge == StartEdge && grow:
		s = wordStartBefore(rs, start)
	case edge == StartEdge:
		s = wordStartAfter(rs, start)
	case grow:
		e = wordEndAfter(rs, end)
	default:
		e = wordEndBefore(rs, end)
	}
	if s >= e {
		return start, end
	}
	return s, e
}

// isWordRune tells the letters of a word: letters, digits and the
// combining marks of decomposed text.
func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// wordEndAfter is the end of the first word that ends after i.
func wordEndAfter(rs []rune, i int) int {
	for i < len(rs) && !isWordRune(rs[i]) {
		i++
	}
	for i < len(rs) && isWordRune(rs[i]) {
		i++
	}
	return i
}

// wordStartBefore is the start of the last word that starts before i.
func wordStartBefore(rs []rune, i int) int {
	for i > 0 && !isWordRune(rs[i-1]) {
		i--
	}
	for i > 0 && isWordRune(rs[i-1]) {
		i--
	}
	return i
}

// wordEndBefore is the end of the last word that ends before i, past the
// word i is in or ends.
func wordEndBefore(rs []rune, i int) int {
	for i > 0 && isWordRune(rs[i-1]) {
		i--
	}
	for i > 0 && !isWordRune(rs[i-1]) {
		i--
	}
	return i
}

// wordStartAfter is the start of the first word that starts after i,
// past the word i is in or starts.
func wordStartAfter(rs []rune, i int) int {
	for i < len(rs) && isWordRune(rs[i]) {
		i++
	}
	for i < len(rs) && !isWordRune(rs[i]) {
		i++
	}
	return i
}
