package codequery

import (
	"sort"
	"strings"

	"teema/coding"
	"teema/coding/units"
)

// Input is what answering a query needs.
type Input struct {
	Book     *coding.CodeBook
	Docs     []coding.DocumentInfo // in the order the passages are listed
	Excerpts []coding.Excerpt      // the codings; those of the query's codes and their sub-codes suffice

	// Units cuts a document into units; asked only for a query IN a unit
	// larger than the codings, and only for documents with codings of
	// its codes.
	Units func(docID int64) (*units.Text, error)
}

// Passage is a stretch of a document a query found.
type Passage struct {
	DocID int64
	coding.Span
}

// Answer finds the query's passages, by document in in.Docs order, each
// document's in text order.
func (q Query) Answer(in Input) ([]Passage, error) {
	e := &evaluation{scope: q.Scope, coded: coded(q, in)}
	var out []Passage
	for _, d := range in.Docs {
		if !matches(d.Attributes, q.Where) || !e.any(d.ID) {
			continue
		}
		e.units = nil
		e.load = func() (*units.Text, error) { return in.Units(d.ID) }
		spans := q.expr.eval(e, d.ID)
		if e.err != nil {
			return nil, e.err
		}
		for _, s := range spans {
			out = append(out, Passage{DocID: d.ID, Span: s})
		}
	}
	return out, nil
}

// coded is each code's passages by document: its codings and its
// sub-codes', merged.
func coded(q Query, in Input) map[int64]map[int64][]coding.Span {
	codeOf := map[int64][]int64{} // a coding's code → the query's codes it counts for
	for _, id := range q.Codes {
		for _, sub := range in.Book.Subtree(id) {
			codeOf[sub] = append(codeOf[sub], id)
		}
	}
	out := map[int64]map[int64][]coding.Span{}
	for _, x := range in.Excerpts {
		for _, id := range codeOf[x.CodeID] {
			if out[id] == nil {
				out[id] = map[int64][]coding.Span{}
			}
			out[id][x.DocID] = append(out[id][x.DocID], coding.Span{Start: x.Start, End: x.End})
		}
	}
	for _, byDoc := range out {
		for doc, spans := range byDoc {
			byDoc[doc] = coding.Union(spans)
		}
	}
	return out
}

// matches reports whether a document's attributes meet the conditions:
// every key, with any of its values, compared without case.
func matches(attrs map[string]string, where map[string][]string) bool {
	for key, values := range where {
		have, ok := attrs[key]
		if !ok {
			return false
		}
		found := false
		for _, v := range values {
			found = found || strings.EqualFold(strings.TrimSpace(have), v)
		}
		if !found {
			return false
		}
	}
	return true
}

// evaluation answers a query one document at a time.
type evaluation struct {
	scope units.Kind
	coded map[int64]map[int64][]coding.Span
	units *units.Text
	load  func() (*units.Text, error)
	err   error
}

// any reports whether a document has codings of a code of the query:
// without, it has no passages.
func (e *evaluation) any(doc int64) bool {
	for _, byDoc := range e.coded {
		if len(byDoc[doc]) > 0 {
			return true
		}
	}
	return false
}

func (c code) eval(e *evaluation, doc int64) []coding.Span { return e.coded[c.id][doc] }

func (o or) eval(e *evaluation, doc int64) []coding.Span {
	return coding.Union(append(append([]coding.Span{}, o.l.eval(e, doc)...), o.r.eval(e, doc)...))
}

func (a and) eval(e *evaluation, doc int64) []coding.Span {
	l := a.l.eval(e, doc)
	if len(l) == 0 {
		return nil
	}
	r := a.r.eval(e, doc)
	switch {
	case len(r) == 0 && a.not:
		return l
	case len(r) == 0:
		return nil
	case e.scope == units.Hit && a.not:
		return keep(l, func(s coding.Span) bool { return !overlapsAny(s, r) })
	case e.scope == units.Hit:
		return coding.Intersect(l, r)
	}
	return e.inUnits(l, r, a.not)
}

// inUnits is AND (or AND NOT) in the same unit: the passages of both in
// the units that hold both, or l's in units that hold no r.
func (e *evaluation) inUnits(l, r []coding.Span, not bool) []coding.Span {
	if e.units == nil && e.err == nil {
		e.units, e.err = e.load()
	}
	if e.err != nil {
		return nil
	}
	all := e.units.All(e.scope)
	withR := unitsOf(all, r)
	if not {
		return keep(l, func(s coding.Span) bool { return !touchesAny(all, s, withR) })
	}
	both := map[int]bool{}
	for u := range unitsOf(all, l) {
		both[u] = withR[u]
	}
	in := func(s coding.Span) bool { return touchesAny(all, s, both) }
	return coding.Union(append(keep(l, in), keep(r, in)...))
}

// unitsOf is the units any of spans overlaps.
func unitsOf(all, spans []coding.Span) map[int]bool {
	out := map[int]bool{}
	for _, s := range spans {
		for _, u := range touched(all, s) {
			out[u] = true
		}
	}
	return out
}

// touchesAny reports whether a span overlaps one of the units in set.
func touchesAny(all []coding.Span, s coding.Span, set map[int]bool) bool {
	for _, u := range touched(all, s) {
		if set[u] {
			return true
		}
	}
	return false
}

// touched lists the units (sorted, disjoint) a span overlaps.
func touched(all []coding.Span, s coding.Span) []int {
	i := sort.Search(len(all), func(i int) bool { return all[i].End > s.Start })
	var out []int
	for ; i < len(all) && all[i].Start < s.End; i++ {
		out = append(out, i)
	}
	return out
}

func overlapsAny(s coding.Span, spans []coding.Span) bool {
	for _, o := range spans {
		if o.Start < s.End && s.Start < o.End {
			return true
		}
	}
	return false
}

// keep is the spans f keeps.
func keep(spans []coding.Span, f func(coding.Span) bool) []coding.Span {
	var out []coding.Span
	for _, s := range spans {
		if f(s) {
			out = append(out, s)
		}
	}
	return out
}
