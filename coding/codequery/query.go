// Package codequery answers coding queries: which passages are coded A
// and B, in group C, but not D. It is pure Go: the caller gives the code
// book, the codings and, for units larger than the codings themselves,
// the texts.
//
// The query language (README, "Coding queries"):
//
//	Yhteistyö/Tapaamiset AND Tiedottaminen        passages coded with both (overlapping)
//	Tapaamiset OR Tiedottaminen                   coded with either
//	Yhteistyö AND NOT Tiedottaminen               coded with the first, not overlapping the second
//	… IN turn                                     AND and NOT in the same unit instead (sentence, turn, paragraph, document; overlap is the default)
//	… WHERE ryhmä=Kunnat                          only interviews with the attribute value (ryhmä=Kunnat,Yhteisöt: either; conditions joined by AND)
//
// The operators are written in capitals, in English or Finnish (JA, TAI,
// EI, MISSÄ); NOT binds tightest, then AND, then OR, and parentheses
// group. A code stands for its codings and its sub-codes', by every
// coder. Its path may be shortened to its name when no other code has
// that name; a name with an operator or a parenthesis in it is quoted.
//
// The result is passages, per document: with AND over overlap, the
// stretches both codes cover; with AND in a unit, what either code covers
// in the units that hold both; with OR, what either covers; with NOT,
// the passages of the first code where the second is not (overlapping, or
// in the same unit).
package codequery

import (
	"teema/coding"
	"teema/coding/units"
)

// Query is a parsed coding query.
type Query struct {
	Text  string
	expr  expr
	Scope units.Kind          // where AND and NOT look for the other code; Hit is overlapping
	Where map[string][]string // attribute conditions: AND across keys, OR within one
	Codes []int64             // the codes the query names, in order
}

// expr is a part of a query: the passages of one document it stands for.
type expr interface {
	eval(c *evaluation, doc int64) []coding.Span
}

// code is a code's passages: its codings and its sub-codes'.
type code struct{ id int64 }

// or is what either side covers.
type or struct{ l, r expr }

// and is l's and r's passages where they meet (overlapping, or in one
// unit); with not, l's passages where r is not.
type and struct {
	l, r expr
	not  bool
}
