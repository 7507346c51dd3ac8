package qdpx

import (
	"testing"

	"teema/coding"
)

func TestAlignFollowsNormalisation(t *testing.T) {
	orig := "\uFEFFA\u0308iti  \r\n\r\n\r\n\u00A0sanoi 😀 jotain\r\n"
	text := coding.Normalize(orig)
	o, n := []rune(orig), []rune(text)
	pos := align(o, n)
	for i, r := range o {
		if int(pos[i]) < len(n) && n[pos[i]] == r && r != '\r' {
			continue
		}
		if r == 'A' && n[pos[i]] == 'Ä' || r == '\u00A0' && n[pos[i]] == ' ' {
			continue
		}
		// A removed rune maps to where the next kept one landed.
		if i+1 < len(o) && pos[i] != pos[i+1] && r != '\u0308' && r != '\r' {
			t.Errorf("rune %d %q maps to %d", i, r, pos[i])
		}
	}
	if int(pos[len(o)]) != len(n) {
		t.Errorf("end maps to %d, want %d", pos[len(o)], len(n))
	}
}

func TestReadingsCountDifferently(t *testing.T) {
	text := []rune("a😀\r\nb")
	cases := []struct {
		r          reading
		offset, at int
	}{
		{readings[0], 4, 4}, // code points: b is the fifth rune
		{readings[1], 5, 4}, // UTF-16: the emoji is two units
		{readings[2], 3, 4}, // CRLF as one
		{readings[3], 4, 4},
	}
	for i, c := range cases {
		got, ok := c.r.runeIndexes(text, []int{c.offset})[c.offset]
		if !ok || got != c.at {
			t.Errorf("reading %d: offset %d → %d, %v; want %d", i, c.offset, got, ok, c.at)
		}
	}
	if _, ok := readings[1].runeIndexes(text, []int{2})[2]; ok {
		t.Error("an offset inside the emoji was accepted")
	}
}
