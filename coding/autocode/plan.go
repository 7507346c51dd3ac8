// Package autocode plans coding many stretches of text at once — the
// hits of a search at an extent, a speaker's turns, the passages of a
// coding query — as one step the researcher can preview and undo.
//
// The rules:
//
//   - Stretches that overlap or touch become one coding: two hits in one
//     sentence code the sentence once.
//   - A stretch the coder has already coded with the code (a coding of
//     theirs with the code covers it) is skipped, and counted, so running
//     the same search twice codes nothing new.
//   - The run is one undo step (coding.Batch of CodeText).
package autocode

import (
	"slices"

	"teema/coding"
	"teema/message"
)

// Label names an auto-coding run in the undo history.
var Label = message.New("auto-coding")

// Stretch is one thing to code: a hit's extent, a turn, a passage.
type Stretch struct {
	DocID int64
	coding.Span
}

// Plan is what a run will code.
type Plan struct {
	Code     int64
	Coder    string
	Excerpts []coding.Excerpt // the codings to make, by document and place
	Asked    int              // the stretches asked for
	Skipped  int              // of them, those the coder had coded with the code already
}

// New plans coding stretches with a code as a coder, documents in the
// order of their first stretch; existing are the project's codings with
// the code (any coder's: only the coder's own count).
func New(code int64, coder string, stretches []Stretch, existing []coding.Excerpt) Plan {
	p := Plan{Code: code, Coder: coder, Asked: len(stretches)}
	mine := map[int64][]coding.Span{}
	for _, e := range existing {
		if e.CodeID == code && e.Coder == coder {
			mine[e.DocID] = append(mine[e.DocID], coding.Span{Start: e.Start, End: e.End})
		}
	}
	byDoc := map[int64][]coding.Span{}
	var order []int64
	for _, s := range stretches {
		if covered(mine[s.DocID], s.Span) {
			p.Skipped++
			continue
		}
		if _, ok := byDoc[s.DocID]; !ok {
			order = append(order, s.DocID)
		}
		byDoc[s.DocID] = append(byDoc[s.DocID], s.Span)
	}
	for _, doc := range order {
		for _, s := range coding.Union(byDoc[doc]) {
			p.Excerpts = append(p.Excerpts, coding.Excerpt{DocID: doc, CodeID: code, Start: s.Start, End: s.End, Coder: coder})
		}
	}
	return p
}

// covered reports whether one of spans holds all of s.
func covered(spans []coding.Span, s coding.Span) bool {
	return slices.ContainsFunc(spans, func(c coding.Span) bool { return c.Start <= s.Start && s.End <= c.End })
}

// Change is the run as one undo step: nil when there is nothing to code.
func (p Plan) Change() coding.Change {
	if len(p.Excerpts) == 0 {
		return nil
	}
	return coding.CodeTexts{Excerpts: p.Excerpts, Name: Label}
}

// WithCode is the plan coding with another code: one made once the plan
// showed there is something to code.
func (p Plan) WithCode(code int64) Plan {
	p.Code = code
	p.Excerpts = slices.Clone(p.Excerpts)
	for i := range p.Excerpts {
		p.Excerpts[i].CodeID = code
	}
	return p
}
