package main

import "teema/message"

// How a command was called wrongly (exit 2). The usage line follows them.
var (
	errUnknownCommand = message.New("There is no command {{.Name}}.")
	errHelp           = message.New("This is how the command is used:")
	errNoFlag         = message.New("There is no option {{.Flag}}.")
	errFlagValue      = message.New("The option {{.Flag}} needs a value.")
	errFlagBadValue   = message.New("{{.Value}} is not a value of the option {{.Flag}}.")
	errFlag           = message.New("The options are not right: {{.Detail}}")
	errNotKV          = message.New("{{.Text}} is not KEY=VALUE.")
	errChoice         = message.New("The option {{.Flag}} is one of {{.Choices}}, not {{.Value}}.")
	errLang           = message.New("--lang names a language as fi or en, not {{.Lang}}.")
	errNegative       = message.New("The option {{.Flag}} cannot be negative.")
	errOutExt         = message.New("The option --out names a file ending in {{.Exts}}.")
	errCompareGroups  = message.New("The option --compare names an attribute and two of its values, KEY=A,B, not {{.Value}}.")
	errCompareOut     = message.New("A comparison is a table: --out names an .xlsx or .csv file.")
	errStopLists      = message.New("There is no stop-word list {{.Name}}; the lists are {{.Lists}}, or none.")
	errCoders         = message.New("The option --coders names two coders: --coders A,B.")
	errNoTemplate     = message.New("There is no code book template {{.Name}}; the templates are {{.Names}}.")
	errMergeExt       = message.New("{{.File}} cannot be merged: a merge reads .teema and .qdpx projects.")
)

// What a command takes besides its options (exit 2).
var (
	errOneProject           = message.New("{{.Command}} takes one project.")
	errTwoFiles             = message.New("{{.Command}} takes two files.")
	errImportArgs           = message.New("import takes a project and at least one file ({{.Exts}}).")
	errTextArgs             = message.New("text takes a project and a document.")
	errAttrArgs             = message.New("attr takes a project, a document and KEY=VALUE pairs (an empty VALUE removes the attribute).")
	errCodeAdd              = message.New("code-add takes a project and a code path.")
	errTemplate             = message.New("template takes a project and a template's name.")
	errMergeArgs            = message.New("merge takes a project and the project to merge into it.")
	errSummary              = message.New("summary takes a project, --code and --row.")
	errMatrix               = message.New("matrix takes a project and --out FILE.xlsx.")
	errReport               = message.New("report takes a project and --out FILE.docx.")
	errMediaArgs            = message.New("media takes a project, a document and a recording.")
	errTimesArgs            = message.New("times takes a project and a document.")
	errSpeakerArgs          = message.New("speaker takes a project, a document, the speaker's label and its new label.")
	errImportTranscriptArgs = message.New("import-transcript takes a project and one transcript file.")
	errReportPart           = message.New("--parts has no part {{.Part}}; the parts are {{.Parts}}.")
	errQuote                = message.New("quote takes a project and an excerpt's id (teema-cli excerpts --json lists them).")
	errCodeWhere            = message.New("code takes a project, --doc and --code.")
	errCodeRange            = message.New("Give either --start and --end, or --match, not both.")
	errNth                  = message.New("The option --nth counts from 1.")
)

// What went wrong in a command that was called rightly (exit 1).
var (
	errCodeExists     = message.New("There is already a code {{.Code}}.")
	errNoOccurrence   = message.New("{{.Document}} has no occurrence {{.N}} of {{.Text}}.")
	errNoRow          = message.New("There is no row {{.Row}}; the rows are: {{.Rows}}.")
	errTemplateBroken = message.New("The code book template {{.Name}} that came with Teema is damaged: install Teema again.")
)

// What the command line says beside its results.
var noteNoRoom = message.New("{{.N}} codes found no room in the picture.")
