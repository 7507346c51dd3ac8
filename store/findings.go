package store

import (
	"database/sql"
	"errors"
	"fmt"

	"teema/coding"
)

// Findings lists the findings table in order.
func (p *Project) Findings() ([]coding.Finding, error) {
	rows, err := p.db.Query(`SELECT id, position, finding, proposal FROM findings ORDER BY position, id`)
	if err != nil {
		return nil, fmt.Errorf("load findings: %w", err)
	}
	defer rows.Close()
	var out []coding.Finding
	for rows.Next() {
		var f coding.Finding
		if err := rows.Scan(&f.ID, &f.Order, &f.Finding, &f.Proposal); err != nil {
			return nil, err
		}
		out = append(out, f)
	}
	return out, rows.Err()
}

// PutFinding adds a finding (ID 0, at the end unless Order is set) or
// replaces one; an ID from undo is put back under that ID. It returns the
// finding as stored and as it was (zero if new).
func (p *Project) PutFinding(f coding.Finding) (stored, old coding.Finding, err error) {
	err = p.tx(func(tx *sql.Tx) error {
		if f.ID != 0 {
			err := tx.QueryRow(`SELECT id, position, finding, proposal FROM findings WHERE id = ?`, f.ID).
				Scan(&old.ID, &old.Order, &old.Finding, &old.Proposal)
			if err != nil && !errors.Is(err, sql.ErrNoRows) {
				return err
			}
		}
		if f.ID == 0 && f.Order == 0 {
			if err := tx.QueryRow(`SELECT ifnull(max(position), 0) + 1 FROM findings`).Scan(&f.Order); err != nil {
				return err
			}
		}
		res, err := tx.Exec(`INSERT INTO findings(id, position, finding, proposal) VALUES (?, ?, ?, ?)
			ON CONFLICT(id) DO UPDATE SET position = excluded.position, finding = excluded.finding, proposal = excluded.proposal`,
			nullID(f.ID), f.Order, f.Finding, f.Proposal)
		if err != nil {
			return err
		}
		if f.ID == 0 {
			f.ID, err = res.LastInsertId()
		}
		return err
	})
	if err != nil {
		return coding.Finding{}, coding.Finding{}, fmt.Errorf("save finding: %w", err)
	}
	return f, old, nil
}

// DeleteFinding removes a finding and returns it, for undo.
func (p *Project) DeleteFinding(id int64) (coding.Finding, error) {
	var f coding.Finding
	err := p.tx(func(tx *sql.Tx) error {
		err := tx.QueryRow(`SELECT id, position, finding, proposal FROM findings WHERE id = ?`, id).
			Scan(&f.ID, &f.Order, &f.Finding, &f.Proposal)
		if errors.Is(err, sql.ErrNoRows) {
			return fmt.Errorf("finding %d: %w", id, coding.ErrNoFinding.New(nil))
		}
		if err != nil {
			return err
		}
		_, err = tx.Exec(`DELETE FROM findings WHERE id = ?`, id)
		return err
	})
	return f, err
}
