package store

import (
	"database/sql"
	"fmt"

	"teema/coding"
)

// DeleteDocument removes a document with its attributes, turns, codings
// and memo, and returns them all, for undo. Its word tallies go too: they
// are made again when a count needs them.
func (p *Project) DeleteDocument(docID int64) (coding.RemovedDocument, error) {
	var r coding.RemovedDocument
	err := p.tx(func(tx *sql.Tx) error {
		var err error
		if r, err = removedDocument(tx, docID); err != nil {
			return err
		}
		_, err = tx.Exec(`DELETE FROM documents WHERE id = ?`, docID)
		return err
	})
	if err != nil {
		return coding.RemovedDocument{}, fmt.Errorf("delete document %d: %w", docID, err)
	}
	return r, nil
}

// removedDocument reads everything deleting a document takes with it.
func removedDocument(tx *sql.Tx, docID int64) (coding.RemovedDocument, error) {
	var r coding.RemovedDocument
	var err error
	if r.Doc, err = document(tx, docID); err != nil {
		return r, err
	}
	if r.Excerpts, err = excerpts(tx, coding.ExcerptFilter{DocID: docID}); err != nil {
		return r, err
	}
	if r.Recording, err = recording(tx, docID); err != nil {
		return r, err
	}
	r.Memo, err = memo(tx, coding.MemoTarget{Kind: coding.DocumentMemo, ID: docID})
	return r, err
}

// RestoreDocument puts back a document DeleteDocument removed, under its
// ids.
func (p *Project) RestoreDocument(r coding.RemovedDocument) error {
	err := p.tx(func(tx *sql.Tx) error {
		d := r.Doc
		_, err := tx.Exec(`INSERT INTO documents(id, name, text, format, original_name, hash, imported_at, chars, words)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			d.ID, d.Name, d.Text, d.Format, d.OriginalName, d.Hash, timeText(d.ImportedAt), d.Chars, d.Words)
		if err != nil {
			return err
		}
		if err := insertDocumentRows(tx, d.ID, d); err != nil {
			return err
		}
		for _, e := range r.Excerpts {
			if _, err := insertExcerpt(tx, e); err != nil {
				return err
			}
		}
		if err := writeRecording(tx, d.ID, r.Recording); err != nil {
			return err
		}
		return setMemo(tx, coding.MemoTarget{Kind: coding.DocumentMemo, ID: d.ID}, r.Memo, timeText(p.now()))
	})
	if err != nil {
		return fmt.Errorf("restore document %q: %w", r.Doc.Name, err)
	}
	return nil
}
