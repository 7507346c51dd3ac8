package merge

import (
	"strings"

	"teema/message"
)

// english is a report in English, a line each, for tests to read.
func english(notes []message.Note) string {
	lines := make([]string, len(notes))
	for i, n := range notes {
		lines[i] = n.String()
	}
	return strings.Join(lines, "\n")
}

// addedAny reports whether a merge changed the project.
func addedAny(r Report) bool {
	for _, c := range r.Counts {
		if c.Added > 0 {
			return true
		}
	}
	return false
}
