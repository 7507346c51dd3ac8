package pseudonym

import "unicode/utf8"

// Preview is an occurrence's line as the replacer leaves it, with what
// replaced the occurrence (or the occurrence itself, where nothing does)
// as its Match.
func (r *Replacer) Preview(l Line) Line {
	text := []rune(l.Before + l.Match + l.After)
	at := utf8.RuneCountInString(l.Before)
	end := at + utf8.RuneCountInString(l.Match)
	var out []rune
	from, to := -1, -1 // the occurrence in out
	pos := 0
	for _, m := range r.Find(string(text)) {
		out = append(out, text[pos:m.Start]...)
		if from < 0 && m.End > at && m.Start < end { // replaces the occurrence
			from = len(out)
			to = from + utf8.RuneCountInString(m.Insert)
		} else if from < 0 && m.Start >= end { // after it, which was left
			from = len(out) - (m.Start - at)
			to = from + (end - at)
		}
		out = append(out, []rune(m.Insert)...)
		pos = m.End
	}
	if from < 0 {
		from = len(out) + at - pos
		to = from + end - at
	}
	out = append(out, text[pos:]...)
	return Line{DocID: l.DocID, Start: l.Start, End: l.End,
		Before: string(out[:from]), Match: string(out[from:to]), After: string(out[to:])}
}
