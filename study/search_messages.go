package study

import "teema/message"

// What a search, an auto-coding run or a coding query says beside its
// answer, and what stops one.
var (
	noteSearchStems = message.New("Words are found by their stems instead of their base forms.")
	noteInside      = message.New("Without Voikko, compound parts are found by the word's stem inside longer words.")
	errStale        = message.New("{{.Name}} changed after the search: search again before coding its hits.")
	errNoSpeaker    = message.New("No interview has a speaker {{.Name}}. The speakers are: {{.Names}}.")
)
