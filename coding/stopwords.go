package coding

import (
	"slices"
	"strings"
)

// StopWords are a project's own changes to the shipped stop-word lists:
// words it leaves out too (a place name in every interview, the project's
// own jargon) and listed words it counts anyway. They travel with the
// project so every coder's counts agree.
type StopWords struct {
	Added []string `json:"added"`
	Kept  []string `json:"kept"`
}

// Clean lower-cases and trims the words, drops empty ones and
// duplicates, and sorts both lists; a word cannot be in both.
func (s StopWords) Clean() StopWords {
	clean := func(ws []string) []string {
		var out []string
		for _, w := range ws {
			if w = strings.ToLower(strings.TrimSpace(w)); w != "" && !slices.Contains(out, w) {
				out = append(out, w)
			}
		}
		slices.Sort(out)
		return out
	}
	c := StopWords{Added: clean(s.Added), Kept: clean(s.Kept)}
	c.Kept = slices.DeleteFunc(c.Kept, func(w string) bool { return slices.Contains(c.Added, w) })
	return c
}
