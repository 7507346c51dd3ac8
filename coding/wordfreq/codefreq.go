package wordfreq

import (
	"sort"
	"strings"

	"teema/coding"
)

// CodeCount is how often a code was used: the data of a code cloud, like
// the sub-theme word network (figure 20) of the Calpro study.
type CodeCount struct {
	Code     string `json:"code"`     // a code path, or a sub-theme name with byName
	Excerpts int    `json:"excerpts"` // codings with it or its sub-codes
	Docs     int    `json:"docs"`     // interviews with at least one
}

// CodeFreq counts the codings of every code, a code including its
// sub-codes, most used first. With byName the sub-themes are added up by
// name across themes ("Asiakkuus" under every theme is one entry, spelled
// as it is first met); themes themselves are left out then, unless they
// have no sub-themes.
func CodeFreq(c coding.Corpus, byName bool) []CodeCount {
	if c.Book == nil {
		return nil
	}
	type tally struct {
		label    string
		excerpts int
		docs     map[int64]bool
	}
	var order []string
	tallies := map[string]*tally{}
	groups := map[int64][]string{} // code id → the keys its excerpts count for
	c.Book.Walk(func(code coding.Code, depth int) {
		key, label := c.Book.Path(code.ID), c.Book.Path(code.ID)
		if byName {
			if depth == 0 && len(c.Book.Children(code.ID)) > 0 {
				return
			}
			key, label = strings.ToLower(code.Name), code.Name
		}
		if tallies[key] == nil {
			tallies[key] = &tally{label: label, docs: map[int64]bool{}}
			order = append(order, key)
		}
		for _, id := range c.Book.Subtree(code.ID) {
			groups[id] = appendOnce(groups[id], key)
		}
	})
	for _, e := range c.Excerpts {
		for _, key := range groups[e.CodeID] {
			t := tallies[key]
			t.excerpts++
			t.docs[e.DocID] = true
		}
	}
	out := make([]CodeCount, 0, len(order))
	for _, key := range order {
		t := tallies[key]
		out = append(out, CodeCount{Code: t.label, Excerpts: t.excerpts, Docs: len(t.docs)})
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Excerpts > out[j].Excerpts })
	return out
}

func appendOnce(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}
