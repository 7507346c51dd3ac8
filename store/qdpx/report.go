package qdpx

import (
	"teema/message"
	"teema/store"
)

// Report tells what an import did: counts, and lines that say how the
// file was read, what was imported otherwise than the file has it, and
// what was left out and why. Nothing the file holds is left out without
// a line in Skipped.
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

	Readings []message.Note // how each source's offsets were counted
	Remarks  []message.Note // what was imported otherwise than the file has it
	Skipped  []message.Note // what was left out, and why
}

func (r *Report) skip(k *message.Kind, args message.Args) {
	r.Skipped = append(r.Skipped, k.Say(args))
}

func (r *Report) remark(k *message.Kind, args message.Args) {
	r.Remarks = append(r.Remarks, k.Say(args))
}

func (r *Report) add(res store.ExchangeResult) {
	r.Documents, r.MergedDocuments = res.Documents, res.MergedDocuments
	r.Codes, r.ReusedCodes = res.Codes, res.ReusedCodes
	r.Codings, r.Duplicates = res.Codings, res.DuplicateCodings
	r.Remarks = append(r.Remarks, res.Notes...)
}

// Notes is the whole report, a line each, for the edge to word: what was
// imported, then how the file was read and what it lost on the way.
func (r Report) Notes() []message.Note {
	out := []message.Note{noteImported.Say(message.Args{"Docs": r.Documents, "Codes": r.Codes, "Codings": r.Codings})}
	if r.Selections > 0 {
		out = append(out, r.notPlaced())
	}
	if len(r.Skipped) > 0 {
		out = append(out, noteLeftOut.Say(message.Args{"N": len(r.Skipped)}))
	}
	if r.MergedDocuments > 0 || r.ReusedCodes > 0 || r.Duplicates > 0 {
		out = append(out, noteAlreadyHere.Say(message.Args{"Docs": r.MergedDocuments, "Codes": r.ReusedCodes, "Codings": r.Duplicates}))
	}
	if r.Unverified > 0 {
		out = append(out, r.unverified())
	}
	out = append(out, r.Readings...)
	out = append(out, r.Remarks...)
	return append(out, r.Skipped...)
}

// Problems is what reading the file left out or could not place or
// check: for a report whose counts of what was added come from
// elsewhere, such as a merge's.
func (r Report) Problems() []message.Note {
	var out []message.Note
	if r.NotPlaced > 0 {
		out = append(out, r.notPlaced())
	}
	if r.Unverified > 0 {
		out = append(out, r.unverified())
	}
	out = append(out, r.Remarks...)
	return append(out, r.Skipped...)
}

func (r Report) notPlaced() message.Note {
	return noteNotPlaced.Say(message.Args{"N": r.NotPlaced, "Total": r.Selections})
}

func (r Report) unverified() message.Note {
	return noteUnverified.Say(message.Args{"N": r.Unverified})
}
