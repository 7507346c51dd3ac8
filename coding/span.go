package coding

import "sort"

// Span is a stretch [Start, End) of a text in code points, as excerpts
// and turns are. Word counts and intercoder agreement both work on sets of
// spans: what is coded, what a speaker said, what one coder coded and the
// other did not.
type Span struct{ Start, End int }

// Union merges spans into disjoint ones in text order; spans that overlap
// or touch become one, so overlapping codings count each character once.
// Empty spans are dropped.
func Union(ss []Span) []Span {
	in := make([]Span, 0, len(ss))
	for _, s := range ss {
		if s.End > s.Start {
			in = append(in, s)
		}
	}
	sort.Slice(in, func(i, j int) bool { return in[i].Start < in[j].Start })
	out := in[:0]
	for _, s := range in {
		if k := len(out) - 1; k >= 0 && s.Start <= out[k].End {
			out[k].End = max(out[k].End, s.End)
			continue
		}
		out = append(out, s)
	}
	return out
}

// Clamp cuts spans to a text of n characters, dropping what falls outside.
func Clamp(ss []Span, n int) []Span {
	out := make([]Span, 0, len(ss))
	for _, s := range ss {
		s.Start, s.End = max(s.Start, 0), min(s.End, n)
		if s.End > s.Start {
			out = append(out, s)
		}
	}
	return out
}

// Intersect returns what two unions share.
func Intersect(a, b []Span) []Span {
	var out []Span
	for i, j := 0, 0; i < len(a) && j < len(b); {
		lo, hi := max(a[i].Start, b[j].Start), min(a[i].End, b[j].End)
		if lo < hi {
			out = append(out, Span{lo, hi})
		}
		if a[i].End < b[j].End {
			i++
		} else {
			j++
		}
	}
	return out
}

// Minus returns the parts of union a outside union b.
func Minus(a, b []Span) []Span {
	var out []Span
	j := 0
	for _, s := range a {
		cur := s.Start
		for j < len(b) && b[j].End <= cur {
			j++
		}
		for k := j; k < len(b) && b[k].Start < s.End; k++ {
			if b[k].Start > cur {
				out = append(out, Span{cur, b[k].Start})
			}
			cur = max(cur, b[k].End)
		}
		if cur < s.End {
			out = append(out, Span{cur, s.End})
		}
	}
	return out
}

// Length is the number of characters the spans cover; they must not overlap.
func Length(ss []Span) int {
	n := 0
	for _, s := range ss {
		n += s.End - s.Start
	}
	return n
}
