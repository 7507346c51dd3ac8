package store

import (
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
)

// StopWords are a project's own changes to the shipped stop-word lists:
// words it leaves out too (a place name in every interview, the project's
// own jargon) and listed words it counts anyway. They travel with the
// project so every coder's counts agree.
type StopWords struct {
	Added []string `json:"added"`
	Kept  []string `json:"kept"`
}

// Clean lower-cases and trims the words, drops empty ones and
// duplicates, and sorts both lists; a word cannot be in both.
func (s StopWords) Clean() StopWords {
	clean := func(ws []string) []string {
		var out []string
		for _, w := range ws {
			if w = strings.ToLower(strings.TrimSpace(w)); w != "" && !slices.Contains(out, w) {
				out = append(out, w)
			}
		}
		slices.Sort(out)
		return out
	}
	c := StopWords{Added: clean(s.Added), Kept: clean(s.Kept)}
	c.Kept = slices.DeleteFunc(c.Kept, func(w string) bool { return slices.Contains(c.Added, w) })
	return c
}

// StopWords returns the project's changes to the stop-word lists.
func (p *Project) StopWords() (StopWords, error) {
	var v string
	err := p.db.QueryRow(`SELECT value FROM meta WHERE key = 'stopwords'`).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return StopWords{}, nil
	}
	if err != nil {
		return StopWords{}, fmt.Errorf("read the stop words: %w", err)
	}
	var s StopWords
	if err := json.Unmarshal([]byte(v), &s); err != nil {
		return StopWords{}, fmt.Errorf("read the stop words: %w", err)
	}
	return s.Clean(), nil
}

// SetStopWords stores the project's changes to the stop-word lists.
func (p *Project) SetStopWords(s StopWords) error {
	b, err := json.Marshal(s.Clean())
	if err != nil {
		return err
	}
	return p.tx(func(tx *sql.Tx) error {
		_, err := tx.Exec(`INSERT INTO meta(key, value) VALUES ('stopwords', ?)
			ON CONFLICT(key) DO UPDATE SET value = excluded.value`, string(b))
		if err != nil {
			return fmt.Errorf("save the stop words: %w", err)
		}
		return nil
	})
}
