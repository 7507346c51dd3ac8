package qdpx

import "teema/message"

// The lines of an import's report. Names of things in the file come
// quoted, or as their {GUID} when they have none (see quoteName).

// What was imported (Report.Notes).
var (
	noteImported    = message.New("Imported {{.Docs}} documents, {{.Codes}} codes and {{.Codings}} codings.")
	noteAlreadyHere = message.New("Already in the project: {{.Docs}} documents, {{.Codes}} codes, {{.Codings}} codings.")
	noteNotPlaced   = message.New("{{.N}} of {{.Total}} selections could not be placed exactly.")
	noteLeftOut     = message.New("{{.N}} items were left out.")
	noteUnverified  = message.New("{{.N}} selections had no text to check their position against.")
)

// How a source's offsets were read (Report.Readings), and, in the
// remarks, when its text could not tell.
var (
	noteReadByNames    = message.New("Selections in source {{.Name}} were counted in {{.Reading}}; {{.N}} of {{.Total}} were confirmed by their text.")
	noteReadByBounds   = message.New("Selections in source {{.Name}} carry no text to check them by. Read as counted in {{.Reading}}, {{.N}} of {{.Total}} start and end at word boundaries; counted in {{.Next}}, {{.M}} would.")
	noteReadAnyWay     = message.New("Selections in source {{.Name}} carry no text to check them by; every way of counting places them alike ({{.N}} of {{.Total}} at word boundaries).")
	noteRichText       = message.New("Source {{.Name}} has an empty plain text: its text was read from its rich text, {{.Path}}, and its selections placed on that.")
	noteSourceEncoding = message.New("The text of source {{.Name}} was read as {{.Encoding}}.")
	noteSourceStray    = message.New("Source {{.Name}}: {{.N}} bytes could not be read as {{.Encoding}} and show as �; the first is on line {{.Line}}.")
	noteReadWeakly     = message.New("Selections in source {{.Name}} carry no text to check them by, and where they fall does not tell how they were counted ({{.N}} of {{.Total}} at word boundaries). Teema read them as {{.Origin}} counts, in {{.Reading}}: check this source's codings.")
	noteReadStandard   = message.New("Selections in source {{.Name}} carry no text to check them by, and where they fall does not tell how they were counted ({{.N}} of {{.Total}} at word boundaries). Teema read them as the REFI-QDA standard counts, in {{.Reading}}: check this source's codings.")
)

// What was imported otherwise than the file has it (Report.Remarks).
var (
	noteLooseNote   = message.New("Note {{.Name}} belongs to nothing Teema keeps; it was added to the project memo.")
	noteRenamedCode = message.New("Code {{.Name}} is called {{.NewName}} in Teema.")
	noteMisplaced   = message.New("Selection {{.Selection}} in source {{.Name}} was placed at {{.Start}}–{{.End}}, where the text reads {{.Text}}.")
)

// textLoss words, for a source or a note, why its text could not be read.
type textLoss map[error]*message.Kind

var sourceLoss = textLoss{
	errNoPlainText: message.New("Left out source {{.Name}}: it has no plain text."),
	errExternal:    message.New("Left out source {{.Name}}: its text is outside the archive ({{.Path}}), which Teema does not read."),
	errPathEscapes: message.New("Left out source {{.Name}}: its path {{.Path}} points outside the archive."),
	errNoTextFile:  message.New("Left out source {{.Name}}: its text file {{.Path}} is missing from the archive."),
}

var noteLoss = textLoss{
	errNoPlainText: message.New("Left out note {{.Name}}: it has no plain text."),
	errExternal:    message.New("Left out note {{.Name}}: its text is outside the archive ({{.Path}}), which Teema does not read."),
	errPathEscapes: message.New("Left out note {{.Name}}: its path {{.Path}} points outside the archive."),
	errNoTextFile:  message.New("Left out note {{.Name}}: its text file {{.Path}} is missing from the archive."),
}

// What was left out, and why (Report.Skipped).
var (
	skipLinkNotes       = message.New("Left out link {{.Name}}: Teema keeps no links between two notes.")
	skipLinkOther       = message.New("Left out link {{.Name}}: Teema keeps no links between codes, documents or selections.")
	skipNoteRef         = message.New("Left out a reference to note {{.GUID}}: no note with that GUID is in the file.")
	skipSet             = message.New("Left out set {{.Name}}: Teema has no sets.")
	skipGraph           = message.New("Left out graph {{.Name}}: Teema has no graphs.")
	skipPicture         = message.New("Left out picture source {{.Name}}: Teema codes text only.")
	skipAudio           = message.New("Left out audio source {{.Name}}: Teema codes text only.")
	skipVideo           = message.New("Left out video source {{.Name}}: Teema codes text only.")
	skipCaseCoding      = message.New("Left out the codes and selections of case {{.Name}}: Teema codes text, not cases.")
	skipCaseNoSource    = message.New("Left out case {{.Name}}: it refers to no source, so its {{.N}} variable values belong to no interview.")
	skipCaseValue       = message.New("Left out a value of case {{.Name}}: it refers to variable {{.Variable}}, which is not in the file or has no name.")
	skipSourceValue     = message.New("Left out a value of source {{.Name}}: it refers to variable {{.Variable}}, which is not in the file or has no name.")
	skipCode            = message.New("Left out code {{.Name}}: its GUID is missing or used by another code; its sub-codes and codings were left out too.")
	skipPDF             = message.New("Left out PDF source {{.Name}}: it has no text representation, and Teema codes text only.")
	skipPDFAreas        = message.New("Left out the area selections of PDF source {{.Name}}: {{.N}} selections mark areas of pages; only codings of its text were imported.")
	skipEmptySource     = message.New("Left out source {{.Name}}: its text is empty.")
	skipSourceText      = message.New("Left out source {{.Name}}: {{.Why}}")
	skipRichText        = message.New("Left out source {{.Name}}: its plain text is empty and its rich text {{.Path}} could not be read: {{.Why}}")
	skipSourceCoding    = message.New("Left out coding {{.Coding}} of source {{.Name}}: it refers to code {{.Code}}, which is not in the code book.")
	skipSelectionCoding = message.New("Left out coding {{.Coding}} of selection {{.Selection}} in source {{.Name}}: it refers to code {{.Code}}, which is not in the code book.")
	skipNotNumbers      = message.New("Left out selection {{.Selection}} in source {{.Name}}: its positions {{.Start}}–{{.End}} are not numbers.")
	skipOutside         = message.New("Left out selection {{.Selection}} in source {{.Name}}: its positions {{.Start}}–{{.End}} are outside the text or inside a character.")
	skipBlank           = message.New("Left out selection {{.Selection}} in source {{.Name}}: it selects no text, only white space.")
	skipUncoded         = message.New("Left out selection {{.Selection}} in source {{.Name}}: it has no coding and no note.")
	skipAnnotation      = message.New("Left out selection {{.Selection}} in source {{.Name}}: it has no coding; its note was added to the document memo.")
)
