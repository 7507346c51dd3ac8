package store

import (
	"database/sql"
	"fmt"
)

// Scrub leaves in the project file no trace of text the project no
// longer holds, as a pseudonymisation made final needs: the full-text
// index is built afresh (its old entries would otherwise wait for a
// merge that may never come), the word tallies and the forms kept for
// them go (their word lists only grow; the next count makes them again),
// and VACUUM writes the file anew, with secure_delete so even the pages it
// frees are overwritten first. The rollback journal is deleted with its
// transaction, so it holds nothing after.
func (p *Project) Scrub() error {
	if p.readOnly {
		return fmt.Errorf("scrub %s: %w", p.path, ErrReadOnly.New(nil))
	}
	if _, err := p.db.Exec(`PRAGMA secure_delete = ON`); err != nil {
		return fmt.Errorf("scrub %s: %w", p.path, err)
	}
	defer p.db.Exec(`PRAGMA secure_delete = OFF`)
	err := p.tx(func(tx *sql.Tx) error {
		for _, q := range []string{`DELETE FROM word_tallies`, `DELETE FROM word_tally_words`, `DELETE FROM word_tally_forms`,
			`INSERT INTO documents_fts(documents_fts) VALUES ('rebuild')`} {
			if _, err := tx.Exec(q); err != nil {
				return err
			}
		}
		return nil
	})
	if err == nil {
		_, err = p.db.Exec(`VACUUM`)
	}
	if err != nil {
		return fmt.Errorf("scrub %s: %w", p.path, classify(err))
	}
	return nil
}
