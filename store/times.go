package store

import (
	"database/sql"
	"fmt"

	"teema/coding"
)

// TimeIndex is a document's time index: empty when it has no times.
func (p *Project) TimeIndex(docID int64) (coding.TimeIndex, error) {
	ix, err := timeIndex(p.db, docID)
	if err != nil {
		return nil, fmt.Errorf("time index of document %d: %w", docID, err)
	}
	return ix, nil
}

func timeIndex(q querier, docID int64) (coding.TimeIndex, error) {
	rows, err := q.Query(`SELECT offset, seconds FROM time_marks WHERE doc_id = ? ORDER BY offset`, docID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var ix coding.TimeIndex
	for rows.Next() {
		var m coding.TimeMark
		if err := rows.Scan(&m.Offset, &m.Seconds); err != nil {
			return nil, err
		}
		ix = append(ix, m)
	}
	return ix, rows.Err()
}

// writeTimes replaces a document's time index.
func writeTimes(tx *sql.Tx, docID int64, ix coding.TimeIndex) error {
	if _, err := tx.Exec(`DELETE FROM time_marks WHERE doc_id = ?`, docID); err != nil {
		return err
	}
	if len(ix) == 0 {
		return nil
	}
	stmt, err := tx.Prepare(`INSERT INTO time_marks(doc_id, offset, seconds) VALUES (?, ?, ?)`)
	if err != nil {
		return err
	}
	defer stmt.Close()
	for _, m := range ix {
		if _, err := stmt.Exec(docID, m.Offset, m.Seconds); err != nil {
			return err
		}
	}
	return nil
}
