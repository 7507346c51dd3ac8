package search

import (
	"slices"
	"strings"
)

// DocCount is how many hits a document has.
type DocCount struct {
	DocID int64
	Hits  int
}

// FormCount is how many hits a word form has: each way of writing a
// word found (asiakkaan, asiakkaille), under the form it matched by.
type FormCount struct {
	Written string // case-folded, as in the text
	Form    string
	Hits    int
	Docs    int // documents it is in
}

// Counts are a search's hits counted per document, in the hits' order,
// and per written form, the most frequent first.
type Counts struct {
	Docs  []DocCount
	Forms []FormCount
}

// Count counts hits.
func Count(hits []Hit) Counts {
	var c Counts
	docAt := map[int64]int{}
	formAt := map[string]int{}
	inDoc := map[string]int64{} // the last document a form was counted in
	for _, h := range hits {
		i, ok := docAt[h.DocID]
		if !ok {
			i = len(c.Docs)
			docAt[h.DocID] = i
			c.Docs = append(c.Docs, DocCount{DocID: h.DocID})
		}
		c.Docs[i].Hits++
		w := strings.ToLower(flat(h.Text))
		j, ok := formAt[w]
		if !ok {
			j = len(c.Forms)
			formAt[w] = j
			c.Forms = append(c.Forms, FormCount{Written: w, Form: h.Form})
		}
		c.Forms[j].Hits++
		if d, ok := inDoc[w]; !ok || d != h.DocID {
			inDoc[w] = h.DocID
			c.Forms[j].Docs++
		}
	}
	slices.SortStableFunc(c.Forms, func(a, b FormCount) int {
		if a.Hits != b.Hits {
			return b.Hits - a.Hits
		}
		return strings.Compare(a.Written, b.Written)
	})
	return c
}
