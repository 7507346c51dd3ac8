package workbook

import (
	"strconv"
	"strings"
)

// maxSheetName is Excel's limit, counted in UTF-16 units as Excel does.
const maxSheetName = 31

// sheetNames hands out sheet names Excel accepts: a code may be named
// "Mitä? [luonnos]" or be 46 characters long, and two themes may differ
// only after the 31st character or only by case.
type sheetNames struct {
	used map[string]bool // lower-cased: Excel compares names ignoring case
}

func newSheetNames() *sheetNames { return &sheetNames{used: map[string]bool{}} }

// take returns a valid, unused name as close to want as it can, falling
// back to fallback when nothing of want is left, and marks it used. A
// name too long is shortened at a word boundary, where a reader still
// recognises it; the sheet's title cell holds it whole.
func (n *sheetNames) take(want, fallback string) string {
	base := cleanSheetName(want)
	if base == "" {
		base = cleanSheetName(fallback)
	}
	name := shorten(base, maxSheetName)
	// Excel keeps "History" for tracking changes in a shared workbook.
	for i := 2; n.used[strings.ToLower(name)] || strings.EqualFold(name, "History"); i++ {
		suffix := " (" + strconv.Itoa(i) + ")"
		name = shorten(base, maxSheetName-len(suffix)) + suffix
	}
	n.used[strings.ToLower(name)] = true
	return name
}

// shorten fits s in limit UTF-16 units: cut after its last whole word
// that fits, or within a single word longer than that, and ended with
// "…" so the reader sees it goes on.
func shorten(s string, limit int) string {
	if utf16Len(s) <= limit {
		return s
	}
	keep := truncateUTF16(s, limit-1)
	if !strings.HasPrefix(s[len(keep):], " ") {
		if i := strings.LastIndexByte(keep, ' '); i > 0 {
			keep = keep[:i]
		}
	}
	return strings.TrimRight(keep, " ") + "…"
}

// cleanSheetName drops the characters Excel forbids and trims the quotes
// it forbids at either end.
func cleanSheetName(s string) string {
	s = strings.Map(func(r rune) rune {
		if strings.ContainsRune(`[]:*?/\`, r) || r < ' ' {
			return -1
		}
		return r
	}, s)
	return strings.Trim(strings.Join(strings.Fields(s), " "), "' ")
}
