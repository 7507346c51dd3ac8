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
// back to fallback when nothing of want is left, and marks it used.
func (n *sheetNames) take(want, fallback string) string {
	base := cleanSheetName(want)
	if base == "" {
		base = cleanSheetName(fallback)
	}
	name := base
	// Excel keeps "History" for tracking changes in a shared workbook.
	for i := 2; n.used[strings.ToLower(name)] || strings.EqualFold(name, "History"); i++ {
		suffix := " (" + strconv.Itoa(i) + ")"
		name = cleanSheetName(truncateUTF16(base, maxSheetName-len(suffix)) + suffix)
	}
	n.used[strings.ToLower(name)] = true
	return name
}

// cleanSheetName drops the characters Excel forbids, trims the quotes it
// forbids at either end and shortens the name to the limit.
func cleanSheetName(s string) string {
	s = strings.Map(func(r rune) rune {
		if strings.ContainsRune(`[]:*?/\`, r) || r < ' ' {
			return -1
		}
		return r
	}, s)
	s = strings.Join(strings.Fields(s), " ")
	s = strings.Trim(truncateUTF16(strings.Trim(s, "' "), maxSheetName), "' ")
	return s
}
