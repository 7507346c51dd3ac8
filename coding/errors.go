package coding

import "teema/message"

// ErrNotFound is every error about a document, code, coding or finding
// that is not in the project (any more): errors.Is(err, ErrNotFound)
// holds for each of the kinds below.
var ErrNotFound = message.New("This is no longer in the project.")

// What the store says when a change names something the project lacks:
// usually another change removed it a moment before.
var (
	ErrNoDocument = message.New("The document is no longer in the project.").In(ErrNotFound)
	ErrNoCode     = message.New("The code is no longer in the code book.").In(ErrNotFound)
	ErrNoCoding   = message.New("The coding is no longer in the project.").In(ErrNotFound)
	ErrNoFinding  = message.New("The finding is no longer in the findings table.").In(ErrNotFound)
)

// The code book's rules (codebook.go, codebook_rules.go).
var (
	errNameEmpty     = message.New("A code needs a name.")
	errNameSpace     = message.New("The code name {{.Name}} starts or ends with a space.")
	errNameSep       = message.New("The code name {{.Name}} contains /, which separates themes from sub-themes.")
	errNameLong      = message.New("The code name {{.Name}} is longer than {{.Limit}} characters.")
	errNameControl   = message.New("The code name {{.Name}} contains a line break or another control character.")
	errColor         = message.New("{{.Color}} is not a colour of the form #RRGGBB.")
	errThemeTaken    = message.New("There is already a theme called {{.Name}}.")
	errSubTaken      = message.New("{{.Name}} already exists under {{.Parent}}.")
	errMoveToTheme   = message.New("There is already a theme called {{.Name}}: merge the two codes instead.")
	errMoveUnderSame = message.New("{{.Name}} already exists under {{.Parent}}: merge the two codes instead.")
	errUnderItself   = message.New("A code cannot be moved under itself.")
	errUnderOwnSub   = message.New("{{.Code}} cannot be moved under its own sub-code {{.Parent}}.")
	errMoveTooDeep   = message.New("Moved there, {{.Code}} and its sub-codes would reach {{.N}} levels deep; Teema keeps codes at most {{.Limit}} levels deep.")
	errMergeItself   = message.New("A code cannot be merged into itself.")
	errMergeOwnSub   = message.New("{{.Code}} cannot be merged into its own sub-code {{.Into}}.")
	errTemplate      = message.New("The code book template cannot be read: it is not valid JSON.")
)

// The rules of codings, edits, documents and attributes.
var (
	errOutside      = message.New("The stretch {{.Start}}–{{.End}} is outside {{.Document}}, which has {{.Chars}} characters.")
	errBlank        = message.New("The selection holds only white space: select words to code them.")
	errAlreadyCoded = message.New("This text is already coded with {{.Code}}.")
	errEditOutside  = message.New("The edit {{.Start}}–{{.End}} is outside the text, which has {{.Chars}} characters.")
	errEditLayout   = message.New("The edit would leave blank lines or spaces that Teema removes from transcripts: edit words, not layout.")
	errEditEmpty    = message.New("The edit would leave the document empty.")
	errDocNameEmpty = message.New("A document needs a name.")
	errDocNameLong  = message.New("The document name {{.Name}} is longer than {{.Limit}} characters.")
	errDocNameTaken = message.New("Another document is already called {{.Name}}.")
	errAttrNameless = message.New("An attribute needs a name.")
	errMemoKind     = message.New("{{.Kind}} is not a kind of memo: use project, document or code.")
)
