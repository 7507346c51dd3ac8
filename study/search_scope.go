package study

import (
	"teema/coding"
	"teema/coding/search"
	"teema/coding/wordfreq"
	"teema/store"
)

// searchScope is the text a search's filters leave: the interviews, and
// in each the stretches to search.
type searchScope struct {
	docs  []coding.DocumentInfo // every interview of the project
	attrs map[int64]map[string]string
	sel   *wordfreq.Selection // those chosen, cut to speakers and codes as a word count cuts them
	out   map[int64][]coding.Span
}

// choose applies the filters. They choose text as a word count's scope
// does, so a search finds what the word-frequency table counts.
func (q Search) choose(p *store.Project) (searchScope, error) {
	var sc searchScope
	c, err := codedCorpus(p, q.InCodes)
	if err != nil {
		return sc, err
	}
	sc.docs, sc.attrs = c.Docs, map[int64]map[string]string{}
	for _, d := range c.Docs {
		sc.attrs[d.ID] = d.Attributes
	}
	sc.sel = wordfreq.Scope{Docs: q.Docs, Where: q.Where, Codes: q.InCodes, Speakers: q.Speakers,
		NoInterviewer: q.NoInterviewer, Labels: true}.Select(c)
	if len(q.OutCodes) > 0 {
		sc.out, err = codedSpans(p, c.Book, q.OutCodes)
	}
	return sc, err
}

// codedCorpus is the project's interviews, with the code book and the
// codings of codes when there are any.
func codedCorpus(p *store.Project, codes []int64) (coding.Corpus, error) {
	var c coding.Corpus
	var err error
	if c.Docs, err = p.Documents(); err != nil || len(codes) == 0 {
		return c, err
	}
	if c.Book, err = p.CodeBook(); err != nil {
		return c, err
	}
	c.Excerpts, err = p.Excerpts(coding.ExcerptFilter{CodeIDs: subtrees(c.Book, codes)})
	return c, err
}

// codedSpans is the text coded with codes or their sub-codes, by
// interview.
func codedSpans(p *store.Project, book *coding.CodeBook, codes []int64) (map[int64][]coding.Span, error) {
	var err error
	if book == nil {
		if book, err = p.CodeBook(); err != nil {
			return nil, err
		}
	}
	es, err := p.Excerpts(coding.ExcerptFilter{CodeIDs: subtrees(book, codes)})
	out := map[int64][]coding.Span{}
	for _, e := range es {
		out[e.DocID] = append(out[e.DocID], coding.Span{Start: e.Start, End: e.End})
	}
	for id, spans := range out {
		out[id] = coding.Union(spans)
	}
	return out, err
}

func subtrees(book *coding.CodeBook, codes []int64) []int64 {
	var out []int64
	for _, id := range codes {
		out = append(out, book.Subtree(id)...)
	}
	return out
}

// ids are the interviews to search.
func (sc searchScope) ids() []int64 {
	out := make([]int64, len(sc.sel.Docs))
	for i, d := range sc.sel.Docs {
		out[i] = d.ID
	}
	return out
}

// within is the stretches of a read document to search (search.Within).
func (sc searchScope) within(d *search.Doc) ([]coding.Span, bool) {
	t, ok := sc.sel.Text(coding.Document{ID: d.ID, Text: d.Text, Turns: d.Turns, Attributes: sc.attrs[d.ID]})
	if !ok {
		return nil, false
	}
	out, coded := sc.out[d.ID]
	if !coded {
		return t.Ranges, t.Ranges == nil
	}
	ranges := t.Ranges
	if ranges == nil {
		ranges = []coding.Span{{Start: 0, End: d.Units.Chars()}}
	}
	return coding.Minus(ranges, out), false
}
