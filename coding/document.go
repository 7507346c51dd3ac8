package coding

import (
	"crypto/sha256"
	"encoding/hex"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"teema/message"
)

// Document is one transcript. Its Text is normalised (see Normalize) and
// never changes except through an edit that shifts codings with it.
type Document struct {
	ID           int64
	Name         string // unique in the project
	Text         string
	Format       string // txt, md, docx, odt, pdf
	OriginalName string // file name it was imported from
	Hash         string // ContentHash of Text, to detect re-imports
	ImportedAt   time.Time
	Attributes   map[string]string // e.g. ryhmä=Kunnat, haastateltavia=2
	Turns        []Turn
	Chars, Words int
	Times        TimeIndex // a timed transcript's, tying its text to its recording
}

// DocumentInfo is a document without its text, for listings.
type DocumentInfo struct {
	ID           int64
	Name         string
	Format       string
	OriginalName string
	Chars, Words int
	Excerpts     int
	Attributes   map[string]string
	Recorded     bool // a recording is attached
}

// ContentHash identifies a text's content, so identical re-imports are caught.
func ContentHash(text string) string {
	sum := sha256.Sum256([]byte(text))
	return hex.EncodeToString(sum[:])
}

// NewDocument builds a document from normalised text, deriving the hash,
// counts and speaker turns.
func NewDocument(name, text, format, originalName string, at time.Time) Document {
	return Document{
		Name:         name,
		Text:         text,
		Format:       format,
		OriginalName: originalName,
		Hash:         ContentHash(text),
		ImportedAt:   at,
		Attributes:   map[string]string{},
		Turns:        ParseTurns(text),
		Chars:        RuneLen(text),
		Words:        CountWords(text),
	}
}

// CheckDocumentName checks a name a researcher gives a document, against
// the names of the project's other documents, and returns it trimmed.
func CheckDocumentName(name string, others []string) (string, error) {
	name = strings.TrimSpace(name)
	switch {
	case name == "":
		return "", errDocNameEmpty.New(nil)
	case utf8.RuneCountInString(name) > MaxNameRunes:
		return "", errDocNameLong.New(message.Args{"Name": name, "Limit": MaxNameRunes})
	case slices.Contains(others, name):
		return "", errDocNameTaken.New(message.Args{"Name": name})
	}
	return name, nil
}
