package units

import (
	"slices"
	"unicode"

	"teema/coding"
)

// labels finds each turn's label: from the turn's start through its
// colon and the spaces after it.
func labels(rs []rune, turns []coding.Turn) []coding.Span {
	out := make([]coding.Span, 0, len(turns))
	for _, t := range turns {
		end := t.Start
		for end < len(rs) && end < t.End && rs[end] != ':' && rs[end] != '\n' {
			end++
		}
		if end >= len(rs) || rs[end] != ':' {
			continue
		}
		end++
		for end < len(rs) && (rs[end] == ' ' || rs[end] == '\t') {
			end++
		}
		out = append(out, coding.Span{Start: t.Start, End: end})
	}
	return coding.Union(out)
}

// paragraphs are the stretches between blank lines.
func paragraphs(rs []rune) []coding.Span {
	var out []coding.Span
	start := 0
	for i := 0; i < len(rs); i++ {
		if rs[i] == '\n' && i+1 < len(rs) && rs[i+1] == '\n' {
			out = append(out, coding.Span{Start: start, End: i})
			for i+1 < len(rs) && rs[i+1] == '\n' {
				i++
			}
			start = i + 1
		}
	}
	return append(out, coding.Span{Start: start, End: len(rs)})
}

// sentences cuts the text at line breaks and sentence ends.
func sentences(rs []rune) []coding.Span {
	var out []coding.Span
	start := 0
	for i := 0; i < len(rs); i++ {
		switch {
		case rs[i] == '\n':
			out = append(out, coding.Span{Start: start, End: i})
			start = i + 1
		case isStop(rs[i]):
			end := i + 1
			for end < len(rs) && (isStop(rs[end]) || isCloser(rs[end])) {
				end++
			}
			if endsSentence(rs, end) {
				out = append(out, coding.Span{Start: start, End: end})
				start = end
			}
			i = end - 1
		}
	}
	return append(out, coding.Span{Start: start, End: len(rs)})
}

func isStop(r rune) bool { return r == '.' || r == '!' || r == '?' || r == '…' }

func isCloser(r rune) bool {
	switch r {
	case '"', '\'', '”', '’', '»', ')', ']':
		return true
	}
	return false
}

// endsSentence reports whether stop punctuation ending before i ends a
// sentence: it is followed by the end, a line break, or white space and
// then anything but a small letter or a digit.
func endsSentence(rs []rune, i int) bool {
	if i >= len(rs) || rs[i] == '\n' {
		return true
	}
	if !unicode.IsSpace(rs[i]) {
		return false // "3.5", "www.kajo.fi"
	}
	for i < len(rs) && rs[i] != '\n' && unicode.IsSpace(rs[i]) {
		i++
	}
	return i >= len(rs) || rs[i] == '\n' || !unicode.IsLower(rs[i]) && !unicode.IsDigit(rs[i])
}

// turnSpans are the speakers' turns, and the paragraphs of the text
// outside every turn, in text order.
func turnSpans(rs []rune, turns []coding.Turn, paras []coding.Span) []coding.Span {
	inTurns := make([]coding.Span, 0, len(turns))
	for _, t := range turns {
		inTurns = append(inTurns, coding.Span{Start: t.Start, End: min(t.End, len(rs))})
	}
	out := append([]coding.Span{}, inTurns...)
	out = append(out, coding.Minus(paras, coding.Union(inTurns))...)
	slices.SortFunc(out, func(a, b coding.Span) int { return a.Start - b.Start })
	return out
}
