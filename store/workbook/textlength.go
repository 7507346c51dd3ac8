package workbook

import "unicode/utf16"

// Excel measures text in UTF-16 units: a sheet name may have 31, a cell
// 32,767, and a character outside the Basic Multilingual Plane (an emoji
// in a transcript) counts twice.

// truncateUTF16 keeps the longest prefix of whole characters that fits in
// limit UTF-16 units.
func truncateUTF16(s string, limit int) string {
	n := 0
	for i, r := range s {
		n += utf16.RuneLen(r)
		if n > limit {
			return s[:i]
		}
	}
	return s
}

// utf16Len counts s as Excel counts text.
func utf16Len(s string) int {
	n := 0
	for _, r := range s {
		n += utf16.RuneLen(r)
	}
	return n
}
