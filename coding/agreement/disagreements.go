package agreement

import (
	"sort"

	"teema/coding"
)

// Disagreement is a stretch of text that one coder coded with a code and
// the other did not: what the two sit down to discuss.
type Disagreement struct {
	DocID  int64
	Doc    string // document name
	CodeID int64
	Code   string // code path
	Start  int    // code points, as excerpts
	End    int
	Coder  string // the one who coded it
	Text   string
}

// newDisagreement is a span one coder coded and the other did not; at
// are the byte offsets of the document's characters (runeStarts), the
// span within them (union clips it).
func newDisagreement(d coding.Document, at []int, code CodeResult, s coding.Span, coder string) Disagreement {
	return Disagreement{
		DocID: d.ID, Doc: d.Name, CodeID: code.Code.ID, Code: code.Path,
		Start: s.Start, End: s.End, Coder: coder, Text: d.Text[at[s.Start]:at[s.End]],
	}
}

// runeStarts are the byte offsets at which a text's characters start,
// and its length in bytes last: character i is text[at[i]:at[i+1]].
func runeStarts(text string) []int {
	at := make([]int, 0, len(text)+1)
	for i := range text {
		at = append(at, i)
	}
	return append(at, len(text))
}

// sortDisagreements orders the list to be read along each transcript:
// by document, then position, then code in code book order.
func sortDisagreements(ds []Disagreement, docs []coding.Document, codes []coding.Code) {
	docAt, codeAt := map[int64]int{}, map[int64]int{}
	for i, d := range docs {
		docAt[d.ID] = i
	}
	for i, c := range codes {
		codeAt[c.ID] = i
	}
	sort.SliceStable(ds, func(i, j int) bool {
		a, b := ds[i], ds[j]
		if a.DocID != b.DocID {
			return docAt[a.DocID] < docAt[b.DocID]
		}
		if a.Start != b.Start {
			return a.Start < b.Start
		}
		return codeAt[a.CodeID] < codeAt[b.CodeID]
	})
}
