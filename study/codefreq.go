package study

import (
	"teema/coding"
	"teema/coding/wordfreq"
	"teema/store"
)

// CodeFrequencies counts the codings of every code, a code with its
// sub-codes, most used first: the data of a code cloud. With byName the
// sub-themes are added up by name across themes.
func CodeFrequencies(p *store.Project, byName bool) ([]wordfreq.CodeCount, error) {
	var c coding.Corpus
	var err error
	if c.Book, err = p.CodeBook(); err != nil {
		return nil, err
	}
	if c.Excerpts, err = p.Excerpts(coding.ExcerptFilter{}); err != nil {
		return nil, err
	}
	return wordfreq.CodeFreq(c, byName), nil
}
