package qdpx

import (
	"sort"

	"golang.org/x/text/unicode/norm"

	"teema/message"
)

// reading is one way a program may have counted selection offsets in the
// text it wrote. The standard says code points; NVivo for Windows counts
// UTF-16 code units over the file as stored, CRLF line breaks as two and
// without its byte-order mark; some programs count a CRLF as one, some
// count the byte-order mark.
type reading struct {
	utf16   bool
	crlfOne bool
	bom     bool // the file's byte-order mark is counted as a character
}

// readings in order of preference: the standard's first, so that a tie
// (a text without CRLF or characters beyond U+FFFF) reads as it says.
var readings = []reading{
	{}, {utf16: true}, {crlfOne: true}, {utf16: true, crlfOne: true},
	{bom: true}, {utf16: true, bom: true}, {crlfOne: true, bom: true}, {utf16: true, crlfOne: true, bom: true},
}

// readingNames say a reading in a report line, in the order of a
// reading's index (utf16 + 2·crlfOne + 4·bom).
var readingNames = []*message.Kind{
	message.New("Unicode code points"),
	message.New("UTF-16 code units"),
	message.New("Unicode code points, a CRLF line break as one"),
	message.New("UTF-16 code units, a CRLF line break as one"),
	message.New("Unicode code points, the byte-order mark counted"),
	message.New("UTF-16 code units, the byte-order mark counted"),
	message.New("Unicode code points, a CRLF line break as one, the byte-order mark counted"),
	message.New("UTF-16 code units, a CRLF line break as one, the byte-order mark counted"),
}

// name says the reading in a report line.
func (r reading) name() message.Note {
	i := 0
	if r.utf16 {
		i++
	}
	if r.crlfOne {
		i += 2
	}
	if r.bom {
		i += 4
	}
	return readingNames[i].Say(nil)
}

// nvivo is how NVivo for Windows counts: UTF-16 code units, CRLF as two,
// the byte-order mark not counted.
var nvivo = reading{utf16: true}

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
	skip := 0 // the byte-order mark, counted but not in text
	if r.bom {
		skip = 1
	}
	sort.Ints(want)
	out := make(map[int]int, len(want))
	k, unit := 0, 0
	for ; k < len(want) && want[k] < skip; k++ {
		out[want[k]] = 0 // the byte-order mark: before the text
	}
	for i := 0; i <= len(text); i++ {
		for k < len(want) && want[k] < unit+skip {
			k++ // skipped over: it points inside a character
		}
		for k < len(want) && want[k] == unit+skip {
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
func align(orig, normalised []rune) []int32 {
	// int32 holds any index of a text within importer.MaxTextBytes, at
	// half the memory of int: the map is as long as the source's text.
	pos := make([]int32, len(orig)+1)
	j := 0
	for i := 0; i < len(orig); {
		pos[i] = int32(j)
		if j < len(normalised) && same(orig, i, normalised[j]) {
			i, j = i+1, j+1
			continue
		}
		if n := composed(orig, i, normalised[j:]); n > 0 {
			for k := i + 1; k < i+n; k++ {
				pos[k] = int32(j)
			}
			i, j = i+n, j+1
			continue
		}
		i++ // removed by normalisation
	}
	pos[len(orig)] = int32(j)
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
