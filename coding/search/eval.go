package search

import (
	"strings"

	"teema/coding"
	"teema/coding/units"
	"teema/coding/wordfreq"
)

// Within says which stretches of a read document to search, sorted and
// disjoint, or that the whole of it is: what filters leave of it, such as
// a speaker's turns or the text coded with a code. A hit counts when it
// begins inside.
type Within func(d *Doc) (ranges []coding.Span, whole bool)

// Loader reads a document, with its text and turns, and says its
// language (Auto: detect it).
type Loader func(id int64) (coding.Document, wordfreq.Lang, error)

// Search finds a query in the documents in scope, in their order, each
// document's hits in text order. A document not yet read is read with
// load when its tally says it may hold a word searched for, or when it
// has no tally.
func (ix *Index) Search(q Query, o Options, docs []int64, within Within, load Loader) ([]Hit, error) {
	terms := allTerms(q)
	if err := ix.read(terms, o, docs, load); err != nil {
		return nil, err
	}
	m := matchers{v: ix.v, o: o, terms: terms, by: map[wordfreq.Lang][][]bitset{}}
	var hits []Hit
	for _, id := range docs {
		d, ok := ix.docs[id]
		if !ok {
			continue
		}
		ranges, whole := within(d)
		if !whole && len(ranges) == 0 {
			continue
		}
		if whole {
			ranges = nil
		}
		hits = append(hits, m.doc(q, d, ranges)...)
	}
	return hits, nil
}

// read reads the documents in scope that may hold a term's first word.
func (ix *Index) read(terms []Term, o Options, docs []int64, load Loader) error {
	m := matchers{v: ix.v, o: o, terms: terms, by: map[wordfreq.Lang][][]bitset{}}
	var need []int64
	for _, id := range docs {
		if k, ok := ix.known[id]; ok && !m.mayHold(k.words, k.lang) {
			continue
		}
		need = append(need, id)
	}
	return ix.Read(need, load)
}

// Read reads every document of docs not yet read, so that later
// searches need read none: a window does it in the background after its
// first search. Documents are read and cut into tokens in parallel, as
// that is most of what a first search waits for; load must be safe for
// concurrent use.
func (ix *Index) Read(docs []int64, load Loader) error {
	var todo []int64
	for _, id := range docs {
		if _, ok := ix.docs[id]; !ok {
			todo = append(todo, id)
		}
	}
	cuts := make([]cutDoc, len(todo))
	errs := make([]error, len(todo))
	parallelBy(len(todo), 1, func(i int) {
		doc, lang, err := load(todo[i])
		if errs[i] = err; err == nil {
			cuts[i] = cut(doc, lang)
		}
	})
	for i := range todo {
		if errs[i] != nil {
			return errs[i]
		}
		ix.commit(cuts[i])
	}
	return nil
}

// allTerms lists every term of a query, to find or to leave out, once.
func allTerms(q Query) []Term {
	var out []Term
	seen := map[string]bool{}
	for _, g := range q.Groups {
		for _, t := range append(append([]Term{}, g.Find...), g.Omit...) {
			if !seen[t.key()] {
				seen[t.key()] = true
				out = append(out, t)
			}
		}
	}
	return out
}

// matchers are the words each word of each term matches, by language,
// made when a document of the language is first searched.
type matchers struct {
	v     *vocab
	o     Options
	terms []Term
	by    map[wordfreq.Lang][][]bitset // [term][word]
}

func (m *matchers) of(lang wordfreq.Lang) [][]bitset {
	if b, ok := m.by[lang]; ok {
		return b
	}
	b := make([][]bitset, len(m.terms))
	for i, t := range m.terms {
		for _, w := range t.Words {
			b[i] = append(b[i], m.v.matchWord(w, m.o, lang))
		}
	}
	m.by[lang] = b
	return b
}

// mayHold reports whether a document of these words in lang may hold
// the first word of a term.
func (m *matchers) mayHold(words []int32, lang wordfreq.Lang) bool {
	for _, t := range m.of(lang) {
		for _, id := range words {
			if t[0].has(id) {
				return true
			}
		}
	}
	return false
}

// occurrence is a term found at tokens [first, last].
type occurrence struct {
	term        int
	first, last int
	unit        int
}

// doc finds the query in one document, in the stretches of it in ranges
// (nil: all of it).
func (m *matchers) doc(q Query, d *Doc, ranges []coding.Span) []Hit {
	occs := m.find(d, ranges)
	scope := q.In(m.o.Scope)
	present := map[int]uint64{} // unit → the terms in it
	for i := range occs {
		occs[i].unit = d.Units.Index(scope, int(d.tokens[occs[i].first].start))
		present[occs[i].unit] |= 1 << occs[i].term
	}
	groups := m.groupMasks(q)
	var hits []Hit
	shown := map[[2]int]bool{} // where two terms match the same words (asiakas OR asiakkaat), one hit shows them
	for _, o := range occs {
		if at := [2]int{o.first, o.last}; m.counts(o, present[o.unit], groups) && !shown[at] {
			shown[at] = true
			hits = append(hits, m.hit(d, o))
		}
	}
	return hits
}

// groupMasks are each group's terms to find and to leave out, as bits.
func (m *matchers) groupMasks(q Query) [][2]uint64 {
	index := map[string]int{}
	for i, t := range m.terms {
		index[t.key()] = i
	}
	out := make([][2]uint64, len(q.Groups))
	for i, g := range q.Groups {
		for _, t := range g.Find {
			out[i][0] |= 1 << index[t.key()]
		}
		for _, t := range g.Omit {
			out[i][1] |= 1 << index[t.key()]
		}
	}
	return out
}

// counts reports whether an occurrence is a hit: a group that finds its
// term is met in its unit.
func (m *matchers) counts(o occurrence, present uint64, groups [][2]uint64) bool {
	for _, g := range groups {
		if g[0]&(1<<o.term) != 0 && present&g[0] == g[0] && present&g[1] == 0 {
			return true
		}
	}
	return false
}

// find lists where each term occurs in the document, beginning inside
// ranges, in text order.
func (m *matchers) find(d *Doc, ranges []coding.Span) []occurrence {
	match := m.of(d.Lang)
	var out []occurrence
	r := 0
	for i, tok := range d.tokens {
		if ranges != nil {
			for r < len(ranges) && ranges[r].End <= int(tok.start) {
				r++
			}
			if r == len(ranges) {
				break
			}
			if int(tok.start) < ranges[r].Start {
				continue
			}
		}
		for t, words := range match {
			if last, ok := phraseAt(d, i, words); ok {
				out = append(out, occurrence{term: t, first: i, last: last})
			}
		}
	}
	return out
}

// phraseAt reports whether the words of a term match the tokens from i
// on, one after another on one line, and where the match ends.
func phraseAt(d *Doc, i int, words []bitset) (int, bool) {
	if !words[0].has(d.tokens[i].id) {
		return 0, false
	}
	for k := 1; k < len(words); k++ {
		j := i + k
		if j >= len(d.tokens) || !words[k].has(d.tokens[j].id) ||
			strings.ContainsRune(d.Text[d.tokens[j-1].endByte:d.tokens[j].startByte], '\n') {
			return 0, false
		}
	}
	return i + len(words) - 1, true
}

// Around is the unit of kind k around a hit: what auto-coding at that
// extent codes.
func (d *Doc) Around(k units.Kind, h Hit) coding.Span {
	return d.Units.Around(k, coding.Span{Start: h.Start, End: h.End})
}
