// Package search finds words in a project's transcripts by a small query
// language, each word by its base form, its stem or as written, and says
// where they are: keyword-in-context lines a researcher reads and codes.
// It is pure Go: the caller gives the texts, the forms (Voikko's base
// forms, Snowball stems) and the choice of text to search.
//
// The query language (README, "Searching"):
//
//	asiakas              the word in every form (asiakkaan, asiakkaille…)
//	analytiik*           words beginning so
//	"oma yhteyshenkilö"  words one after another, each in any form
//	asiakas palvelu      both in one unit (sentence, turn, paragraph, document)
//	asiakas OR kunta     either (TAI too)
//	asiakas -kunta       the first, in units without the second
//	… IN sentence        the unit, in English or Finnish (lause, puheenvuoro, kappale, dokumentti)
//
// OR binds loosest: "a b OR c" is (a and b) or c, and a -word leaves out
// units for the words beside it only.
package search

import (
	"strings"

	"teema/coding/units"
)

// Query is a parsed search: any of its groups.
type Query struct {
	Groups []Group
	Scope  units.Kind // the unit a group's words share
	Scoped bool       // the query named its unit (IN); otherwise the caller's choice holds
}

// Group is words that must all be in one unit, in a unit where none of
// Omit is.
type Group struct {
	Find []Term
	Omit []Term
}

// Term is a word, or a phrase of words one after another.
type Term struct {
	Words []Word
	Text  string // as typed, for the user
}

// Word is one word of a term, case-folded: its forms are matched, or,
// for a prefix, words beginning with it.
type Word struct {
	Text   string
	Prefix bool
}

// key tells terms apart by their words.
func (t Term) key() string {
	var b strings.Builder
	for _, w := range t.Words {
		b.WriteString(w.Text)
		if w.Prefix {
			b.WriteByte('*')
		}
		b.WriteByte(' ')
	}
	return b.String()
}
