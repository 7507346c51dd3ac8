package codequery

import "teema/message"

// ErrQuery matches every mistake in a coding query. Each names the word
// it found wrong and its number in the query, counting from 1.
var ErrQuery = message.New("The coding query cannot be read.")

// The mistakes in a coding query.
var (
	errEmpty       = message.New("Write a coding query, such as: Yhteistyö/Tapaamiset AND Tiedottaminen IN turn.").In(ErrQuery)
	errNoCode      = message.New("{{.Word}} (word {{.N}}) is not a code of the project; write a code's path, such as Yhteistyö/Tapaamiset.").In(ErrQuery)
	errAmbiguous   = message.New("{{.Word}} (word {{.N}}) names several codes: {{.Paths}}. Write the whole path.").In(ErrQuery)
	errMissingCode = message.New("A code is missing before {{.Word}} (word {{.N}}).").In(ErrQuery)
	errMissingEnd  = message.New("A code is missing after {{.Word}} (word {{.N}}).").In(ErrQuery)
	errUnclosed    = message.New("The parenthesis at word {{.N}} is not closed.").In(ErrQuery)
	errUnopened    = message.New("The parenthesis at word {{.N}} closes nothing.").In(ErrQuery)
	errQuote       = message.New("The quote that opens {{.Word}} (word {{.N}}) is not closed.").In(ErrQuery)
	errUnit        = message.New("{{.Word}} (word {{.N}}) is not a unit: use overlap, sentence, turn, paragraph or document.").In(ErrQuery)
	errNoUnit      = message.New("A unit (overlap, sentence, turn, paragraph or document) is missing after IN (word {{.N}}).").In(ErrQuery)
	errNoCondition = message.New("A condition such as ryhmä=Kunnat is missing after {{.Word}} (word {{.N}}).").In(ErrQuery)
	errWhere       = message.New("{{.Word}} (word {{.N}}) is not an attribute condition: write KEY=VALUE, such as ryhmä=Kunnat.").In(ErrQuery)
	errNotAlone    = message.New("NOT (word {{.N}}) takes codes away from others: write A AND NOT B.").In(ErrQuery)
	errOutOfPlace  = message.New("{{.Word}} (word {{.N}}) is out of place: a query is codes joined by AND, OR and NOT, then IN and a unit, then WHERE and conditions.").In(ErrQuery)
	errTooDeep     = message.New("The query nests parentheses more than {{.Limit}} deep.").In(ErrQuery)
	errTooMany     = message.New("The query has more than {{.Limit}} codes.").In(ErrQuery)
)
