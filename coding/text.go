package coding

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Normalize returns the canonical form in which Teema stores every text:
// Unicode NFC, "\n" line endings, no trailing spaces on a line, no leading or
// trailing blank lines, and at most one blank line between paragraphs.
// Offsets of codings refer to this form forever, so it must never change
// for text that is already normalised (Normalize(Normalize(s)) == Normalize(s)).
func Normalize(s string) string {
	s = strings.TrimPrefix(s, "\uFEFF")
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	s = strings.Map(cleanRune, s)
	s = norm.NFC.String(s)
	lines := strings.Split(s, "\n")
	out := make([]string, 0, len(lines))
	blank := true // drops leading blank lines
	for _, l := range lines {
		l = strings.TrimRightFunc(l, unicode.IsSpace)
		if l == "" {
			if blank {
				continue
			}
			blank = true
			out = append(out, l)
			continue
		}
		blank = false
		out = append(out, l)
	}
	for len(out) > 0 && out[len(out)-1] == "" {
		out = out[:len(out)-1]
	}
	return strings.Join(out, "\n")
}

// cleanRune drops characters that have no place in a transcript and would
// only confuse offsets: NUL and other C0 controls except tab and newline,
// the BOM inside text, and invalid UTF-8 (already replaced by U+FFFD).
func cleanRune(r rune) rune {
	switch {
	case r == '\n' || r == '\t':
		return r
	case r == '\u00A0':
		return ' '
	case r == '\uFEFF' || r == '\u200B':
		return -1
	case r < 0x20 || r == 0x7F:
		return -1
	case r >= 0x80 && r < 0xA0:
		return -1
	}
	return r
}

// RuneLen is the length of s in Unicode code points, the unit of all offsets.
func RuneLen(s string) int { return utf8.RuneCountInString(s) }

// Slice returns the text between code-point offsets [start, end) of s.
// Offsets outside s are clamped.
func Slice(s string, start, end int) string {
	if start < 0 {
		start = 0
	}
	if end <= start {
		return ""
	}
	b0, b1 := -1, len(s)
	i := 0
	for bi := range s {
		if i == start {
			b0 = bi
		}
		if i == end {
			b1 = bi
			break
		}
		i++
	}
	if b0 < 0 {
		return ""
	}
	return s[b0:b1]
}

// FindNth returns the code-point range of the nth (1-based) occurrence of
// sub in s.
func FindNth(s, sub string, nth int) (start, end int, ok bool) {
	if sub == "" || nth < 1 {
		return 0, 0, false
	}
	from := 0
	for k := 1; ; k++ {
		i := strings.Index(s[from:], sub)
		if i < 0 {
			return 0, 0, false
		}
		if k == nth {
			start = utf8.RuneCountInString(s[:from+i])
			return start, start + utf8.RuneCountInString(sub), true
		}
		_, size := utf8.DecodeRuneInString(s[from+i:])
		from += i + size
	}
}

// CountWords counts runs of letters or digits, the word count shown to users.
func CountWords(s string) int {
	n, in := 0, false
	for _, r := range s {
		w := unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' && in || r == '\'' && in
		if w && !in {
			n++
		}
		in = w
	}
	return n
}

// RunesBack is the byte offset n code points before byte i of s, or 0:
// where a line of keyword in context starts.
func RunesBack(s string, i, n int) int {
	for ; n > 0 && i > 0; n-- {
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
	}
	return i
}

// RunesAhead is the byte offset n code points after byte i of s, or
// len(s): where a line of keyword in context ends.
func RunesAhead(s string, i, n int) int {
	for ; n > 0 && i < len(s); n-- {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return i
}
