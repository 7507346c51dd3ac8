package store

import (
	"database/sql"
	"fmt"
	"sort"

	"teema/coding"
)

// Snapshot copies the code book, all codings and code memos, so that
// changes too tangled to invert step by step can be undone.
func (p *Project) Snapshot() (coding.Snapshot, error) {
	cb, err := p.CodeBook()
	if err != nil {
		return coding.Snapshot{}, err
	}
	s := coding.Snapshot{Memos: map[int64]string{}}
	cb.Walk(func(c coding.Code, _ int) { s.Codes = append(s.Codes, c) })
	if s.Excerpts, err = p.Excerpts(coding.ExcerptFilter{}); err != nil {
		return s, err
	}
	memos, err := p.Memos()
	if err != nil {
		return s, err
	}
	for t, text := range memos {
		if t.Kind == coding.CodeMemo {
			s.Memos[t.ID] = text
		}
	}
	sums, err := p.Summaries()
	for k, text := range sums {
		s.Summaries = append(s.Summaries, coding.Summary{SummaryKey: k, Text: text})
	}
	// Map order is random; a snapshot compares equal to an equal state.
	sort.Slice(s.Summaries, func(i, j int) bool {
		a, b := s.Summaries[i].SummaryKey, s.Summaries[j].SummaryKey
		return a.CodeID < b.CodeID || a.CodeID == b.CodeID && (a.RowsBy < b.RowsBy || a.RowsBy == b.RowsBy && a.Row < b.Row)
	})
	return s, err
}

// RestoreSnapshot replaces the code book, codings and code memos with a
// snapshot, in one transaction.
func (p *Project) RestoreSnapshot(s coding.Snapshot) error {
	err := p.tx(func(tx *sql.Tx) error {
		for _, q := range []string{`DELETE FROM excerpts`, `DELETE FROM summaries`, `DELETE FROM codes`, `DELETE FROM memos WHERE kind = 'code'`} {
			if _, err := tx.Exec(q); err != nil {
				return err
			}
		}
		return restoreRows(tx, coding.Removed{Codes: s.Codes, Excerpts: s.Excerpts, Memos: s.Memos, Summaries: s.Summaries}, timeText(p.now()))
	})
	if err != nil {
		return fmt.Errorf("restore code book: %w", err)
	}
	return nil
}

// restoreRows inserts codes (parents first), codings and code memos under
// their original ids.
func restoreRows(tx *sql.Tx, r coding.Removed, at string) error {
	for _, c := range r.Codes {
		if _, err := tx.Exec(`INSERT INTO codes(id, parent_id, name, color, description, position) VALUES (?, ?, ?, ?, ?, ?)`,
			c.ID, nullID(c.ParentID), c.Name, c.Color, c.Description, c.Order); err != nil {
			return fmt.Errorf("restore code %q: %w", c.Name, err)
		}
	}
	for _, e := range r.Excerpts {
		if _, err := insertExcerpt(tx, e); err != nil {
			return err
		}
	}
	for id, text := range r.Memos {
		if err := setMemo(tx, coding.MemoTarget{Kind: coding.CodeMemo, ID: id}, text, at); err != nil {
			return err
		}
	}
	for _, sum := range r.Summaries {
		if err := setSummary(tx, sum.SummaryKey, sum.Text, at); err != nil {
			return err
		}
	}
	return nil
}
