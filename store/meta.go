package store

import (
	"database/sql"
	"errors"
)

// Name returns the project's display name ("" if none was set).
func (p *Project) Name() (string, error) {
	var v string
	err := p.db.QueryRow(`SELECT value FROM meta WHERE key = 'name'`).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	return v, err
}

// SetName sets the project's display name.
func (p *Project) SetName(name string) error {
	return p.tx(func(tx *sql.Tx) error {
		_, err := tx.Exec(`INSERT INTO meta(key, value) VALUES ('name', ?)
			ON CONFLICT(key) DO UPDATE SET value = excluded.value`, name)
		return err
	})
}
