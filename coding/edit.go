package coding

import (
	"strings"

	"teema/message"
)

// Edit replaces the text [Start, End) of a document with Insert, e.g. to
// fix a typo in a transcript after it was coded.
type Edit struct {
	Start, End int
	Insert     string
}

// Apply returns the edited text. The result must still be in normal form
// (see Normalize), so offsets stay meaningful.
func (ed Edit) Apply(text string) (string, error) {
	n := RuneLen(text)
	if ed.Start < 0 || ed.End < ed.Start || ed.End > n {
		return "", errEditOutside.New(message.Args{"Start": ed.Start, "End": ed.End, "Chars": n})
	}
	out := Slice(text, 0, ed.Start) + ed.Insert + Slice(text, ed.End, n)
	if Normalize(out) != out {
		return "", errEditLayout.New(nil)
	}
	if strings.TrimSpace(out) == "" {
		return "", errEditEmpty.New(nil)
	}
	return out, nil
}

// ShiftExcerpts moves excerpts so each stays on the same words after the
// edit. An excerpt that contains the edit grows or shrinks with it; one
// that partly overlaps a deleted stretch is trimmed; one entirely inside a
// deleted stretch is returned as lost, so the user can be told.
// newText is the edited text, used to refresh each excerpt's copy.
func ShiftExcerpts(es []Excerpt, ed Edit, newText string) (kept, lost []Excerpt) {
	delta := RuneLen(ed.Insert) - (ed.End - ed.Start)
	insEnd := ed.Start + RuneLen(ed.Insert)
	for _, e := range es {
		s, t, ok := shiftRange(e.Start, e.End, ed, delta, insEnd)
		if !ok {
			lost = append(lost, e)
			continue
		}
		e.Start, e.End = s, t
		e.Text = Slice(newText, s, t)
		if strings.TrimSpace(e.Text) == "" {
			lost = append(lost, e)
			continue
		}
		kept = append(kept, e)
	}
	return kept, lost
}

func shiftRange(s, t int, ed Edit, delta, insEnd int) (int, int, bool) {
	switch {
	case ed.Start == ed.End && ed.Start <= s: // insertion before or at the start
		return s + delta, t + delta, true
	case ed.Start == ed.End && ed.Start >= t: // insertion at or after the end
		return s, t, true
	case ed.End <= s: // edit entirely before
		return s + delta, t + delta, true
	case ed.Start >= t: // edit entirely after
		return s, t, true
	case ed.Start >= s && ed.End <= t: // edit inside the excerpt
		return s, t + delta, t+delta > s
	case ed.Start <= s && ed.End >= t: // excerpt inside the replaced stretch
		return 0, 0, false
	case ed.Start < s: // edit overlaps the excerpt's beginning
		return insEnd, t + delta, t+delta > insEnd
	default: // edit overlaps the excerpt's end
		return s, ed.Start, ed.Start > s
	}
}
