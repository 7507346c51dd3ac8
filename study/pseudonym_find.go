package study

import (
	"teema/coding/pseudonym"
	"teema/message"
	"teema/store"
)

// NameList is what "find the names" answers: the words of the chosen
// transcripts that may be names, a replacement suggested for each, and
// what the list cannot hold (without Voikko).
type NameList struct {
	Candidates []pseudonym.Candidate
	Suggested  []string // one per candidate
	Notes      []message.Note
}

// FindNames looks for names in the chosen transcripts (all when docIDs
// is empty).
func FindNames(p *store.Project, docIDs []int64, r *NameReader) (NameList, error) {
	texts, err := docTexts(p, docIDs)
	if err != nil {
		return NameList{}, err
	}
	cs := pseudonym.Find(texts, r.Analyser())
	return NameList{Candidates: cs, Suggested: pseudonym.Suggest(cs), Notes: r.Notes()}, nil
}

// docTexts are the texts of the chosen transcripts, all when none is
// chosen.
func docTexts(p *store.Project, docIDs []int64) ([]pseudonym.Text, error) {
	ids, err := scopeIDs(p, docIDs)
	if err != nil {
		return nil, err
	}
	out := make([]pseudonym.Text, 0, len(ids))
	for _, id := range ids {
		d, err := p.DocumentText(id)
		if err != nil {
			return nil, err
		}
		out = append(out, pseudonym.Text{DocID: id, Text: d.Text})
	}
	return out, nil
}

// scopeIDs are the chosen transcripts, or all of them.
func scopeIDs(p *store.Project, docIDs []int64) ([]int64, error) {
	if len(docIDs) > 0 {
		return docIDs, nil
	}
	docs, err := p.Documents()
	if err != nil {
		return nil, err
	}
	ids := make([]int64, len(docs))
	for i, d := range docs {
		ids[i] = d.ID
	}
	return ids, nil
}

// FindWord finds a word the researcher adds to the list in the chosen
// transcripts, in every form a key with it would replace.
func FindWord(p *store.Project, docIDs []int64, r *NameReader, word string) (pseudonym.Candidate, error) {
	texts, err := docTexts(p, docIDs)
	if err != nil {
		return pseudonym.Candidate{}, err
	}
	return pseudonym.Own(texts, r.Analyser(), word), nil
}
