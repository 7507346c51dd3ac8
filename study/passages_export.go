package study

import (
	"encoding/csv"
	"io"
	"strconv"

	"teema/coding"
	"teema/store"
	"teema/store/workbook"
)

// HitRows are a search's hits as exported, each with its interview, its
// speaker and its interview's value of the group attribute.
func HitRows(f Found, group string) []workbook.Passage {
	docs := byID(f.Docs)
	out := make([]workbook.Passage, len(f.Hits))
	for i, h := range f.Hits {
		d := docs[h.DocID]
		out[i] = workbook.Passage{Doc: d.Name, Speaker: h.Speaker, Group: d.Attributes[group], Start: h.Start, End: h.End,
			Left: h.Left(), Text: h.Text, Right: h.Right(), Form: h.Form}
	}
	return out
}

// PassageRows are a coding query's passages as exported.
func PassageRows(a Answer, group string) []workbook.Passage {
	docs := byID(a.Corpus.Docs)
	out := make([]workbook.Passage, len(a.Passages))
	for i, e := range a.Passages {
		d := docs[e.DocID]
		out[i] = workbook.Passage{Doc: d.Name, Speaker: a.Corpus.Speaker(e), Group: d.Attributes[group], Start: e.Start, End: e.End, Text: e.Text}
	}
	return out
}

func byID(docs []coding.DocumentInfo) map[int64]coding.DocumentInfo {
	out := make(map[int64]coding.DocumentInfo, len(docs))
	for _, d := range docs {
		out[d.ID] = d
	}
	return out
}

// WritePassages writes exported hits or passages as a workbook in lang,
// or, with asCSV, as CSV with a BOM so Excel reads the Finnish letters.
func WritePassages(w io.Writer, t workbook.Passages, asCSV bool, lang string) error {
	if !asCSV {
		return workbook.WritePassages(w, t, lang)
	}
	if _, err := io.WriteString(w, "\uFEFF"); err != nil {
		return err
	}
	cw := csv.NewWriter(w)
	head := []string{"document", "speaker", store.SafeCell(t.Group), "start", "end", "text"}
	if t.KWIC {
		head = []string{"document", "speaker", store.SafeCell(t.Group), "start", "end", "before", "hit", "after", "form"}
	}
	if err := cw.Write(head); err != nil {
		return err
	}
	for _, p := range t.Rows {
		row := []string{store.SafeCell(p.Doc), store.SafeCell(p.Speaker), store.SafeCell(p.Group), strconv.Itoa(p.Start), strconv.Itoa(p.End)}
		if t.KWIC {
			row = append(row, store.SafeCell(p.Left), store.SafeCell(p.Text), store.SafeCell(p.Right), store.SafeCell(p.Form))
		} else {
			row = append(row, store.SafeCell(p.Text))
		}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}
