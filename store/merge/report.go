package merge

import (
	"teema/message"
)

// Kind is what a count or note is about.
type Kind int

// The kinds of things a merge brings in.
const (
	Documents Kind = iota
	Codes
	Codings
	Memos
	Attributes
	kinds
)

// Outcome is what happened to one of their things.
type Outcome int

// Added: it was new to us. Matched: we had it. Conflict: we had something
// different; see the note for what was done.
const (
	Added Outcome = iota
	Matched
	Conflict
)

// Count tallies the outcomes of one kind.
type Count struct{ Added, Matched, Conflicts int }

// Note is one line of the report a person reads: what it is about, how
// it came out, and the line itself, for the edge to word.
type Note struct {
	Kind    Kind
	Outcome Outcome
	Line    message.Note
}

// Report says what a merge did.
type Report struct {
	Source  string
	Counts  [kinds]Count // indexed by Kind
	Details []Note       // additions and conflicts worth reading, in order
}

// Notes is the report, a line each, for the edge to word: a count per
// kind, then the details.
func (r Report) Notes() []message.Note {
	var out []message.Note
	for k := Documents; k < kinds; k++ {
		c := r.Counts[k]
		out = append(out, countLines[k].Say(message.Args{"Added": c.Added, "Matched": c.Matched, "Conflicts": c.Conflicts}))
	}
	for _, d := range r.Details {
		out = append(out, d.Line)
	}
	return out
}

// tally counts an outcome and notes each of its lines.
func (r *Report) tally(k Kind, o Outcome, lines ...message.Note) {
	c := &r.Counts[k]
	switch o {
	case Added:
		c.Added++
	case Matched:
		c.Matched++
	case Conflict:
		c.Conflicts++
	}
	for _, l := range lines {
		r.Details = append(r.Details, Note{Kind: k, Outcome: o, Line: l})
	}
}
