package study

import (
	"errors"
	"sync"

	"teema/coding/pseudonym"
	"teema/message"
	"teema/voikko"
)

// NameReader owns Voikko while names are found and replaced: the
// pseudonymisation window keeps one for its life, a command for its run.
// Without Voikko it still finds capitalised words, and says what it
// cannot find. It is safe for concurrent use.
type NameReader struct {
	once sync.Once
	v    *voikko.Voikko
	err  error // why Voikko could not be opened
	a    pseudonym.Analyser
}

// NewNameReader makes a reader; Voikko opens at the first question.
func NewNameReader() *NameReader { return &NameReader{} }

// Analyser is Voikko's readings of word forms, each form read once; nil
// without Voikko.
func (n *NameReader) Analyser() pseudonym.Analyser {
	n.once.Do(func() {
		if n.v, n.err = voikko.Open(); n.err != nil {
			return
		}
		n.a = pseudonym.Cached(func(w string) []pseudonym.Reading { return readings(n.v, w) })
	})
	return n.a
}

func readings(v *voikko.Voikko, word string) []pseudonym.Reading {
	rs := v.Readings(word)
	out := make([]pseudonym.Reading, len(rs))
	for i, r := range rs {
		out[i] = pseudonym.Reading(r)
	}
	return out
}

// Notes say what names are missed without Voikko, and why it is missing.
func (n *NameReader) Notes() []message.Note {
	if n.Analyser() != nil {
		return nil
	}
	notes := []message.Note{noteNamesNoVoikko.Say(nil)}
	var m *message.Error
	if errors.As(n.err, &m) {
		notes = append([]message.Note{m.Note}, notes...)
	}
	return notes
}

// Close frees Voikko.
func (n *NameReader) Close() {
	n.once.Do(func() {}) // never opened: nothing to free
	if n.v != nil {
		n.v.Close()
	}
}
