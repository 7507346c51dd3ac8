package study

import "teema/message"

// What finding and replacing names says.
var (
	noteNamesNoVoikko = message.New("Without Voikko only capitalised words and speaker labels are found, and a name's forms only where its stem stays as it is (Kati, Katille, but not Aalto, Aallolle): install libvoikko1 and voikko-fi to find every form.")
	errNothingFound   = message.New("No word of the key occurs in the chosen transcripts, nor in the memos, codes, summaries or findings.")
	notePlace         = message.New("{{.Place}}: {{.Replaced}}")
	noteStopWordGone  = message.New("The stop-word lists no longer leave out {{.Words}}: the words are gone from the transcripts.")
	errStillThere     = message.New("The key's words still occur, for one in {{.Place}}: apply the pseudonymisation before making it final.")
	noteRemaining     = message.New("These words still occur in the project file: {{.Words}}. Look for them with Find; a word that is part of another (Anna in Annan) may be no name.")
	noteFileClean     = message.New("None of the key's {{.N}} words and forms occurs in the project file any more.")
	errKeyColumns     = message.New("{{.File}} has one column: a key has two, the original word and its replacement, on each row (row {{.Row}}).")
	errKeyFileKind    = message.New("The key is saved as .xlsx or .csv, not {{.Ext}}.")
	errDraftsLeft     = message.New("Finish or delete the unfinished transcriptions first ({{.N}}, such as {{.Name}}): the names in them are not replaced, so the project would still hold them.")
	errBackupDelete   = message.New("The backup {{.File}} could not be deleted; delete it yourself, as it holds the original words.")
)

// Where a name was replaced, for the report.
var (
	placeTranscript  = message.New("transcript {{.Name}}")
	placeDocName     = message.New("the name of transcript {{.Name}}")
	placeFileName    = message.New("the file name of transcript {{.Name}}")
	placeAttribute   = message.New("attribute {{.Key}} of {{.Name}}")
	placeDocMemo     = message.New("the memo of {{.Name}}")
	placeProjectMemo = message.New("the project memo")
	placeCodeMemo    = message.New("the memo of code {{.Code}}")
	placeCodingMemo  = message.New("the memo of a coding in {{.Name}}")
	placeCode        = message.New("code {{.Code}}")
	placeSummary     = message.New("a summary of {{.Code}}")
	placeFinding     = message.New("finding {{.N}}")
)
