package pseudonym

import "strings"

// part is a piece of a word as Voikko's WORDBASES gives it: "espoo(Espoo)"
// in "+espoo(Espoo)+-+keskeinen(keskeinen)". Every piece but the last is
// written as in the word; the last is its base form, the word's ending
// following it.
type part struct {
	surface string // lower-cased: "espoo"; a hyphen is "-"
	base    string // "Espoo", with Voikko's "=" between compound parts taken out
	affix   bool   // a derivational ending ("läi", "nen(+nen)"), not a word
}

// parseParts reads WORDBASES; a "+" inside brackets belongs to the piece.
func parseParts(wordBases string) []part {
	var out []part
	depth, start := 0, -1
	flush := func(end int) {
		if start >= 0 && end > start {
			out = append(out, newPart(wordBases[start:end]))
		}
	}
	for i, r := range wordBases {
		switch {
		case r == '(':
			depth++
		case r == ')':
			depth--
		case r == '+' && depth == 0:
			flush(i)
			start = i + 1
		}
	}
	flush(len(wordBases))
	return out
}

func newPart(s string) part {
	surface, base, ok := strings.Cut(s, "(")
	base = strings.TrimSuffix(base, ")")
	return part{
		surface: strings.ToLower(surface),
		base:    strings.ReplaceAll(base, "=", ""),
		affix:   surface != "-" && (!ok || strings.HasPrefix(base, "+")),
	}
}

// names says whether the part is a name: a word whose base form Voikko
// writes with a capital.
func (p part) names() bool { return !p.affix && p.surface != "-" && capitalised(p.base) }

// nameParts are the indexes of the parts of a reading that are names.
func nameParts(r Reading) []int {
	var out []int
	for i, p := range parseParts(r.WordBases) {
		if p.names() {
			out = append(out, i)
		}
	}
	return out
}
