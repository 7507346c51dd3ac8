package pseudonym

import "teema/message"

// What the rules of a key refuse; Row is the key file's row.
var (
	errKeyEmpty         = message.New("The key replaces nothing: it has no row with an original word and its replacement.")
	errKeyNoReplacement = message.New("Row {{.Row}}: {{.Original}} has no replacement.")
	errKeyNoOriginal    = message.New("Row {{.Row}}: the replacement {{.Replacement}} has no original word.")
	errKeyTwice         = message.New("Row {{.Row}} replaces {{.Original}} with {{.Replacement}}, but row {{.First}} replaces it with {{.Other}}.")
	errKeyCircular      = message.New("Row {{.Row}}: the replacement {{.Replacement}} is itself a word the key replaces (row {{.Other}}).")
	errKeyLine          = message.New("Row {{.Row}}: {{.Text}} holds a line break or a tab; a key's words are on one line.")
)

// LabelPseudonymise names the step that replaces the names, for Undo.
var LabelPseudonymise = message.New("pseudonymisation")
