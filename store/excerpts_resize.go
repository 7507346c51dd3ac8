package store

import (
	"database/sql"
	"fmt"

	"teema/coding"
)

// ResizeExcerpt gives a coding a new range of its document under the
// domain's rules (coding.Resized), copying the words it now covers, and
// returns the coding as it was, for undo.
func (p *Project) ResizeExcerpt(id int64, start, end int) (coding.Excerpt, error) {
	var old coding.Excerpt
	err := p.tx(func(tx *sql.Tx) error {
		var err error
		if old, err = excerptByID(tx, id); err != nil {
			return err
		}
		doc, err := documentText(tx, old.DocID)
		if err != nil {
			return err
		}
		book, err := codeBook(tx)
		if err != nil {
			return err
		}
		same, err := excerpts(tx, coding.ExcerptFilter{DocID: old.DocID, CodeIDs: []int64{old.CodeID}})
		if err != nil {
			return err
		}
		e, err := coding.Resized(doc, book, old, start, end, same)
		if err != nil {
			return err
		}
		_, err = tx.Exec(`UPDATE excerpts SET start = ?, end = ?, text = ? WHERE id = ?`, e.Start, e.End, e.Text, id)
		return err
	})
	if err != nil {
		return coding.Excerpt{}, fmt.Errorf("resize coding %d: %w", id, err)
	}
	return old, nil
}
