package study

import (
	"slices"

	"teema/coding"
	"teema/coding/agreement"
	"teema/message"
	"teema/store"
)

// Agreement compares two coders' codings of the transcripts both coded:
// figures per code and overall, and every stretch only one of them coded.
// o.Codes limits the comparison to some codes; a code deleted since it
// was chosen drops out.
func Agreement(p *store.Project, o agreement.Options) (agreement.Report, error) {
	if o.CoderA == o.CoderB {
		return agreement.Report{}, errSameCoder.New(message.Args{"Coder": o.CoderA})
	}
	var in agreement.Input
	var err error
	if in.Book, err = p.CodeBook(); err != nil {
		return agreement.Report{}, err
	}
	o.Codes = slices.DeleteFunc(slices.Clone(o.Codes), func(id int64) bool { _, ok := in.Book.Code(id); return !ok })
	if in.Excerpts, err = p.Excerpts(coding.ExcerptFilter{}); err != nil {
		return agreement.Report{}, err
	}
	if err := haveCodings(in.Excerpts, o.CoderA, o.CoderB); err != nil {
		return agreement.Report{}, err
	}
	if in.Docs, err = codedTexts(p, in.Excerpts, o.CoderA, o.CoderB); err != nil {
		return agreement.Report{}, err
	}
	return agreement.Compute(in, o)
}

// haveCodings fails unless each coder coded something, naming the coders
// there are.
func haveCodings(es []coding.Excerpt, coders ...string) error {
	seen := map[string]bool{}
	for _, e := range es {
		seen[e.Coder] = true
	}
	for _, c := range coders {
		if !seen[c] {
			return errNoCodings.New(message.Args{"Coder": c, "Coders": listed(named(seen))})
		}
	}
	return nil
}

// named are the coders' names, sorted. Codings made before Teema kept
// coders' names have none, which no one can ask for by name.
func named(coders map[string]bool) []string {
	var out []string
	for c := range coders {
		if c != "" {
			out = append(out, c)
		}
	}
	slices.Sort(out)
	return out
}

// codedTexts loads the documents either coder coded, with their text, in
// the project's order: the others play no part in the comparison.
func codedTexts(p *store.Project, es []coding.Excerpt, coders ...string) ([]coding.Document, error) {
	coded := map[int64]bool{}
	for _, e := range es {
		if slices.Contains(coders, e.Coder) {
			coded[e.DocID] = true
		}
	}
	infos, err := p.Documents()
	if err != nil {
		return nil, err
	}
	var docs []coding.Document
	for _, info := range infos {
		if !coded[info.ID] {
			continue
		}
		d, err := p.DocumentText(info.ID) // the turns play no part
		if err != nil {
			return nil, err
		}
		docs = append(docs, d)
	}
	return docs, nil
}
