package store

import (
	"database/sql"
	"fmt"

	"teema/coding"
)

// CodeMany codes many stretches in one transaction, each under the
// domain's rules as AddExcerpt's, and returns them as stored. One refused
// refuses them all. Each document's text and codings are read once.
func (p *Project) CodeMany(es []coding.Excerpt) ([]coding.Excerpt, error) {
	out := make([]coding.Excerpt, 0, len(es))
	err := p.tx(func(tx *sql.Tx) error {
		book, err := codeBook(tx)
		if err != nil {
			return err
		}
		docs := map[int64]coding.Document{}
		same := map[[2]int64][]coding.Excerpt{} // doc, code → its codings so far
		for _, e := range es {
			doc, ok := docs[e.DocID]
			if !ok {
				if doc, err = documentText(tx, e.DocID); err != nil {
					return err
				}
				docs[e.DocID] = doc
			}
			key := [2]int64{e.DocID, e.CodeID}
			had, ok := same[key]
			if !ok {
				if had, err = excerpts(tx, coding.ExcerptFilter{DocID: e.DocID, CodeIDs: []int64{e.CodeID}}); err != nil {
					return err
				}
			}
			if e, err = coding.NewExcerpt(doc, book, e, had); err != nil {
				return err
			}
			if e.Created.IsZero() {
				e.Created = p.now()
			}
			if e.ID, err = insertExcerpt(tx, e); err != nil {
				return err
			}
			same[key] = append(had, e)
			out = append(out, e)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("code text: %w", err)
	}
	return out, nil
}

// UncodeMany removes many codings in one transaction and returns them,
// for undo.
func (p *Project) UncodeMany(ids []int64) ([]coding.Excerpt, error) {
	out := make([]coding.Excerpt, 0, len(ids))
	err := p.tx(func(tx *sql.Tx) error {
		for _, id := range ids {
			e, err := excerptByID(tx, id)
			if err != nil {
				return err
			}
			if _, err := tx.Exec(`DELETE FROM excerpts WHERE id = ?`, id); err != nil {
				return err
			}
			out = append(out, e)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("remove codings: %w", err)
	}
	return out, nil
}
