package store

import (
	"database/sql"
	"encoding/json"

	"teema/coding/codequery"
)

// SavedQueries returns the coding queries kept in the project, in the
// order they were saved.
func (p *Project) SavedQueries() ([]codequery.Saved, error) { return savedQueries(p.db) }

func savedQueries(q querier) ([]codequery.Saved, error) {
	v, err := metaValue(q, "saved_queries")
	if v == "" || err != nil {
		return nil, err
	}
	var qs []codequery.Saved
	_ = json.Unmarshal([]byte(v), &qs) // a damaged list only loses the saved queries
	return qs, nil
}

// SetSavedQueries stores the project's saved queries and returns them as
// they were, for undo.
func (p *Project) SetSavedQueries(qs []codequery.Saved) (old []codequery.Saved, err error) {
	b, err := json.Marshal(qs)
	if err != nil {
		return nil, err
	}
	err = p.tx(func(tx *sql.Tx) error {
		if old, err = savedQueries(tx); err != nil {
			return err
		}
		return setMeta(tx, "saved_queries", string(b))
	})
	return old, err
}
