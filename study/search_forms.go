package study

import (
	"errors"

	"teema/coding/search"
	"teema/coding/wordfreq"
	"teema/message"
)

// parts are Voikko's parts of compounds for a search that asks for them,
// nil when it does not or when Voikko is missing (the search then looks
// for the word's stem inside words).
func (f *Forms) parts(compounds bool) search.Parts {
	if !compounds {
		return nil
	}
	f.open()
	<-f.ready
	if f.v == nil {
		return nil
	}
	return f.v
}

// searchNotes say what a search could not do without Voikko, and why
// Voikko is missing.
func (f *Forms) searchNotes(used wordfreq.Forms, compounds bool) []message.Note {
	var notes []message.Note
	if _, ok := used.(lemmas); ok && used.Name() != FormsLemma {
		notes = append(notes, noteSearchStems.Say(nil))
	}
	if compounds && f.v == nil {
		notes = append(notes, noteInside.Say(nil))
	}
	var m *message.Error
	if len(notes) > 0 && errors.As(f.err, &m) { // why Voikko is missing, and what to install
		notes = append([]message.Note{m.Note}, notes...)
	}
	return notes
}
