package store

import (
	"strings"
	"unicode"
)

// CleanName is a name from outside, a file's or another program's, made
// safe to show: terminal escape sequences are removed whole, other control
// characters become spaces, and the characters that reorder text (bidi
// embeddings, overrides and isolates) are removed. A file named with them
// made `teema-cli docs` recolour the terminal, or showed "exe.txt" as
// "txt.exe".
func CleanName(name string) string {
	var b strings.Builder
	rs := []rune(name)
	for i := 0; i < len(rs); i++ {
		switch r := rs[i]; {
		case r == '\x1b' || r == '\u009b':
			i = escapeEnd(rs, i)
		case bidiControl(r):
		case unicode.IsControl(r):
			b.WriteRune(' ')
		default:
			b.WriteRune(r)
		}
	}
	return strings.TrimSpace(b.String())
}

// escapeEnd is the index of the last rune of the escape sequence that
// starts at rs[i]: ESC [ or CSI, then parameters up to a final byte
// (colours, cursor moves); ESC ] up to BEL or ESC \ (a window title); or
// ESC and one more character.
func escapeEnd(rs []rune, i int) int {
	switch {
	case rs[i] == '\u009b' || i+1 < len(rs) && rs[i+1] == '[':
		if rs[i] == '\x1b' {
			i++
		}
		for i+1 < len(rs) {
			if i++; rs[i] >= 0x40 && rs[i] <= 0x7e {
				return i
			}
		}
		return i
	case i+1 < len(rs) && rs[i+1] == ']':
		for i++; i+1 < len(rs); i++ {
			if rs[i+1] == '\a' {
				return i + 1
			}
			if rs[i+1] == '\x1b' && i+2 < len(rs) && rs[i+2] == '\\' {
				return i + 2
			}
		}
		return i
	}
	return min(i+1, len(rs)-1)
}

// bidiControl reports the characters that change the direction of the
// text around them.
func bidiControl(r rune) bool {
	return r >= '\u202a' && r <= '\u202e' || r >= '\u2066' && r <= '\u2069' ||
		r == '\u200e' || r == '\u200f' || r == '\u061c'
}
