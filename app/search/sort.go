package search

import (
	"slices"
	"strings"

	csearch "teema/coding/search"
)

// The orders of the hits, as the Select shows them.
const (
	byPlace  = "interview and place"
	byForm   = "word form"
	byBefore = "words before"
	byAfter  = "words after"
)

// sortHits orders hits: by the words either side, read from the hit
// outwards, so lines with the same neighbours come together, as in a
// concordance; ties keep the search's order, by interview and place.
func sortHits(hits []csearch.Hit, by string) []csearch.Hit {
	key := func(h csearch.Hit) string { return "" }
	switch by {
	case byForm:
		key = func(h csearch.Hit) string { return strings.ToLower(h.Text) }
	case byBefore:
		key = func(h csearch.Hit) string { return wordsBackwards(strings.ToLower(h.Left())) }
	case byAfter:
		key = func(h csearch.Hit) string { return strings.ToLower(strings.TrimSpace(h.Right())) }
	}
	type keyed struct {
		key string
		hit csearch.Hit
	}
	ks := make([]keyed, len(hits))
	for i, h := range hits {
		ks[i] = keyed{key(h), h} // once each: a key cuts the context out of the text
	}
	slices.SortStableFunc(ks, func(a, b keyed) int { return strings.Compare(a.key, b.key) })
	out := make([]csearch.Hit, len(ks))
	for i, k := range ks {
		out[i] = k.hit
	}
	return out
}

// wordsBackwards is the words of s last first, so the word just before a
// hit decides its place.
func wordsBackwards(s string) string {
	words := strings.Fields(s)
	slices.Reverse(words)
	return strings.Join(words, " ")
}
