package agreement

import "sort"

// span is a stretch [start, end) of a document in code points.
type span struct{ start, end int }

// union merges a coder's codings of one code into disjoint, sorted
// stretches, clamped to the document's n characters: overlapping codings
// code each character once.
func union(ss []span, n int) []span {
	var in []span
	for _, s := range ss {
		s.start, s.end = max(s.start, 0), min(s.end, n)
		if s.end > s.start {
			in = append(in, s)
		}
	}
	sort.Slice(in, func(i, j int) bool { return in[i].start < in[j].start })
	var out []span
	for _, s := range in {
		if k := len(out) - 1; k >= 0 && s.start <= out[k].end {
			out[k].end = max(out[k].end, s.end)
			continue
		}
		out = append(out, s)
	}
	return out
}

func length(ss []span) int {
	n := 0
	for _, s := range ss {
		n += s.end - s.start
	}
	return n
}

// minus returns the stretches of a not covered by b; both must come from
// union.
func minus(a, b []span) []span {
	var out []span
	j := 0
	for _, s := range a {
		cur := s.start
		for j < len(b) && b[j].end <= cur {
			j++
		}
		for k := j; k < len(b) && b[k].start < s.end; k++ {
			if b[k].start > cur {
				out = append(out, span{cur, b[k].start})
			}
			cur = max(cur, b[k].end)
		}
		if cur < s.end {
			out = append(out, span{cur, s.end})
		}
	}
	return out
}

// compare tallies one code in one document of n characters from each
// coder's stretches, and returns what only A and only B coded.
func compare(a, b []span, n int) (t Tally, onlyA, onlyB []span) {
	onlyA, onlyB = minus(a, b), minus(b, a)
	t.OnlyA, t.OnlyB = length(onlyA), length(onlyB)
	t.Both = length(a) - t.OnlyA
	t.Neither = n - t.Both - t.OnlyA - t.OnlyB
	return t, onlyA, onlyB
}
