package store

import (
	"database/sql"
	"encoding/json"
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

// Pins returns the codes pinned to the keys 1–9 (0 where none), which
// travel with the project so a team shares its shortcuts.
func (p *Project) Pins() ([9]int64, error) {
	var pins [9]int64
	var v string
	err := p.db.QueryRow(`SELECT value FROM meta WHERE key = 'pins'`).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return pins, nil
	}
	if err != nil {
		return pins, err
	}
	_ = json.Unmarshal([]byte(v), &pins) // a damaged list only loses the shortcuts
	return pins, nil
}

// SetPins stores the codes pinned to the keys 1–9.
func (p *Project) SetPins(pins [9]int64) error {
	b, _ := json.Marshal(pins)
	return p.tx(func(tx *sql.Tx) error {
		_, err := tx.Exec(`INSERT INTO meta(key, value) VALUES ('pins', ?)
			ON CONFLICT(key) DO UPDATE SET value = excluded.value`, string(b))
		return err
	})
}
