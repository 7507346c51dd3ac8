package study

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"

	"teema/coding/pseudonym"
	"teema/message"
	"teema/store"
)

// Final is what making a pseudonymisation final did, and what is left
// to the researcher.
type Final struct {
	Notes   []message.Note
	Backups []store.Backup // older copies of the project, which still hold the original words
}

// MakeFinal removes the original words from the project file for good,
// once the key's pseudonymisation is applied: the file is scrubbed
// (store.Project.Scrub) and then read byte by byte for words (the key's
// originals and the forms replaced, Pseudonymisation.Words), each found
// named in a note. The undo history, which holds the words too, is the
// caller's to clear. It refuses while the key's words still occur where
// Pseudonymise would replace them.
func MakeFinal(p *store.Project, key pseudonym.Key, docIDs []int64, r *NameReader, words []string) (Final, error) {
	// An unfinished transcription is text no replacement reaches.
	if drafts, err := p.Drafts(); err != nil || len(drafts) > 0 {
		if err == nil {
			err = errDraftsLeft.New(message.Args{"Name": drafts[0].Name, "N": len(drafts)})
		}
		return Final{}, err
	}
	ps, err := Pseudonymise(p, key, docIDs, r)
	switch {
	case err == nil:
		return Final{}, errStillThere.New(message.Args{"Place": ps.Places[0].Place})
	case !errors.Is(err, errNothingFound):
		return Final{}, err
	}
	if err := p.Scrub(); err != nil {
		return Final{}, err
	}
	left, err := wordsInFile(p.Path(), words)
	if err != nil {
		return Final{}, err
	}
	var f Final
	if len(left) > 0 {
		f.Notes = append(f.Notes, noteRemaining.Say(message.Args{"Words": strings.Join(left, ", ")}))
	} else {
		f.Notes = append(f.Notes, noteFileClean.Say(message.Args{"N": len(words)}))
	}
	f.Backups, err = store.Backups(p.Path())
	return f, err
}

// wordsInFile are the words found in a project file's bytes, or in its
// journal if one is left.
func wordsInFile(path string, words []string) ([]string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	if journal, err := os.ReadFile(path + "-journal"); err == nil {
		data = append(data, journal...)
	}
	var left []string
	for _, w := range words {
		if w != "" && bytes.Contains(data, []byte(w)) {
			left = append(left, w)
		}
	}
	return left, nil
}

// DeleteBackups deletes backups of a project, and their folder once it is
// empty.
func DeleteBackups(bs []store.Backup) error {
	var errs []error
	for _, b := range bs {
		if err := os.Remove(b.Path); err != nil && !errors.Is(err, os.ErrNotExist) {
			errs = append(errs, errBackupDelete.Wrap(err, fileArgs(b.Path)))
		}
	}
	if len(bs) > 0 {
		os.Remove(filepath.Dir(bs[0].Path)) // only if empty
	}
	return errors.Join(errs...)
}
