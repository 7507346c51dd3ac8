package study

import (
	"slices"
	"strings"

	"teema/coding"
	"teema/store"
)

// Speakers lists the speakers of the project's turns, A to Z, the
// interviewer last, as a matrix's rows by speaker are.
func Speakers(p *store.Project) ([]string, error) {
	names, err := p.Speakers()
	slices.SortFunc(names, func(a, b string) int {
		if ia, ib := coding.IsInterviewer(a), coding.IsInterviewer(b); ia != ib {
			if ia {
				return 1
			}
			return -1
		}
		return strings.Compare(strings.ToLower(a), strings.ToLower(b))
	})
	return names, err
}
