package store

import (
	"database/sql"
	"fmt"

	"teema/coding"
)

// DeleteCode deletes a code, its sub-codes and all their codings. The
// caller confirms first (see CountExcerpts).
func (p *Project) DeleteCode(id int64) (coding.Removed, error) {
	var r coding.Removed
	err := p.tx(func(tx *sql.Tx) error {
		cb, err := codeBook(tx)
		if err != nil {
			return err
		}
		if _, ok := cb.Code(id); !ok {
			return fmt.Errorf("code %d: %w", id, coding.ErrNoCode.New(nil))
		}
		ids := cb.Subtree(id)
		r.Memos = map[int64]string{}
		for _, cid := range ids {
			c, _ := cb.Code(cid)
			r.Codes = append(r.Codes, c)
			var memo string
			if tx.QueryRow(`SELECT text FROM memos WHERE kind = 'code' AND target_id = ?`, cid).Scan(&memo) == nil {
				r.Memos[cid] = memo
			}
		}
		if r.Excerpts, err = excerpts(tx, coding.ExcerptFilter{CodeIDs: ids}); err != nil {
			return err
		}
		if r.Summaries, err = codeSummaries(tx, ids); err != nil {
			return err
		}
		_, err = tx.Exec(`DELETE FROM codes WHERE id = ?`, id)
		return err
	})
	if err != nil {
		return coding.Removed{}, fmt.Errorf("delete code %d: %w", id, err)
	}
	return r, nil
}

// Restore puts back what DeleteCode removed.
func (p *Project) Restore(r coding.Removed) error {
	return p.tx(func(tx *sql.Tx) error { return restoreRows(tx, r, timeText(p.now())) })
}

// MergeCode moves every coding of code from to code into, moves from's
// sub-codes under into (merging those with equal names in turn), and
// deletes from. A coding that would repeat one of into's by the same
// coder (coding.Excerpt.Repeats) is dropped; another coder's stays, as
// agreement between the two counts it.
func (p *Project) MergeCode(from, into int64) error {
	err := p.tx(func(tx *sql.Tx) error { return mergeCode(tx, from, into) })
	if err != nil {
		return fmt.Errorf("merge codes: %w", err)
	}
	return nil
}

func mergeCode(tx *sql.Tx, from, into int64) error {
	cb, err := codeBook(tx)
	if err != nil {
		return err
	}
	if err := cb.CheckMerge(from, into); err != nil {
		return err
	}
	if _, err := tx.Exec(`DELETE FROM excerpts WHERE code_id = ? AND EXISTS (
		SELECT 1 FROM excerpts t WHERE t.code_id = ? AND t.doc_id = excerpts.doc_id
		AND t.start = excerpts.start AND t.end = excerpts.end AND t.coder = excerpts.coder)`, from, into); err != nil {
		return err
	}
	if _, err := tx.Exec(`UPDATE excerpts SET code_id = ? WHERE code_id = ?`, into, from); err != nil {
		return err
	}
	for _, child := range cb.Children(from) {
		c, _ := cb.Code(child)
		if same, ok := cb.SiblingNamed(into, c.Name); ok {
			if err := mergeCode(tx, child, same.ID); err != nil {
				return err
			}
			continue
		}
		if _, err := tx.Exec(`UPDATE codes SET parent_id = ?, position = ? WHERE id = ?`,
			into, len(cb.Children(into))+c.Order, child); err != nil {
			return err
		}
	}
	_, err = tx.Exec(`DELETE FROM codes WHERE id = ?`, from)
	return err
}
