package store

import (
	"database/sql"
	"fmt"

	"teema/coding"
)

// RewriteText makes many edits of a document's text in one transaction
// and moves its codings with their words (coding.Rewrite). It returns the
// text and codings as they were, for undo.
func (p *Project) RewriteText(docID int64, rw coding.Rewrite) (before coding.DocText, err error) {
	err = p.tx(func(tx *sql.Tx) error {
		var err error
		if before, err = docText(tx, docID); err != nil {
			return err
		}
		newText, err := rw.Apply(before.Text)
		if err != nil {
			return err
		}
		return writeText(tx, docID, newText, rw.Shift(before.Excerpts, newText), before.Times.Rewrite(rw))
	})
	if err != nil {
		return coding.DocText{}, fmt.Errorf("rewrite text: %w", err)
	}
	return before, nil
}

// SetOriginalName changes the name of the file a document came from and
// returns the name it had.
func (p *Project) SetOriginalName(docID int64, name string) (old string, err error) {
	err = p.tx(func(tx *sql.Tx) error {
		if err := tx.QueryRow(`SELECT original_name FROM documents WHERE id = ?`, docID).Scan(&old); err != nil {
			return noDocument(err)
		}
		_, err := tx.Exec(`UPDATE documents SET original_name = ? WHERE id = ?`, name, docID)
		return err
	})
	if err != nil {
		return "", fmt.Errorf("set the file name of document %d: %w", docID, err)
	}
	return old, nil
}
