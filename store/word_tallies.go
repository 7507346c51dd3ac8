package store

import (
	"bytes"
	"database/sql"
	"errors"
	"fmt"

	"teema/coding/wordfreq"
)

// WordTally is a document's word tally, packed (wordfreq.MakeTally,
// TallyWords.Pack), made from its text when the text had Hash.
type WordTally struct {
	DocID int64
	Hash  string
	Data  wordfreq.Tally
}

// WordTallies reads the project's tallies of one tokenisation, by
// document, and the list of words they number with the words' kept forms.
func (p *Project) WordTallies(mode int) (map[int64]wordfreq.Tally, *wordfreq.TallyWords, error) {
	words, err := tallyWords(p.db)
	if err != nil {
		return nil, nil, fmt.Errorf("read word tallies: %w", err)
	}
	if err := keptForms(p.db, words); err != nil {
		return nil, nil, fmt.Errorf("read word tallies: %w", err)
	}
	rows, err := p.db.Query(`SELECT doc_id, data FROM word_tallies WHERE mode = ?`, mode)
	if err != nil {
		return nil, nil, fmt.Errorf("read word tallies: %w", err)
	}
	defer rows.Close()
	out := map[int64]wordfreq.Tally{}
	for rows.Next() {
		var id int64
		var data []byte
		if err := rows.Scan(&id, &data); err != nil {
			return nil, nil, fmt.Errorf("read word tallies: %w", err)
		}
		out[id] = data
	}
	return out, words, rows.Err()
}

// tallyWords reads the list of tally words; a list that is missing or
// unreadable is empty, and its tallies cannot be read (see keepTallies).
func tallyWords(q querier) (*wordfreq.TallyWords, error) {
	var b []byte
	err := q.QueryRow(`SELECT data FROM word_tally_words WHERE id = 1`).Scan(&b)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return nil, err
	}
	words, err := wordfreq.ReadTallyWords(b)
	if err != nil {
		return wordfreq.ReadTallyWords(nil)
	}
	return words, nil
}

func keptForms(q querier, words *wordfreq.TallyWords) error {
	rows, err := q.Query(`SELECT signature, data FROM word_tally_forms`)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var sig string
		var data []byte
		if err := rows.Scan(&sig, &data); err != nil {
			return err
		}
		words.KeepForms(sig, data)
	}
	return rows.Err()
}

// KeepWordTallies keeps what a count found for the next count: tallies
// packed in words, and the forms the count found for the words of base.
// base is the project's list of tally words as the count read it, and
// words is base with the words of the new tallies added (Clone, Pack).
//
// A tally whose document changed (another hash) or was deleted since its
// text was read is not kept: it would count words no longer there. New
// tallies are kept only if the project's list is still base, and forms
// only if it still begins with base: both are numbered in it. Tallies are
// derived data, not the user's: a project open read-only keeps them
// through a writer of its own when no one else is writing the project,
// and otherwise fails with ErrInUse, leaving the next count to make them
// again.
func (p *Project) KeepWordTallies(mode int, ts []WordTally, base, words *wordfreq.TallyWords) error {
	forms := base.KeptForms()
	if len(ts) == 0 && len(forms) == 0 {
		return nil
	}
	w := p
	if p.readOnly {
		lock, err := lockProject(p.path)
		if err != nil {
			return fmt.Errorf("keep word tallies: %w", err)
		}
		defer lock.release()
		if w, err = openDB(p.path, false); err != nil {
			return fmt.Errorf("keep word tallies: %w", err)
		}
		defer w.db.Close()
	}
	err := w.tx(func(tx *sql.Tx) error {
		stored, err := tallyWords(tx)
		if err != nil {
			return err
		}
		if stored.Len() == 0 {
			// Tallies and forms numbered in a list that is gone would
			// count other words.
			for _, table := range []string{"word_tallies", "word_tally_forms"} {
				if _, err := tx.Exec(`DELETE FROM ` + table); err != nil {
					return err
				}
			}
		}
		list := stored.Bytes()
		if len(ts) > 0 && bytes.Equal(list, base.Bytes()) {
			if words.Len() > stored.Len() {
				list = words.Bytes()
				if _, err := tx.Exec(`INSERT OR REPLACE INTO word_tally_words(id, data) VALUES (1, ?)`, list); err != nil {
					return err
				}
			}
			if err := keepTallies(tx, mode, ts); err != nil {
				return err
			}
		}
		if len(forms) > 0 && bytes.HasPrefix(list, base.Bytes()) {
			for sig, data := range forms {
				if _, err := tx.Exec(`INSERT OR REPLACE INTO word_tally_forms(signature, data) VALUES (?, ?)`, sig, data); err != nil {
					return err
				}
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("keep word tallies: %w", err)
	}
	return nil
}

func keepTallies(tx *sql.Tx, mode int, ts []WordTally) error {
	stmt, err := tx.Prepare(`INSERT OR REPLACE INTO word_tallies(doc_id, mode, data)
		SELECT id, ?, ? FROM documents WHERE id = ? AND hash = ?`)
	if err != nil {
		return err
	}
	defer stmt.Close()
	for _, t := range ts {
		if _, err := stmt.Exec(mode, []byte(t.Data), t.DocID, t.Hash); err != nil {
			return err
		}
	}
	return nil
}
