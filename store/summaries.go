package store

import (
	"database/sql"
	"errors"
	"fmt"

	"teema/coding"
)

// Summaries loads every matrix cell summary.
func (p *Project) Summaries() (map[coding.SummaryKey]string, error) {
	return summaries(p.db, "")
}

func summaries(q querier, where string, args ...any) (map[coding.SummaryKey]string, error) {
	rows, err := q.Query(`SELECT code_id, rows_by, row_key, text FROM summaries `+where, args...)
	if err != nil {
		return nil, fmt.Errorf("load summaries: %w", err)
	}
	defer rows.Close()
	out := map[coding.SummaryKey]string{}
	for rows.Next() {
		var k coding.SummaryKey
		var text string
		if err := rows.Scan(&k.CodeID, &k.RowsBy, &k.Row, &text); err != nil {
			return nil, err
		}
		out[k] = text
	}
	return out, rows.Err()
}

// SetSummary writes a cell's summary (empty removes it) and returns the
// old text, for undo.
func (p *Project) SetSummary(k coding.SummaryKey, text string) (old string, err error) {
	err = p.tx(func(tx *sql.Tx) error {
		var n int
		if err := tx.QueryRow(`SELECT count(*) FROM codes WHERE id = ?`, k.CodeID).Scan(&n); err != nil {
			return err
		}
		if n == 0 {
			return fmt.Errorf("code %d: %w", k.CodeID, coding.ErrNoCode.New(nil))
		}
		err := tx.QueryRow(`SELECT text FROM summaries WHERE code_id = ? AND rows_by = ? AND row_key = ?`,
			k.CodeID, k.RowsBy, k.Row).Scan(&old)
		if err != nil && !errors.Is(err, sql.ErrNoRows) {
			return err
		}
		return setSummary(tx, k, text, timeText(p.now()))
	})
	if err != nil {
		return "", fmt.Errorf("save summary: %w", err)
	}
	return old, nil
}

func setSummary(tx *sql.Tx, k coding.SummaryKey, text, at string) error {
	if text == "" {
		_, err := tx.Exec(`DELETE FROM summaries WHERE code_id = ? AND rows_by = ? AND row_key = ?`, k.CodeID, k.RowsBy, k.Row)
		return err
	}
	_, err := tx.Exec(`INSERT INTO summaries(code_id, rows_by, row_key, text, updated_at) VALUES (?, ?, ?, ?, ?)
		ON CONFLICT(code_id, rows_by, row_key) DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at`,
		k.CodeID, k.RowsBy, k.Row, text, at)
	return err
}

// codeSummaries lists the summaries of some codes, for undoing a deletion.
func codeSummaries(tx *sql.Tx, ids []int64) ([]coding.Summary, error) {
	var out []coding.Summary
	for _, id := range ids {
		m, err := summaries(tx, "WHERE code_id = ?", id)
		if err != nil {
			return nil, err
		}
		for k, text := range m {
			out = append(out, coding.Summary{SummaryKey: k, Text: text})
		}
	}
	return out, nil
}

// Corpus loads everything matrices, counts and exports are computed from.
func (p *Project) Corpus() (coding.Corpus, error) {
	var c coding.Corpus
	var err error
	if c.Book, err = p.CodeBook(); err != nil {
		return c, err
	}
	if c.Docs, err = p.Documents(); err != nil {
		return c, err
	}
	if c.Excerpts, err = p.Excerpts(coding.ExcerptFilter{}); err != nil {
		return c, err
	}
	if c.Summaries, err = p.Summaries(); err != nil {
		return c, err
	}
	if c.Times, err = p.allTimes(); err != nil {
		return c, err
	}
	c.Turns, err = p.allTurns()
	return c, err
}

// allTimes loads every timed transcript's time index in one query.
func (p *Project) allTimes() (map[int64]coding.TimeIndex, error) {
	rows, err := p.db.Query(`SELECT doc_id, offset, seconds FROM time_marks ORDER BY doc_id, offset`)
	if err != nil {
		return nil, fmt.Errorf("load time indexes: %w", err)
	}
	defer rows.Close()
	out := map[int64]coding.TimeIndex{}
	for rows.Next() {
		var id int64
		var m coding.TimeMark
		if err := rows.Scan(&id, &m.Offset, &m.Seconds); err != nil {
			return nil, err
		}
		out[id] = append(out[id], m)
	}
	return out, rows.Err()
}

// allTurns loads every document's turns in one query.
func (p *Project) allTurns() (map[int64][]coding.Turn, error) {
	rows, err := p.db.Query(`SELECT doc_id, speaker, start, end FROM turns ORDER BY doc_id, seq`)
	if err != nil {
		return nil, fmt.Errorf("load turns: %w", err)
	}
	defer rows.Close()
	out := map[int64][]coding.Turn{}
	for rows.Next() {
		var id int64
		var t coding.Turn
		if err := rows.Scan(&id, &t.Speaker, &t.Start, &t.End); err != nil {
			return nil, err
		}
		out[id] = append(out[id], t)
	}
	return out, rows.Err()
}
