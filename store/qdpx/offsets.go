package qdpx

import (
	"sort"

	"golang.org/x/text/unicode/norm"

	"teema/message"
)

// reading is one way a program may have counted selection offsets in the
// text it wrote. The standard says code points; NVivo for Windows counts
// UTF-16 code units, and some programs count a CRLF line break as one.
type reading struct {
	says    *message.Kind // the report's line on a source read this way
	utf16   bool
	crlfOne bool
}

// readings in order of preference: the standard's first, so that a tie
// (a text without CRLF or characters beyond U+FFFF) reads as it says.
var readings = []reading{
	{message.New("Selections in source {{.Name}} were counted in Unicode code points; {{.N}} of {{.Total}} were confirmed by their text."), false, false},
	{message.New("Selections in source {{.Name}} were counted in UTF-16 code units; {{.N}} of {{.Total}} were confirmed by their text."), true, false},
	{message.New("Selections in source {{.Name}} were counted in Unicode code points, with CRLF as one; {{.N}} of {{.Total}} were confirmed by their text."), false, true},
	{message.New("Selections in source {{.Name}} were counted in UTF-16 code units, with CRLF as one; {{.N}} of {{.Total}} were confirmed by their text."), true, true},
}

// width is how many offset units a reading counts for the rune at i.
func (r reading) width(text []rune, i int) int {
	switch c := text[i]; {
	case r.crlfOne && c == '\r' && i+1 < len(text) && text[i+1] == '\n':
		return 0
	case r.utf16 && c > 0xFFFF:
		return 2
	}
	return 1
}

// runeIndexes maps offsets counted in this reading to rune indexes of
// text. Offsets that fall inside a character or past the end are absent.
func (r reading) runeIndexes(text []rune, offsets []int) map[int]int {
	want := append([]int(nil), offsets...)
	sort.Ints(want)
	out := make(map[int]int, len(want))
	k, unit := 0, 0
	for i := 0; i <= len(text); i++ {
		for k < len(want) && want[k] < unit {
			k++ // skipped over: it points inside a character
		}
		for k < len(want) && want[k] == unit {
			out[want[k]] = i
			k++
		}
		if i < len(text) {
			unit += r.width(text, i)
		}
	}
	return out
}

// align maps every rune index of orig (and len(orig)) to the rune index of
// normalised where that rune ended up, or where the next kept rune is when
// normalisation removed it. Normalisation only removes runes, turns CR and
// no-break spaces into LF and spaces, and composes combining sequences, so
// one greedy walk finds the correspondence.
func align(orig, normalised []rune) []int {
	pos := make([]int, len(orig)+1)
	j := 0
	for i := 0; i < len(orig); {
		pos[i] = j
		if j < len(normalised) && same(orig, i, normalised[j]) {
			i, j = i+1, j+1
			continue
		}
		if n := composed(orig, i, normalised[j:]); n > 0 {
			for k := i + 1; k < i+n; k++ {
				pos[k] = j
			}
			i, j = i+n, j+1
			continue
		}
		i++ // removed by normalisation
	}
	pos[len(orig)] = j
	return pos
}

func same(orig []rune, i int, n rune) bool {
	switch o := orig[i]; {
	case o == n:
		return true
	case o == '\r':
		return n == '\n' && (i+1 >= len(orig) || orig[i+1] != '\n')
	case o == '\u00A0':
		return n == ' '
	}
	return false
}

// composed returns how many runes of orig from i compose into rest[0].
func composed(orig []rune, i int, rest []rune) int {
	if len(rest) == 0 {
		return 0
	}
	for n := 2; n <= 4 && i+n <= len(orig); n++ {
		c := []rune(norm.NFC.String(string(orig[i : i+n])))
		if len(c) == 1 && c[0] == rest[0] {
			return n
		}
	}
	return 0
}
