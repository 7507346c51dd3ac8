package merge

import (
	"strconv"

	"teema/coding"
	"teema/message"
)

// codingKey identifies a coding for duplicate detection.
type codingKey struct {
	doc, code  int64
	start, end int
	coder      string
}

func keyOf(e coding.Excerpt) codingKey {
	return codingKey{e.DocID, e.CodeID, e.Start, e.End, e.Coder}
}

// mergeCodings adds their codings, with their coder; a coding we have,
// by the same coder, is not added twice.
func (m *merger) mergeCodings() error {
	ours := map[codingKey]coding.Excerpt{}
	for _, e := range m.ours.Excerpts {
		ours[keyOf(e)] = e
	}
	var add []coding.Excerpt
	for _, e := range m.src.Excerpts {
		mapped, ok := m.mapCoding(e)
		if !ok {
			continue
		}
		k := keyOf(mapped)
		if dup, ok := ours[k]; ok {
			m.rep.tally(Codings, Matched)
			if err := m.mergeExcerptMemo(dup, e.Memo); err != nil {
				return err
			}
			continue
		}
		ours[k] = mapped
		add = append(add, mapped)
	}
	if err := m.b.AddExcerpts(add); err != nil {
		return err
	}
	m.rep.Counts[Codings].Added += len(add)
	return nil
}

// mapCoding puts their coding on our document and code, refusing one whose
// offsets would select other words in our text.
func (m *merger) mapCoding(e coding.Excerpt) (coding.Excerpt, bool) {
	doc, code := m.docs[e.DocID], m.codes[e.CodeID]
	path := m.src.Book.Path(e.CodeID)
	if doc == 0 || code == 0 {
		m.rep.tally(Codings, Conflict, noteCodingOrphan.Say(message.Args{"Code": strconv.Quote(path), "Source": m.src.Name}))
		return coding.Excerpt{}, false
	}
	want := m.theirs.slice(e.DocID, e.Start, e.End)
	if e.Start < 0 || e.End <= e.Start || coding.RuneLen(want) != e.End-e.Start || m.texts.slice(doc, e.Start, e.End) != want {
		m.rep.tally(Codings, Conflict, noteCodingMisfit.Say(message.Args{"Start": e.Start, "End": e.End,
			"Document": strconv.Quote(m.docName[doc]), "Code": strconv.Quote(path), "Coder": e.Coder}))
		return coding.Excerpt{}, false
	}
	return coding.Excerpt{DocID: doc, CodeID: code, Start: e.Start, End: e.End, Coder: e.Coder, Memo: e.Memo, Created: e.Created}, true
}

// mergeExcerptMemo joins their memo on a coding we already have with ours.
func (m *merger) mergeExcerptMemo(ours coding.Excerpt, theirs string) error {
	if ours.ID == 0 {
		return nil // a duplicate within their own codings, not yet stored
	}
	args := message.Args{"Start": ours.Start, "End": ours.End, "Document": strconv.Quote(m.docName[ours.DocID])}
	return m.mergeMemo(codingMemo, args, ours.Memo, theirs, func(text string) error {
		return m.b.SetExcerptMemo(ours.ID, text)
	})
}
