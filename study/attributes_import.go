package study

import (
	"path/filepath"
	"slices"
	"strings"

	"teema/coding"
	"teema/message"
	"teema/store"
)

// What importing attributes from a spreadsheet says.
var (
	errSheetEmpty     = message.New("{{.File}} is empty.")
	errSheetNoNames   = message.New("No row of {{.File}} names an interview of the project. Put the interviews' names, such as {{.Example}}, in a column of their own.")
	errSheetNoColumns = message.New("{{.File}} has no attribute columns: the first row names the attributes, one column each, beside the column of the interviews' names.")
	noteSheetRow      = message.New("Row {{.Row}}: {{.Document}}: {{.Values}}")
	noteSheetRowAs    = message.New("Row {{.Row}}: {{.Name}} → {{.Document}}: {{.Values}}")
	noteSheetNoMatch  = message.New("Row {{.Row}}: no interview is called {{.Name}}; the row is left out.")
	noteSheetTwice    = message.New("Row {{.Row}}: {{.Document}} already came on row {{.First}}; this row is left out.")
	noteSheetNoRow    = message.New("No row for {{.N}} interviews: {{.Names}}.")
	noteSheetSummary  = message.New("{{.Matched}} of {{.Rows}} rows name an interview; {{.Changes}} values of {{.Docs}} interviews change.")
	labelSheetImport  = message.New("attribute import")
)

// AttributeSheet is a spreadsheet of attributes (.xlsx or .csv) read and
// matched to the project's interviews: a column of interview names and a
// column per attribute, named in the first row. It is previewed
// (Notes) before it is applied as one undoable step (Change).
type AttributeSheet struct {
	Keys    []string       // the attributes, as the first row names them
	Rows    []AttributeRow // the rows under the first, in order
	Missing []string       // the interviews no row names
}

// AttributeRow is a row of the sheet and the interview it names.
type AttributeRow struct {
	Line   int                 // its number in the spreadsheet
	Name   string              // the interview's name as the row gives it
	Doc    coding.DocumentInfo // the interview it names; ID 0 when none
	First  int                 // the earlier row that named the same interview, if any: this one is left out
	Values map[string]string   // its cells by attribute; an empty cell changes nothing
}

// ReadAttributeSheet reads a spreadsheet of attributes and matches its
// rows to the project's interviews. The column of names is the one that
// names the most interviews, so the sheet may have it anywhere.
func ReadAttributeSheet(p *store.Project, path string) (AttributeSheet, error) {
	rows, err := readSheet(path)
	if err != nil {
		return AttributeSheet{}, err
	}
	docs, err := p.Documents()
	if err != nil {
		return AttributeSheet{}, err
	}
	if len(rows) == 0 {
		return AttributeSheet{}, errSheetEmpty.New(fileArgs(path))
	}
	m := newDocMatcher(docs)
	header, body := rows[0].Cells, rows[1:]
	names := nameColumn(m, body, len(header))
	if names < 0 {
		return AttributeSheet{}, errSheetNoNames.New(message.Args{"File": filepath.Base(path), "Example": example(docs)})
	}
	var a AttributeSheet
	columns := map[int]string{}
	for i, h := range header {
		if key, err := coding.AttributeKey(h); err == nil && i != names && !slices.Contains(a.Keys, key) {
			columns[i] = key
			a.Keys = append(a.Keys, key)
		}
	}
	if len(a.Keys) == 0 {
		return AttributeSheet{}, errSheetNoColumns.New(fileArgs(path))
	}
	a.Rows = matchRows(m, body, names, columns)
	a.Missing = missing(docs, a.Rows)
	return a, nil
}

// nameColumn is the column that names the most interviews, -1 if none
// does.
func nameColumn(m docMatcher, rows []sheetRow, width int) int {
	best, most := -1, 0
	for col := range width {
		n := 0
		for _, r := range rows {
			if _, ok := m.match(cellAt(r, col)); ok {
				n++
			}
		}
		if n > most {
			best, most = col, n
		}
	}
	return best
}

