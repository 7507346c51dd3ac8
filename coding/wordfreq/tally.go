package wordfreq

import (
	"encoding/binary"
	"errors"
	"slices"
	"unicode/utf8"

	"teema/coding"
)

// A Tally is one document's tokens counted once, so that a later count of
// the whole document, or of some of its speakers, reads a few thousand
// distinct tokens with their counts instead of reading and tokenising the
// text again: the text is most of what a count reads, and tokenising it
// most of what it computes. A project keeps its documents' tallies (store)
// and drops a tally when its document's text changes.
//
// A tally is made for one tokenisation (TallyMode) and holds the
// document's detected language and its text cut into parts: the text
// outside speaker turns, and for each speaker the words of their turns
// and, apart, the turns' labels ("H5:"). Every scope except coded text is
// a choice of parts (Selection.FromTally), and the parts add up to exactly
// what counting the text with the same scope gives: a token belongs to the
// part its first letter is in, as with Text.Ranges.
//
// MakeTally writes each token out ("loose"); a kept tally is packed
// (TallyWords.Pack): its tokens are numbers in the project's list of
// tally words, so a count reads each distinct word of the project once,
// not once per document, and adds counts by number.
//
// The encoding: a version byte, the mode, the language, whether the
// document has turns, loose (0) or packed (1), the number of parts, then
// per part its kind, its speaker and its tokens, each as length, bytes
// and count (loose) or as the difference from the previous token's number
// and count (packed, in number order). Lengths, numbers and counts are
// unsigned varints.
type Tally []byte

// tallyVersion changes whenever tokenising, detecting a language or the
// encoding changes: a tally of another version is not used, and the
// document is counted from its text again.
const tallyVersion = 2

const (
	partOutside byte = iota // text outside any turn
	partWords               // a speaker's turns, labels left out
	partLabels              // the labels of a speaker's turns
)

const (
	loose  byte = 0
	packed byte = 1
)

var errBadTally = errors.New("wordfreq: malformed tally")

// TallyMode names the tokenisation of o, the key a tally is kept under:
// tokens with and without numbers, or plain tokens, are different tallies.
func TallyMode(o Options) int {
	m := 0
	if o.Numbers {
		m |= 1
	}
	if o.PlainTokens {
		m |= 2
	}
	return m
}

// MakeTally tallies a document loaded with its text and turns for the
// tokenisation mode.
func MakeTally(doc coding.Document, mode int) Tally {
	tok := tokenizer{numbers: mode&1 != 0, plain: mode&2 != 0}
	chars := utf8.RuneCountInString(doc.Text)
	labels := coding.Union(labelRanges(doc.Text, doc.Turns))

	type part struct {
		kind    byte
		speaker string
		ranges  []Range
	}
	parts := []*part{{kind: partOutside, ranges: outside(doc.Turns, chars)}}
	bySpeaker := map[string][2]*part{}
	sorted := slices.IsSortedFunc(doc.Turns, func(a, b coding.Turn) int { return a.Start - b.Start })
	first := 0 // the first label that may meet the turn, when turns are in order
	for _, t := range doc.Turns {
		ps, ok := bySpeaker[t.Speaker]
		if !ok {
			ps = [2]*part{{kind: partWords, speaker: t.Speaker}, {kind: partLabels, speaker: t.Speaker}}
			bySpeaker[t.Speaker] = ps
			parts = append(parts, ps[0], ps[1])
		}
		near := labels
		if sorted {
			for first < len(labels) && labels[first].End <= t.Start {
				first++
			}
			last := first
			for last < len(labels) && labels[last].Start < t.End {
				last++
			}
			near = labels[first:last]
		}
		turn := []Range{{Start: t.Start, End: t.End}}
		ps[0].ranges = append(ps[0].ranges, coding.Minus(turn, near)...)
		ps[1].ranges = append(ps[1].ranges, coding.Intersect(turn, near)...)
	}

	b := []byte{tallyVersion, byte(mode), byte(DetectLang(doc.Text)), 0, loose}
	if len(doc.Turns) > 0 {
		b[3] = 1
	}
	kept := parts[:0]
	for _, p := range parts {
		if p.ranges = coding.Union(p.ranges); coding.Length(p.ranges) > 0 {
			kept = append(kept, p)
		}
	}
	b = binary.AppendUvarint(b, uint64(len(kept)))
	var cps []int
	for _, p := range kept {
		for _, r := range p.ranges {
			cps = append(cps, r.Start, r.End)
		}
	}
	at := byteOffsets(doc.Text, cps)
	table := newTokenTable()
	var counts []uint64 // by id in table
	for _, p := range kept {
		table.reset()
		counts = counts[:0]
		for _, r := range p.ranges {
			tok.scan(doc.Text, at[r.Start], at[r.End], func(t []byte, _ int, h uint64) {
				id, isNew := find(&table, t, h)
				if isNew {
					counts = append(counts, 0)
				}
				counts[id]++
			})
		}
		b = append(b, p.kind)
		b = appendString(b, p.speaker)
		b = binary.AppendUvarint(b, uint64(len(table.texts)))
		for id, t := range table.texts {
			b = appendString(b, t)
			b = binary.AppendUvarint(b, counts[id])
		}
	}
	return b
}

