package agreement

import (
	"fmt"

	"teema/coding"
)

// Input is what agreement is computed from: documents with their text,
// the code book and the codings of every coder.
type Input struct {
	Docs     []coding.Document
	Book     *coding.CodeBook
	Excerpts []coding.Excerpt
}

// Options choose the coders and codes to compare.
type Options struct {
	CoderA, CoderB string
	// Codes to compare; empty means every code either coder applied in
	// the compared documents, in code book order.
	Codes []int64
}

// CodeResult is one code's table; its figures are the Tally's methods.
type CodeResult struct {
	Code coding.Code
	Path string
	Tally
}

// Report is the outcome of a comparison.
type Report struct {
	CoderA, CoderB string
	Docs           []int64 // compared: coded by both, in input order
	Left           []int64 // left out: coded by only one of the two
	Codes          []CodeResult
	Overall        Tally // all codes pooled
	Disagreements  []Disagreement
}

// Compute compares two coders. It fails only on a mistake in the options:
// the same coder twice, or a code that is not in the code book.
func Compute(in Input, o Options) (Report, error) {
	if o.CoderA == o.CoderB {
		return Report{}, fmt.Errorf("compare two different coders, not %q with itself", o.CoderA)
	}
	book := in.Book
	if book == nil {
		book = coding.NewCodeBook(nil)
	}
	r := Report{CoderA: o.CoderA, CoderB: o.CoderB}
	byDoc := spansByDoc(in.Excerpts, o)
	var docs []coding.Document
	for _, d := range in.Docs {
		switch c := byDoc[d.ID]; {
		case len(c.a) > 0 && len(c.b) > 0:
			docs = append(docs, d)
			r.Docs = append(r.Docs, d.ID)
		case len(c.a) > 0 || len(c.b) > 0:
			r.Left = append(r.Left, d.ID)
		}
	}
	codes, err := codesToCompare(book, o.Codes, docs, byDoc)
	if err != nil {
		return Report{}, err
	}
	r.Codes = make([]CodeResult, len(codes))
	for k, code := range codes {
		r.Codes[k] = CodeResult{Code: code, Path: book.Path(code.ID)}
	}
	// Document by document: a disagreement's text is cut through the
	// document's character index, made once and dropped after it.
	for _, d := range docs {
		at := runeStarts(d.Text)
		for k := range r.Codes {
			t, ds := compareDoc(d, at, r.Codes[k], byDoc[d.ID], o)
			r.Codes[k].Tally = r.Codes[k].Tally.Add(t)
			r.Disagreements = append(r.Disagreements, ds...)
		}
	}
	for _, res := range r.Codes {
		r.Overall = r.Overall.Add(res.Tally)
	}
	sortDisagreements(r.Disagreements, docs, codes)
	return r, nil
}

// coderSpans are one document's codings by the two coders, by code.
type coderSpans struct{ a, b map[int64][]coding.Span }

func spansByDoc(es []coding.Excerpt, o Options) map[int64]coderSpans {
	out := map[int64]coderSpans{}
	for _, e := range es {
		if e.Coder != o.CoderA && e.Coder != o.CoderB {
			continue
		}
		c, ok := out[e.DocID]
		if !ok {
			c = coderSpans{a: map[int64][]coding.Span{}, b: map[int64][]coding.Span{}}
			out[e.DocID] = c
		}
		m := c.a
		if e.Coder == o.CoderB {
			m = c.b
		}
		m[e.CodeID] = append(m[e.CodeID], coding.Span{Start: e.Start, End: e.End})
	}
	return out
}

// codesToCompare resolves the chosen codes, or finds the ones used in the
// compared documents.
func codesToCompare(book *coding.CodeBook, ids []int64, docs []coding.Document, byDoc map[int64]coderSpans) ([]coding.Code, error) {
	var out []coding.Code
	if len(ids) > 0 {
		for _, id := range ids {
			c, ok := book.Code(id)
			if !ok {
				return nil, fmt.Errorf("code %d: %w", id, coding.ErrNotFound)
			}
			out = append(out, c)
		}
		return out, nil
	}
	used := map[int64]bool{}
	for _, d := range docs {
		for id := range byDoc[d.ID].a {
			used[id] = true
		}
		for id := range byDoc[d.ID].b {
			used[id] = true
		}
	}
	book.Walk(func(c coding.Code, _ int) {
		if used[c.ID] {
			out = append(out, c)
		}
	})
	return out, nil
}

// compareDoc compares one code in one document, whose characters start
// at the byte offsets at.
func compareDoc(d coding.Document, at []int, code CodeResult, c coderSpans, o Options) (Tally, []Disagreement) {
	n := len(at) - 1
	a, b := union(c.a[code.Code.ID], n), union(c.b[code.Code.ID], n)
	t, onlyA, onlyB := compare(a, b, n)
	var ds []Disagreement
	for _, s := range onlyA {
		ds = append(ds, newDisagreement(d, at, code, s, o.CoderA))
	}
	for _, s := range onlyB {
		ds = append(ds, newDisagreement(d, at, code, s, o.CoderB))
	}
	return t, ds
}
