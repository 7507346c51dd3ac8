package pseudonym

import (
	"strings"
	"unicode/utf8"
)

// partNames are the names inside a compound or a derived word, by the
// first fitting reading with parts Voikko knows as names: "Espoo" in
// "Espoo-keskeinen", "Kati" in "Kati-tädille", "Helsinki" in
// "helsinkiläisille".
func (f finder) partNames(t token, fitting []Reading) []find {
	for _, r := range fitting {
		if len(nameParts(r)) == 0 {
			continue
		}
		parts := parseParts(r.WordBases)
		spans, ok := partSpans(t.text, parts)
		if !ok {
			continue
		}
		var out []find
		for _, i := range nameParts(r) {
			// A part Voikko writes with a capital but knows no name by is an
			// abbreviation ("IT" in "IT-tuki"), not a name.
			if fd := f.partName(t, r, parts, spans, i); fd.kind != Word {
				fd.ambiguous = anyPlain(fitting)
				out = append(out, fd)
			}
		}
		if len(out) > 0 {
			return out
		}
	}
	return nil
}

// partSpans places each part in the word, in code points: every part but
// the last as written, the last with the word's ending.
func partSpans(word string, parts []part) ([][2]int, bool) {
	lower := []rune(strings.ToLower(word))
	spans := make([][2]int, len(parts))
	off := 0
	for i, p := range parts {
		n := utf8.RuneCountInString(p.surface)
		if i == len(parts)-1 {
			n = len(lower) - off
		}
		if off+n > len(lower) || i < len(parts)-1 && string(lower[off:off+n]) != p.surface {
			return nil, false
		}
		spans[i] = [2]int{off, off + n}
		off += n
	}
	return spans, true
}

// partName is part i of a word as a name. The last part has the word's
// case; a name followed only by derivational endings is replaced with
// them ("helsinkiläisille" → "[kaupunki]laisille"); one followed by
// another word has a case of its own ("Espoon-matkalla", "Hämeenlinna").
func (f finder) partName(t token, r Reading, parts []part, spans [][2]int, i int) find {
	rs := []rune(t.text)
	span := spans[i]
	fd := find{start: t.start + span[0], end: t.start + span[1], form: string(rs[span[0]:span[1]]), word: t.text,
		base: parts[i].base, kind: f.kindOf(parts[i].base), sure: true}
	switch {
	case i == len(parts)-1:
		fd.infl = inflectionOf(r)
	case onlyAffixes(parts[i+1:]):
		fd.affix = string(rs[span[1]:])
		fd.end, fd.form = t.end, string(rs[span[0]:])
	default:
		fd.infl = f.partInflection(fd.form, fd.base)
	}
	return fd
}

func onlyAffixes(parts []part) bool {
	for _, p := range parts {
		if !p.affix {
			return false
		}
	}
	return true
}

// kindOf is what a name names, by its own reading.
func (f finder) kindOf(base string) Kind {
	for _, r := range f.readings(base) {
		if r.names() && r.Base == base {
			return classKinds[r.Class]
		}
	}
	return Word
}

// partInflection is the case of a name inside a compound, read from the
// part as written: "Espoon" is a genitive.
func (f finder) partInflection(written, base string) inflection {
	for _, r := range f.readings(capitalise(written)) {
		if r.Base == base {
			return inflectionOf(r)
		}
	}
	return inflection{}
}