// byteOffsets maps code-point offsets of s to byte offsets, in one pass.
func byteOffsets(s string, cps []int) map[int]int {
	slices.Sort(cps)
	at := make(map[int]int, len(cps))
	c := cursor{s: s}
	for _, want := range cps {
		at[want] = c.advance(want)
	}
	return at
}

func appendString(b []byte, s string) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

// tallyPart is one part of a decoded tally; tokens is still encoded.
type tallyPart struct {
	kind    byte
	speaker string
	packed  bool
	tokens  []byte
	n       int
}

// tallyHeader is what a tally says before its parts.
type tallyHeader struct {
	lang     Lang
	hasTurns bool
	format   byte
}

// decodeTally checks a tally (a packed one against words) and finds its
// parts.
func decodeTally(t Tally, mode int, words *TallyWords) (h tallyHeader, parts []tallyPart, err error) {
	if len(t) < 5 || t[0] != tallyVersion || int(t[1]) != mode || Lang(t[2]) >= numLangs || t[4] > packed ||
		t[4] == packed && words == nil {
		return h, nil, errBadTally
	}
	h = tallyHeader{lang: Lang(t[2]), hasTurns: t[3] == 1, format: t[4]}
	r := reader{b: t[5:]}
	nparts := r.uvarint()
	for i := uint64(0); i < nparts && r.err == nil; i++ {
		p := tallyPart{kind: r.byte(), speaker: string(r.bytes()), packed: h.format == packed}
		n := r.uvarint()
		start := r.b
		id := uint64(0)
		for k := uint64(0); k < n && r.err == nil; k++ {
			if p.packed {
				if id += r.uvarint(); id >= uint64(words.Len()) {
					r.err = errBadTally
				}
			} else {
				r.bytes()
			}
			r.uvarint()
		}
		if r.err == nil {
			p.tokens, p.n = start[:len(start)-len(r.b)], int(n)
			parts = append(parts, p)
		}
	}
	if r.err == nil && len(r.b) > 0 {
		r.err = errBadTally
	}
	return h, parts, r.err
}

// reader reads a tally, remembering the first error.
type reader struct {
	b   []byte
	err error
}

func (r *reader) uvarint() uint64 {
	v, n := binary.Uvarint(r.b)
	if n <= 0 {
		r.err, r.b = errBadTally, nil
		return 0
	}
	r.b = r.b[n:]
	return v
}

func (r *reader) byte() byte {
	if len(r.b) == 0 {
		r.err = errBadTally
		return 0
	}
	c := r.b[0]
	r.b = r.b[1:]
	return c
}

func (r *reader) bytes() []byte {
	n := r.uvarint()
	if n > uint64(len(r.b)) {
		r.err, r.b = errBadTally, nil
		return nil
	}
	s := r.b[:n]
	r.b = r.b[n:]
	return s
}

// next reads the next entry of a token list checked by decodeTally: the
// token's bytes (loose) or its number (packed, prev the number before),
// and its count.
func (p *tallyPart) next(b []byte, prev int) (rest []byte, tok []byte, id int, count int32) {
	if p.packed {
		d, k := binary.Uvarint(b)
		id, b = prev+int(d), b[k:]
	} else {
		l, k := binary.Uvarint(b)
		tok, b = b[k:k+int(l)], b[k+int(l):]
	}
	c, k := binary.Uvarint(b)
	return b[k:], tok, id, int32(c)
}

// fnv is the tokenizer's hash of a token.
func fnv[T string | []byte](tok T) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(tok); i++ {
		h = (h ^ uint64(tok[i])) * fnvPrime
	}
	return h
}

// UsesTallies tells whether the selection can be counted from tallies:
// every scope but coded text is whole parts of documents.
func (sel *Selection) UsesTallies() bool { return len(sel.scope.Codes) == 0 }

// FromTally is Text for a document's tally (numbering its tokens in
// words, if packed): the parts of it in scope, for Counter.Add. ok is
// false when nothing of the document is in scope; err tells that the tally
// is not one of this Teema for mode, and the document must be counted
// from its text.
func (sel *Selection) FromTally(d coding.DocumentInfo, t Tally, words *TallyWords, mode int) (text Text, ok bool, err error) {
	h, parts, err := decodeTally(t, mode, words)
	if err != nil {
		return Text{}, false, err
	}
	s := sel.scope
	text = Text{DocID: d.ID, Lang: sel.langOf(d.ID, d.Attributes)}
	if h.format == packed {
		text.words = words
	}
	if text.Lang == Auto {
		text.Lang = h.lang
	}
	bySpeaker := len(s.Speakers) > 0 || s.NoInterviewer
	whole := !bySpeaker && (s.Labels || !h.hasTurns)
	for _, p := range parts {
		keep := false
		switch p.kind {
		case partOutside:
			keep = len(s.Speakers) == 0
		case partWords:
			keep = !bySpeaker || s.speakerIn(p.speaker)
		case partLabels:
			keep = s.Labels && (!bySpeaker || s.speakerIn(p.speaker))
		}
		if keep {
			text.tally = append(text.tally, p)
		}
	}
	return text, whole || len(text.tally) > 0, nil
}
