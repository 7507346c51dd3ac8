package kit

import (
	"strings"
	"unicode"
)

// FileName keeps a project name usable as a file name on every system:
// "Demo: asiakkaat" becomes "Demo asiakkaat".
func FileName(name string) string {
	return strings.Join(strings.FieldsFunc(name, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune(`/\:*?"<>|`, r)
	}), " ")
}

// OneLine puts text on one line and cuts it to at most n characters.
func OneLine(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}
