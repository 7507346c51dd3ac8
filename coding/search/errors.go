package search

import "teema/message"

// ErrQuery matches every mistake in a query. Each names the word it
// found wrong and its number in the query, counting from 1, so the user
// can find it in a long query.
var ErrQuery = message.New("The search cannot be read.")

// The mistakes in a query.
var (
	errEmpty       = message.New("Type a word to search for.").In(ErrQuery)
	errQuote       = message.New("The quote that opens {{.Word}} (word {{.N}}) is not closed: end the phrase with \".").In(ErrQuery)
	errEmptyPhrase = message.New("The quotes at word {{.N}} hold no words.").In(ErrQuery)
	errLoneOr      = message.New("{{.Word}} (word {{.N}}) needs words on both sides.").In(ErrQuery)
	errOnlyOmit    = message.New("{{.Word}} (word {{.N}}) only leaves words out: add a word to find beside it.").In(ErrQuery)
	errStar        = message.New("{{.Word}} (word {{.N}}): a * goes at the end of a word, as in analytiik*.").In(ErrQuery)
	errShortPrefix = message.New("{{.Word}} (word {{.N}}): a word ending in * needs at least two letters before the *.").In(ErrQuery)
	errNoLetters   = message.New("{{.Word}} (word {{.N}}) has no letters to search for.").In(ErrQuery)
	errScope       = message.New("{{.Word}} (word {{.N}}) is not a unit to search in: use sentence, turn, paragraph or document.").In(ErrQuery)
	errInLast      = message.New("IN and its unit (word {{.N}}) go at the end of the search, as in: asiakas palvelu IN sentence.").In(ErrQuery)
	errTooMany     = message.New("The search has more than {{.Limit}} words; search for fewer at once.").In(ErrQuery)
)
