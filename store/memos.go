package store

import (
	"database/sql"
	"errors"
	"fmt"

	"teema/coding"
	"teema/message"
)

// Memo returns the memo on a target ("" if none).
func (p *Project) Memo(t coding.MemoTarget) (string, error) { return memo(p.db, t) }

func memo(q querier, t coding.MemoTarget) (string, error) {
	var text string
	err := q.QueryRow(`SELECT text FROM memos WHERE kind = ? AND target_id = ?`, string(t.Kind), t.ID).Scan(&text)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	if err != nil {
		return "", fmt.Errorf("load %s memo: %w", t.Kind, err)
	}
	return text, nil
}

// SetMemo writes the memo on a target (an empty text removes it) and
// returns the old text, for undo.
func (p *Project) SetMemo(t coding.MemoTarget, text string) (old string, err error) {
	err = p.tx(func(tx *sql.Tx) error {
		if err := memoTargetExists(tx, t); err != nil {
			return err
		}
		if old, err = memo(tx, t); err != nil {
			return err
		}
		return setMemo(tx, t, text, timeText(p.now()))
	})
	if err != nil {
		return "", fmt.Errorf("save %s memo: %w", t.Kind, err)
	}
	return old, nil
}

// memoTargets are the tables of the things a memo can be about, and the
// error for one that is not there.
var memoTargets = map[coding.MemoKind]struct {
	table   string
	missing *message.Kind
}{
	coding.DocumentMemo: {"documents", coding.ErrNoDocument},
	coding.CodeMemo:     {"codes", coding.ErrNoCode},
}

func memoTargetExists(tx *sql.Tx, t coding.MemoTarget) error {
	if t.Kind == coding.ProjectMemo {
		return nil
	}
	target, ok := memoTargets[t.Kind]
	if !ok {
		return fmt.Errorf("unknown memo kind %q", t.Kind) // a bug: kinds are parsed before
	}
	var n int
	if err := tx.QueryRow(`SELECT count(*) FROM `+target.table+` WHERE id = ?`, t.ID).Scan(&n); err != nil {
		return err
	}
	if n == 0 {
		return fmt.Errorf("%s %d: %w", t.Kind, t.ID, target.missing.New(nil))
	}
	return nil
}

func setMemo(tx *sql.Tx, t coding.MemoTarget, text, at string) error {
	if text == "" {
		_, err := tx.Exec(`DELETE FROM memos WHERE kind = ? AND target_id = ?`, string(t.Kind), t.ID)
		return err
	}
	_, err := tx.Exec(`INSERT INTO memos(kind, target_id, text, updated_at) VALUES (?, ?, ?, ?)
		ON CONFLICT(kind, target_id) DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at`,
		string(t.Kind), t.ID, text, at)
	return err
}

// Memos lists every memo of the project, for a memo manager or export.
func (p *Project) Memos() (map[coding.MemoTarget]string, error) {
	rows, err := p.db.Query(`SELECT kind, target_id, text FROM memos`)
	if err != nil {
		return nil, fmt.Errorf("list memos: %w", err)
	}
	defer rows.Close()
	out := map[coding.MemoTarget]string{}
	for rows.Next() {
		var k, text string
		var id int64
		if err := rows.Scan(&k, &id, &text); err != nil {
			return nil, err
		}
		out[coding.MemoTarget{Kind: coding.MemoKind(k), ID: id}] = text
	}
	return out, rows.Err()
}
