package qdpx

import (
	"fmt"
	"strings"

	"teema/store"
)

// Report tells what an import did. Nothing the file holds is left out
// without an entry in Skipped saying what and why.
type Report struct {
	Documents       int // new documents
	MergedDocuments int // documents whose text was already in the project
	Codes           int // new codes
	ReusedCodes     int // codes that already existed at the same path
	Codings         int // codings added
	Duplicates      int // codings the project already had
	Selections      int // text selections in the file
	NotPlaced       int // selections skipped or placed where their text disagrees
	Unverified      int // selections placed with no text to check them against
	Readings        []string
	Skipped         []Skip
	Notes           []string
}

// Skip is one thing of the file that was not imported.
type Skip struct {
	Item, Reason string
}

func (r *Report) skip(item, reason string, a ...any) {
	r.Skipped = append(r.Skipped, Skip{Item: item, Reason: fmt.Sprintf(reason, a...)})
}

func (r *Report) note(format string, a ...any) {
	r.Notes = append(r.Notes, fmt.Sprintf(format, a...))
}

func (r *Report) add(res store.ExchangeResult) {
	r.Documents, r.MergedDocuments = res.Documents, res.MergedDocuments
	r.Codes, r.ReusedCodes = res.Codes, res.ReusedCodes
	r.Codings, r.Duplicates = res.Codings, res.DuplicateCodings
	r.Notes = append(r.Notes, res.Notes...)
}

// Summary is the report in one line, e.g. for a status bar.
func (r Report) Summary() string {
	s := fmt.Sprintf("imported %d documents, %d codes and %d codings", r.Documents, r.Codes, r.Codings)
	if r.Selections > 0 {
		s += fmt.Sprintf("; %d of %d selections could not be placed exactly", r.NotPlaced, r.Selections)
	}
	if len(r.Skipped) > 0 {
		s += fmt.Sprintf("; %d items skipped", len(r.Skipped))
	}
	return s
}

// String is the whole report, one item a line.
func (r Report) String() string {
	var b strings.Builder
	b.WriteString(r.Summary() + "\n")
	if r.MergedDocuments > 0 || r.ReusedCodes > 0 || r.Duplicates > 0 {
		fmt.Fprintf(&b, "already in the project: %d documents, %d codes, %d codings\n", r.MergedDocuments, r.ReusedCodes, r.Duplicates)
	}
	if r.Unverified > 0 {
		fmt.Fprintf(&b, "%d selections had no text to check their position against\n", r.Unverified)
	}
	for _, s := range r.Readings {
		b.WriteString("offsets: " + s + "\n")
	}
	for _, n := range r.Notes {
		b.WriteString("note: " + n + "\n")
	}
	for _, s := range r.Skipped {
		fmt.Fprintf(&b, "skipped %s: %s\n", s.Item, s.Reason)
	}
	return b.String()
}

// Problems lists, one a line, what reading the file left out or could not
// place exactly: for a report where the counts of what was added come
// from elsewhere, such as a merge.
func (r Report) Problems() []string {
	var out []string
	if r.NotPlaced > 0 {
		out = append(out, fmt.Sprintf("%d of %d selections could not be placed exactly", r.NotPlaced, r.Selections))
	}
	if r.Unverified > 0 {
		out = append(out, fmt.Sprintf("%d selections had no text to check their position against", r.Unverified))
	}
	for _, n := range r.Notes {
		out = append(out, "note: "+n)
	}
	for _, s := range r.Skipped {
		out = append(out, fmt.Sprintf("skipped %s: %s", s.Item, s.Reason))
	}
	return out
}
