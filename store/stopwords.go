package store

import (
	"database/sql"
	"encoding/json"
	"fmt"

	"teema/coding"
)

// StopWords are the project's own changes to the stop-word lists, a
// domain type (coding.StopWords) also named here, beside the methods that
// read and store it.
type StopWords = coding.StopWords

// StopWords returns the project's changes to the stop-word lists.
func (p *Project) StopWords() (StopWords, error) { return stopWords(p.db) }

func stopWords(q querier) (StopWords, error) {
	v, err := metaValue(q, "stopwords")
	if v == "" || err != nil {
		return StopWords{}, err
	}
	var s StopWords
	if err := json.Unmarshal([]byte(v), &s); err != nil {
		return StopWords{}, fmt.Errorf("read the stop words: %w", err)
	}
	return s.Clean(), nil
}

// SetStopWords stores the project's changes to the stop-word lists and
// returns them as they were, for undo.
func (p *Project) SetStopWords(s StopWords) (old StopWords, err error) {
	b, err := json.Marshal(s.Clean())
	if err != nil {
		return StopWords{}, err
	}
	err = p.tx(func(tx *sql.Tx) error {
		if old, err = stopWords(tx); err != nil {
			return err
		}
		return setMeta(tx, "stopwords", string(b))
	})
	if err != nil {
		return StopWords{}, fmt.Errorf("save the stop words: %w", err)
	}
	return old, nil
}
