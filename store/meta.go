package store

import (
	"database/sql"
	"encoding/json"
	"errors"
)

// Name returns the project's display name ("" if none was set).
func (p *Project) Name() (string, error) { return metaValue(p.db, "name") }

// SetName sets the project's display name.
func (p *Project) SetName(name string) error {
	return p.tx(func(tx *sql.Tx) error { return setMeta(tx, "name", name) })
}

// metaValue reads a project setting ("" if it was never set).
func metaValue(q querier, key string) (string, error) {
	var v string
	err := q.QueryRow(`SELECT value FROM meta WHERE key = ?`, key).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	return v, err
}

func setMeta(tx *sql.Tx, key, value string) error {
	_, err := tx.Exec(`INSERT INTO meta(key, value) VALUES (?, ?)
		ON CONFLICT(key) DO UPDATE SET value = excluded.value`, key, value)
	return err
}

// Pins returns the codes pinned to the keys 1–9 (0 where none), which
// travel with the project so a team shares its shortcuts.
func (p *Project) Pins() ([9]int64, error) { return pins(p.db) }

func pins(q querier) ([9]int64, error) {
	var pins [9]int64
	v, err := metaValue(q, "pins")
	if v == "" || err != nil {
		return pins, err
	}
	_ = json.Unmarshal([]byte(v), &pins) // a damaged list only loses the shortcuts
	return pins, nil
}

// SetPins stores the codes pinned to the keys 1–9 and returns the pins as
// they were, for undo.
func (p *Project) SetPins(pinned [9]int64) (old [9]int64, err error) {
	b, _ := json.Marshal(pinned)
	err = p.tx(func(tx *sql.Tx) error {
		if old, err = pins(tx); err != nil {
			return err
		}
		return setMeta(tx, "pins", string(b))
	})
	return old, err
}
