// Package units cuts a transcript into the stretches a researcher reads
// it in: sentences, speaker turns, paragraphs and the whole document. A
// search asks for words within one of them, auto-coding codes a hit's
// sentence, turn or paragraph, and a coding query asks for codes in the
// same one.
//
// The rules:
//
//   - A speaker's label ("H5:", with its colon and the spaces after it) is
//     part of no unit: it is not something anyone said, and a coded turn
//     or quote should not begin with it.
//   - A paragraph is a stretch between blank lines, as the importers write
//     a document's paragraphs.
//   - A turn is a speaker's turn (coding.ParseTurns) without its label;
//     text outside every turn (a preface) falls into turns by paragraph.
//   - A sentence ends at a line break, or after . ! ? or … (and any closing
//     quote or bracket) where the next word does not begin with a small
//     letter, so "esim. kunnat" stays one sentence.
//
// Units never hold leading or trailing white space. Offsets are code
// points, as every offset in Teema is.
package units

import (
	"sort"
	"strings"
	"unicode"

	"teema/coding"
)

// Kind names a unit of text. Hit is the words found themselves: the unit
// of an auto-coding that codes only them, and of a coding query whose
// codes must overlap.
type Kind uint8

// The units, smallest first.
const (
	Hit Kind = iota
	Sentence
	Turn
	Paragraph
	Document
)

// names are the words a user may name a unit by, English and Finnish;
// the first is the unit's own name.
var names = map[Kind][]string{
	Hit:       {"hit", "overlap", "osuma", "päällekkäin"},
	Sentence:  {"sentence", "lause"},
	Turn:      {"turn", "puheenvuoro"},
	Paragraph: {"paragraph", "kappale"},
	Document:  {"document", "dokumentti", "haastattelu", "interview"},
}

// Parse reads a unit's name, English or Finnish, in any case.
func Parse(s string) (Kind, bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	for k, ns := range names {
		for _, n := range ns {
			if s == n {
				return k, true
			}
		}
	}
	return 0, false
}

// String is the unit's English name, as Parse reads it.
func (k Kind) String() string { return names[k][0] }

// Text is a document cut into units.
type Text struct {
	chars      int
	labels     []coding.Span
	sentences  []coding.Span
	turns      []coding.Span
	paragraphs []coding.Span
}

// Of cuts a normalised text with its speaker turns into units.
func Of(text string, turns []coding.Turn) *Text {
	rs := []rune(text)
	t := &Text{chars: len(rs), labels: labels(rs, turns)}
	t.paragraphs = t.trimmed(rs, paragraphs(rs))
	t.sentences = t.trimmed(rs, sentences(rs))
	t.turns = t.trimmed(rs, turnSpans(rs, turns, t.paragraphs))
	return t
}

// Chars is the text's length in code points.
func (t *Text) Chars() int { return t.chars }

// Labels are the speaker labels, each with its colon and the spaces
// after it.
func (t *Text) Labels() []coding.Span { return t.labels }

// InLabel reports whether offset lies in a speaker's label.
func (t *Text) InLabel(offset int) bool { return find(t.labels, offset) >= 0 }

// All lists a kind's units in text order; Hit has none.
func (t *Text) All(k Kind) []coding.Span {
	switch k {
	case Sentence:
		return t.sentences
	case Turn:
		return t.turns
	case Paragraph:
		return t.paragraphs
	case Document:
		return []coding.Span{{Start: 0, End: t.chars}}
	}
	return nil
}

// Index is the number of the unit of kind k that holds offset, in All(k)
// order, and -1 when none does (white space between units, a label).
// Every offset of a text that is in a unit is in document 0.
func (t *Text) Index(k Kind, offset int) int {
	if k == Document {
		return 0
	}
	return find(t.All(k), offset)
}

// Around is the unit of kind k around s, the stretch of a hit: the unit
// that holds its start, stretched to its end if the hit runs over. A Hit,
// or a stretch in no unit, is s itself.
func (t *Text) Around(k Kind, s coding.Span) coding.Span {
	if k == Hit {
		return s
	}
	i := t.Index(k, s.Start)
	if i < 0 {
		return s
	}
	u := t.All(k)[i]
	u.End = max(u.End, s.End)
	return u
}

// Inside lists the units of kind k that lie within s: a speaker's turn
// without its label, the sentences of a passage.
func (t *Text) Inside(k Kind, s coding.Span) []coding.Span {
	var out []coding.Span
	for _, u := range t.All(k) {
		if u.Start >= s.Start && u.End <= s.End {
			out = append(out, u)
		}
	}
	return out
}

// find is the index of the span of sorted, disjoint spans that holds
// offset, or -1.
func find(spans []coding.Span, offset int) int {
	i := sort.Search(len(spans), func(i int) bool { return spans[i].End > offset })
	if i < len(spans) && spans[i].Start <= offset {
		return i
	}
	return -1
}

// trimmed takes the labels out of spans and trims white space off what
// is left, dropping what is then empty.
func (t *Text) trimmed(rs []rune, spans []coding.Span) []coding.Span {
	out := make([]coding.Span, 0, len(spans))
	for _, s := range coding.Minus(spans, t.labels) {
		for s.Start < s.End && unicode.IsSpace(rs[s.Start]) {
			s.Start++
		}
		for s.End > s.Start && unicode.IsSpace(rs[s.End-1]) {
			s.End--
		}
		if s.End > s.Start {
			out = append(out, s)
		}
	}
	return out
}
