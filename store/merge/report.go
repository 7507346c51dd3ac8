package merge

import (
	"fmt"
	"strings"
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

func (k Kind) String() string {
	return [...]string{"documents", "codes", "codings", "memos", "attributes"}[k]
}

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

// Note is one line of the report a person reads.
type Note struct {
	Kind    Kind
	Outcome Outcome
	Text    string
}

// Report says what a merge did.
type Report struct {
	Source string
	Counts [kinds]Count // indexed by Kind
	Notes  []Note       // additions and conflicts worth reading, in order
}

// AddedAny reports whether the merge changed the project.
func (r Report) AddedAny() bool {
	for _, c := range r.Counts {
		if c.Added > 0 {
			return true
		}
	}
	return false
}

// Lines is the report as text: a count per kind, then the notes.
func (r Report) Lines() []string {
	var out []string
	for k := Documents; k < kinds; k++ {
		c := r.Counts[k]
		out = append(out, fmt.Sprintf("%s: %d added, %d matched, %d conflicting", k, c.Added, c.Matched, c.Conflicts))
	}
	mark := map[Outcome]string{Added: "+ ", Matched: "= ", Conflict: "! "}
	for _, n := range r.Notes {
		out = append(out, mark[n.Outcome]+n.Text)
	}
	return out
}

func (r Report) String() string { return strings.Join(r.Lines(), "\n") }

// tally counts an outcome and, with a text, notes it.
func (r *Report) tally(k Kind, o Outcome, format string, a ...any) {
	c := &r.Counts[k]
	switch o {
	case Added:
		c.Added++
	case Matched:
		c.Matched++
	case Conflict:
		c.Conflicts++
	}
	if format != "" {
		r.Notes = append(r.Notes, Note{Kind: k, Outcome: o, Text: fmt.Sprintf(format, a...)})
	}
}
