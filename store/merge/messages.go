package merge

import "teema/message"

// The lines of a merge's report. Names of documents and codes, values and
// the source's name come quoted (strconv.Quote), as in the other lines
// Teema writes about a project's content.

// countLines tally each kind of thing.
var countLines = [kinds]*message.Kind{
	Documents:  message.New("documents: {{.Added}} added, {{.Matched}} matched, {{.Conflicts}} conflicting"),
	Codes:      message.New("codes: {{.Added}} added, {{.Matched}} matched, {{.Conflicts}} conflicting"),
	Codings:    message.New("codings: {{.Added}} added, {{.Matched}} matched, {{.Conflicts}} conflicting"),
	Memos:      message.New("memos: {{.Added}} added, {{.Matched}} matched, {{.Conflicts}} conflicting"),
	Attributes: message.New("attributes: {{.Added}} added, {{.Matched}} matched, {{.Conflicts}} conflicting"),
}

// Documents, codes, codings and attributes.
var (
	noteDocumentAdded   = message.New("Added document {{.Document}}.")
	noteDocumentRenamed = message.New("Document {{.Document}}: we have another text under that name; theirs was added as {{.NewName}}.")
	noteCodeAdded       = message.New("Added code {{.Code}}.")
	noteCodeColour      = message.New("Code {{.Code}}: their colour is {{.Theirs}}, ours {{.Ours}}; kept ours.")
	noteCodeDescription = message.New("Code {{.Code}}: their description is {{.Theirs}}, ours {{.Ours}}; kept ours.")
	noteCodingOrphan    = message.New("A coding of {{.Code}} refers to a document or code missing from {{.Source}}; skipped.")
	noteCodingMisfit    = message.New("Coding {{.Start}}–{{.End}} of {{.Document}} as {{.Code}} by {{.Coder}} does not fit our text; skipped.")
	noteAttributeAdded  = message.New("Added attribute {{.Key}} = {{.Value}} to {{.Document}}.")
	noteAttributeClash  = message.New("Attribute {{.Key}} of {{.Document}}: theirs {{.Theirs}}, ours {{.Ours}}; kept ours.")
)

// memoWords word what became of one of their memos: added where we had
// none, or appended under the source's name to ours, which differed.
type memoWords struct{ added, appended *message.Kind }

var (
	projectMemo = memoWords{
		message.New("Added their project memo."),
		message.New("The project memo differs from ours; theirs was appended under {{.Source}}."),
	}
	documentMemo = memoWords{
		message.New("Added their memo on document {{.Document}}."),
		message.New("The memo on document {{.Document}} differs from ours; theirs was appended under {{.Source}}."),
	}
	codeMemo = memoWords{
		message.New("Added their memo on code {{.Code}}."),
		message.New("The memo on code {{.Code}} differs from ours; theirs was appended under {{.Source}}."),
	}
	codingMemo = memoWords{
		message.New("Added their memo on coding {{.Start}}–{{.End}} of {{.Document}}."),
		message.New("The memo on coding {{.Start}}–{{.End}} of {{.Document}} differs from ours; theirs was appended under {{.Source}}."),
	}
)

// errNotMergeable refuses a file that is no project a merge reads.
var errNotMergeable = message.New("{{.File}} cannot be merged: a merge reads {{.Ext}} and .qdpx projects.")
