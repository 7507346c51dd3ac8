package study

import "teema/message"

// What a word count says beside its words.
var (
	errForms           = message.New("Words are counted as written (raw), by stem or by lemma, not {{.Forms}}.")
	errStopList        = message.New("There is no stop-word list {{.Name}}; the lists are {{.Lists}}.")
	noteStems          = message.New("Words are counted by their stems instead of their base forms.")
	noteEnglish        = message.New("Counted as English ({{.N}}): {{.Names}}. If that is wrong, set the interview's attribute kieli to fi.")
	noteEnglishStems   = message.New("{{.N}} interviews are in English: their words are counted by stem, as Teema has no English base forms.")
	noteNoTranscripts  = message.New("The project has no transcripts yet: import some, and their words are counted here.")
	noteNothingInScope = message.New("Nothing to count: the chosen interviews, codes and speakers share no text.")
	errSameGroups      = message.New("Choose two different values of {{.Name}} to compare.")
	errEmptyGroup      = message.New("The interviews with {{.Name}} = {{.Value}} have no text in scope, so there is nothing to compare.")
)

// What names a question uses that the project lacks.
var (
	errNoDocument  = message.New("There is no interview called {{.Name}}. The interviews are: {{.Names}}.")
	errNoCode      = message.New("There is no code {{.Code}}. The codes are: {{.Codes}}.")
	errNoTheme     = message.New("There is no theme {{.Code}}. The themes are: {{.Codes}}.")
	errNoAttribute = message.New("No interview has the attribute {{.Name}}. The attributes are: {{.Names}}.")
	errNotPair     = message.New("{{.Text}} is not of the form KEY=VALUE.")
)

// Intercoder agreement.
var (
	errSameCoder = message.New("Choose two different coders to compare.")
	errNoCodings = message.New("{{.Coder}} has no codings in this project. The coders are: {{.Coders}}.")
)

// Files in and out.
var (
	errWrite     = message.New("Teema could not write {{.File}}: check that its folder exists, that you may write there and that the disk has room.")
	noteImported = message.New("Added {{.Added}} of {{.Files}} files; {{.Duplicates}} were already in the project and {{.Failed}} could not be imported.")
	errMergeSelf = message.New("{{.File}} is this project itself: choose the other coder's project.")
	errNoBackup  = message.New("Nothing was merged, as no backup could be made first.")
	errNotMerged = message.New("Nothing was merged from {{.File}}; the project is as it was.")
)
