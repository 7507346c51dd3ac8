package agreement

import "teema/coding"

// compare tallies one code in one document of n characters from each
// coder's stretches, and returns what only A and only B coded.
func compare(a, b []coding.Span, n int) (t Tally, onlyA, onlyB []coding.Span) {
	onlyA, onlyB = coding.Minus(a, b), coding.Minus(b, a)
	t.OnlyA, t.OnlyB = coding.Length(onlyA), coding.Length(onlyB)
	t.Both = coding.Length(a) - t.OnlyA
	t.Neither = n - t.Both - t.OnlyA - t.OnlyB
	return t, onlyA, onlyB
}

// union merges a coder's codings of one code into disjoint, sorted
// stretches within the document's n characters: overlapping codings code
// each character once.
func union(ss []coding.Span, n int) []coding.Span { return coding.Union(coding.Clamp(ss, n)) }
