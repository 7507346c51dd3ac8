package frequencies

import (
	"cmp"
	"slices"
	"strings"

	"teema/coding/wordfreq"
)

// wordSort is how the table is sorted: by a column, up or down. The
// count comes first, most frequent at the top, as a researcher reads it.
type wordSort struct {
	col  int
	desc bool
}

var countOrder = wordSort{col: colCount, desc: true}

// tapped sorts by a column, and the other way when it already sorts by it.
func (s wordSort) tapped(col int) wordSort {
	if s.col == col {
		return wordSort{col: col, desc: !s.desc}
	}
	// Words read best A to Z; numbers largest first.
	return wordSort{col: col, desc: col != colWord && col != colForms}
}

// apply returns the words sorted; ties keep the count order.
func (s wordSort) apply(words []wordfreq.Word) []wordfreq.Word {
	out := slices.Clone(words)
	slices.SortStableFunc(out, func(a, b wordfreq.Word) int {
		c := s.compare(a, b)
		if s.desc {
			return -c
		}
		return c
	})
	return out
}

func (s wordSort) compare(a, b wordfreq.Word) int {
	switch s.col {
	case colWord:
		return strings.Compare(a.Word, b.Word)
	case colDocs:
		return cmp.Compare(a.Docs, b.Docs)
	case colForms:
		return cmp.Compare(len(a.Forms), len(b.Forms))
	}
	return cmp.Compare(a.Count, b.Count)
}

// arrow marks the column the table is sorted by.
func (s wordSort) arrow(col int) string {
	switch {
	case s.col != col:
		return ""
	case s.desc:
		return " ▼"
	}
	return " ▲"
}