// matchRows pairs each row with the interview it names.
func matchRows(m docMatcher, body []sheetRow, names int, columns map[int]string) []AttributeRow {
	seen := map[int64]int{}
	out := make([]AttributeRow, 0, len(body))
	for _, r := range body {
		row := AttributeRow{Line: r.Line, Name: cellAt(r, names), Values: map[string]string{}}
		for i, key := range columns {
			if v := cellAt(r, i); v != "" {
				row.Values[key] = v
			}
		}
		if d, ok := m.match(row.Name); ok {
			row.Doc = d
			if first, twice := seen[d.ID]; twice {
				row.First = first
			} else {
				seen[d.ID] = r.Line
			}
		}
		out = append(out, row)
	}
	return out
}

func cellAt(r sheetRow, i int) string {
	if i < len(r.Cells) {
		return r.Cells[i]
	}
	return ""
}

// missing names the interviews no row names.
func missing(docs []coding.DocumentInfo, rows []AttributeRow) []string {
	named := map[int64]bool{}
	for _, r := range rows {
		named[r.Doc.ID] = true
	}
	var out []string
	for _, d := range docs {
		if !named[d.ID] {
			out = append(out, d.Name)
		}
	}
	return out
}

func example(docs []coding.DocumentInfo) string {
	if len(docs) == 0 {
		return "–"
	}
	return docs[0].Name
}

// used reports whether a row's values are applied: it names an interview
// no earlier row named.
func (r AttributeRow) used() bool { return r.Doc.ID != 0 && r.First == 0 }

// sets are the attribute changes the sheet makes, in the order of its
// rows and columns: the values that differ from the interviews' own.
func (a AttributeSheet) sets() []coding.SetAttribute {
	var out []coding.SetAttribute
	for _, r := range a.Rows {
		if !r.used() {
			continue
		}
		for _, k := range a.Keys {
			if v, ok := r.Values[k]; ok && r.Doc.Attributes[k] != v {
				out = append(out, coding.SetAttribute{DocID: r.Doc.ID, Key: k, Value: v})
			}
		}
	}
	return out
}

// Change sets the sheet's attributes as one undoable step; nil when it
// changes nothing.
func (a AttributeSheet) Change() coding.Change {
	sets := a.sets()
	if len(sets) == 0 {
		return nil
	}
	b := coding.Batch{Name: labelSheetImport}
	for _, s := range sets {
		b.Changes = append(b.Changes, s)
	}
	return b
}

// Summary says in a line what the sheet matched and would change.
func (a AttributeSheet) Summary() message.Note {
	matched, docs := 0, map[int64]bool{}
	for _, r := range a.Rows {
		if r.Doc.ID != 0 {
			matched++
		}
	}
	sets := a.sets()
	for _, s := range sets {
		docs[s.DocID] = true
	}
	return noteSheetSummary.Say(message.Args{"Matched": matched, "Rows": len(a.Rows), "Changes": len(sets), "Docs": len(docs)})
}

// Notes say row by row which interview each row names, and which
// interviews no row names: the preview before the import.
func (a AttributeSheet) Notes() []message.Note {
	notes := make([]message.Note, 0, len(a.Rows)+1)
	for _, r := range a.Rows {
		args := message.Args{"Row": r.Line, "Name": r.Name, "Document": r.Doc.Name, "First": r.First}
		switch {
		case r.Doc.ID == 0:
			notes = append(notes, noteSheetNoMatch.Say(args))
		case r.First != 0:
			notes = append(notes, noteSheetTwice.Say(args))
		case r.Name == r.Doc.Name:
			args["Values"] = a.valueLine(r)
			notes = append(notes, noteSheetRow.Say(args))
		default: // named loosely or by its file: say which interview
			args["Values"] = a.valueLine(r)
			notes = append(notes, noteSheetRowAs.Say(args))
		}
	}
	if len(a.Missing) > 0 {
		notes = append(notes, noteSheetNoRow.Say(message.Args{"N": len(a.Missing), "Names": listed(a.Missing)}))
	}
	return notes
}

// valueLine shows a row's values in column order: "ryhmä = Kunnat · ikä = 40".
func (a AttributeSheet) valueLine(r AttributeRow) string {
	var parts []string
	for _, k := range a.Keys {
		if v, ok := r.Values[k]; ok {
			parts = append(parts, k+" = "+v)
		}
	}
	if len(parts) == 0 {
		return "–"
	}
	return strings.Join(parts, " · ")
}
