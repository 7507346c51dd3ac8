package store

import (
	"database/sql"
	"fmt"

	"teema/coding"
)

// EditText changes a document's text and moves its codings with their
// words in the same transaction. It returns the text and codings as they
// were (for undo) and the codings the edit deleted.
func (p *Project) EditText(docID int64, ed coding.Edit) (before coding.DocText, lost []coding.Excerpt, err error) {
	err = p.tx(func(tx *sql.Tx) error {
		var err error
		if before, err = docText(tx, docID); err != nil {
			return err
		}
		newText, err := ed.Apply(before.Text)
		if err != nil {
			return err
		}
		kept, gone := coding.ShiftExcerpts(before.Excerpts, ed, newText)
		lost = gone
		return writeText(tx, docID, newText, kept, before.Times.Edit(ed))
	})
	if err != nil {
		return coding.DocText{}, nil, fmt.Errorf("edit text: %w", err)
	}
	return before, lost, nil
}

// docText is a document's text with its codings and time index, as an
// edit finds them and its undo puts them back.
func docText(tx *sql.Tx, docID int64) (d coding.DocText, err error) {
	d = coding.DocText{DocID: docID}
	if err := tx.QueryRow(`SELECT text FROM documents WHERE id = ?`, docID).Scan(&d.Text); err != nil {
		return d, fmt.Errorf("document %d: %w", docID, noDocument(err))
	}
	if d.Excerpts, err = excerpts(tx, coding.ExcerptFilter{DocID: docID}); err != nil {
		return d, err
	}
	d.Times, err = timeIndex(tx, docID)
	return d, err
}

// RestoreText puts back a document's text with exactly the given codings
// and time index.
func (p *Project) RestoreText(d coding.DocText) error {
	err := p.tx(func(tx *sql.Tx) error { return writeText(tx, d.DocID, d.Text, d.Excerpts, d.Times) })
	if err != nil {
		return fmt.Errorf("restore text: %w", err)
	}
	return nil
}

func writeText(tx *sql.Tx, docID int64, text string, es []coding.Excerpt, times coding.TimeIndex) error {
	d := coding.NewDocument("", text, "", "", nowUTC())
	if _, err := tx.Exec(`UPDATE documents SET text = ?, hash = ?, chars = ?, words = ? WHERE id = ?`,
		text, d.Hash, d.Chars, d.Words, docID); err != nil {
		return err
	}
	if err := insertTurns(tx, docID, d.Turns); err != nil {
		return err
	}
	if err := writeTimes(tx, docID, times); err != nil {
		return err
	}
	if _, err := tx.Exec(`DELETE FROM excerpts WHERE doc_id = ?`, docID); err != nil {
		return err
	}
	for _, e := range es {
		if _, err := insertExcerpt(tx, e); err != nil {
			return err
		}
	}
	return nil
}

var _ coding.Repo = (*Project)(nil)
