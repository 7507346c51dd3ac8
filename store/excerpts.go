package store

import (
	"database/sql"
	"fmt"
	"strings"
	"time"

	"teema/coding"
)

func nowUTC() time.Time { return time.Now().UTC() }

// AddExcerpt codes [Start, End) of a document under the domain's rules
// (coding.NewExcerpt). Text and Created are filled in; an excerpt with an
// ID (from undo) is put back under that ID.
func (p *Project) AddExcerpt(e coding.Excerpt) (coding.Excerpt, error) {
	err := p.tx(func(tx *sql.Tx) error {
		doc, err := documentText(tx, e.DocID)
		if err != nil {
			return err
		}
		book, err := codeBook(tx)
		if err != nil {
			return err
		}
		same, err := excerpts(tx, coding.ExcerptFilter{DocID: e.DocID, CodeIDs: []int64{e.CodeID}})
		if err != nil {
			return err
		}
		if e, err = coding.NewExcerpt(doc, book, e, same); err != nil {
			return err
		}
		if e.Created.IsZero() {
			e.Created = p.now()
		}
		e.ID, err = insertExcerpt(tx, e)
		return err
	})
	if err != nil {
		return coding.Excerpt{}, fmt.Errorf("code text: %w", err)
	}
	return e, nil
}

// insertExcerpt stores a coding the caller has checked, under its ID if
// it has one.
func insertExcerpt(tx *sql.Tx, e coding.Excerpt) (int64, error) {
	res, err := tx.Exec(`INSERT INTO excerpts(id, doc_id, code_id, start, end, text, coder, memo, created_at, quote)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		nullID(e.ID), e.DocID, e.CodeID, e.Start, e.End, e.Text, e.Coder, e.Memo, timeText(e.Created), e.Quote)
	if err != nil {
		return 0, err
	}
	return res.LastInsertId()
}

// DeleteExcerpt removes a coding and returns it, for undo.
func (p *Project) DeleteExcerpt(id int64) (coding.Excerpt, error) {
	var e coding.Excerpt
	err := p.tx(func(tx *sql.Tx) error {
		var err error
		if e, err = excerptByID(tx, id); err != nil {
			return err
		}
		_, err = tx.Exec(`DELETE FROM excerpts WHERE id = ?`, id)
		return err
	})
	if err != nil {
		return e, fmt.Errorf("remove coding %d: %w", id, err)
	}
	return e, nil
}

// SetExcerptMemo replaces an excerpt's memo and returns the old one.
func (p *Project) SetExcerptMemo(id int64, memo string) (old string, err error) {
	err = p.tx(func(tx *sql.Tx) error {
		e, err := excerptByID(tx, id)
		if err != nil {
			return err
		}
		old = e.Memo
		_, err = tx.Exec(`UPDATE excerpts SET memo = ? WHERE id = ?`, memo, id)
		return err
	})
	if err != nil {
		return "", fmt.Errorf("excerpt memo: %w", err)
	}
	return old, nil
}

// SetQuote marks an excerpt as a chosen quote, or unmarks it, and returns
// the old mark.
func (p *Project) SetQuote(id int64, quote bool) (old bool, err error) {
	err = p.tx(func(tx *sql.Tx) error {
		e, err := excerptByID(tx, id)
		if err != nil {
			return err
		}
		old = e.Quote
		_, err = tx.Exec(`UPDATE excerpts SET quote = ? WHERE id = ?`, quote, id)
		return err
	})
	if err != nil {
		return false, fmt.Errorf("quote %d: %w", id, err)
	}
	return old, nil
}

// Excerpt loads one excerpt.
func (p *Project) Excerpt(id int64) (coding.Excerpt, error) { return excerptByID(p.db, id) }

func excerptByID(q querier, id int64) (coding.Excerpt, error) {
	es, err := excerpts(q, coding.ExcerptFilter{}, "e.id = ?", id)
	if err != nil {
		return coding.Excerpt{}, err
	}
	if len(es) == 0 {
		return coding.Excerpt{}, fmt.Errorf("coding %d: %w", id, coding.ErrNoCoding.New(nil))
	}
	return es[0], nil
}

// Excerpts lists the excerpts that match f, by document and position.
func (p *Project) Excerpts(f coding.ExcerptFilter) ([]coding.Excerpt, error) {
	es, err := excerpts(p.db, f)
	if err != nil {
		return nil, fmt.Errorf("list excerpts: %w", err)
	}
	return es, nil
}

func excerpts(q querier, f coding.ExcerptFilter, extra ...any) ([]coding.Excerpt, error) {
	var where []string
	var args []any
	if f.DocID != 0 {
		where, args = append(where, "e.doc_id = ?"), append(args, f.DocID)
	}
	if f.Coder != "" {
		where, args = append(where, "e.coder = ?"), append(args, f.Coder)
	}
	if len(f.CodeIDs) > 0 {
		marks := strings.TrimSuffix(strings.Repeat("?,", len(f.CodeIDs)), ",")
		where = append(where, "e.code_id IN ("+marks+")")
		for _, id := range f.CodeIDs {
			args = append(args, id)
		}
	}
	if len(extra) > 0 {
		where, args = append(where, extra[0].(string)), append(args, extra[1:]...)
	}
	query := `SELECT e.id, e.doc_id, e.code_id, e.start, e.end, e.text, e.coder, e.memo, e.created_at, e.quote FROM excerpts e`
	if len(where) > 0 {
		query += " WHERE " + strings.Join(where, " AND ")
	}
	rows, err := q.Query(query+" ORDER BY e.doc_id, e.start, e.end, e.id", args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []coding.Excerpt
	for rows.Next() {
		var e coding.Excerpt
		var at string
		if err := rows.Scan(&e.ID, &e.DocID, &e.CodeID, &e.Start, &e.End, &e.Text, &e.Coder, &e.Memo, &at, &e.Quote); err != nil {
			return nil, err
		}
		e.Created = parseTime(at)
		out = append(out, e)
	}
	return out, rows.Err()
}

// CountExcerpts counts the codings of a code and all its sub-codes, to
// tell the user what a deletion would take with it.
func (p *Project) CountExcerpts(codeID int64) (int, error) {
	cb, err := p.CodeBook()
	if err != nil {
		return 0, err
	}
	es, err := p.Excerpts(coding.ExcerptFilter{CodeIDs: cb.Subtree(codeID)})
	return len(es), err
}

// AddExcerpts stores many codings in one transaction, for bulk work such
// as merging a coder's project (see Batch.AddExcerpts).
func (p *Project) AddExcerpts(es []coding.Excerpt) error {
	return p.Batch(func(b *Batch) error { return b.AddExcerpts(es) })
}
