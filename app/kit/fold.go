package kit

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Fold makes text comparable for a filter: lower case, without accents,
// so "tekoaly" finds "Tekoäly".
func Fold(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// Matches reports whether text holds the filter query, ignoring case and
// accents; an empty query matches everything.
func Matches(text, query string) bool {
	return strings.Contains(Fold(text), Fold(strings.TrimSpace(query)))
}
