package study

import (
	"teema/coding"
	"teema/store"
)

// Quote quotes one excerpt for a thesis, its source named by the
// project's rule, as the clipboard takes it: the same words the matrix
// window and the workbook give it.
func Quote(p *store.Project, e coding.Excerpt) (string, error) {
	rule, err := p.QuoteRule()
	if err != nil {
		return "", err
	}
	docs, err := p.Documents()
	if err != nil {
		return "", err
	}
	turns, err := p.Turns(e.DocID)
	if err != nil {
		return "", err
	}
	times, err := p.TimeIndex(e.DocID)
	if err != nil {
		return "", err
	}
	q := coding.NewQuoter(rule, docs, func(int64) []coding.Turn { return turns }).
		WithTimes(func(int64) coding.TimeIndex { return times })
	return q.Quote(e, 0), nil
}
