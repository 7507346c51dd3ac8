package store

import (
	"database/sql"
	"errors"
	"fmt"

	"teema/coding"
)

// Recording is the recording attached to a document, or nil.
func (p *Project) Recording(docID int64) (*coding.Recording, error) {
	r, err := recording(p.db, docID)
	if err != nil {
		return nil, fmt.Errorf("recording of document %d: %w", docID, err)
	}
	return r, nil
}

func recording(q querier, docID int64) (*coding.Recording, error) {
	var r coding.Recording
	err := q.QueryRow(`SELECT path, fingerprint, seconds FROM recordings WHERE doc_id = ?`, docID).
		Scan(&r.Path, &r.Print, &r.Seconds)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	return &r, nil
}

// SetRecording attaches a recording to a document (nil detaches it) and
// returns the one it had.
func (p *Project) SetRecording(docID int64, rec *coding.Recording) (old *coding.Recording, err error) {
	err = p.tx(func(tx *sql.Tx) error {
		var id int64
		if err := tx.QueryRow(`SELECT id FROM documents WHERE id = ?`, docID).Scan(&id); err != nil {
			return noDocument(err)
		}
		if old, err = recording(tx, docID); err != nil {
			return err
		}
		return writeRecording(tx, docID, rec)
	})
	if err != nil {
		return nil, fmt.Errorf("set the recording of document %d: %w", docID, err)
	}
	return old, nil
}

func writeRecording(tx *sql.Tx, docID int64, rec *coding.Recording) error {
	if _, err := tx.Exec(`DELETE FROM recordings WHERE doc_id = ?`, docID); err != nil || rec == nil {
		return err
	}
	_, err := tx.Exec(`INSERT INTO recordings(doc_id, path, fingerprint, seconds) VALUES (?, ?, ?, ?)`,
		docID, rec.Path, rec.Print, rec.Seconds)
	return err
}
