package coding

import (
	"slices"
	"sort"
	"strconv"
	"strings"
)

// RowKind says what the rows of a matrix are.
type RowKind string

// Matrix rows: one per interview, per value of an attribute, or per speaker.
const (
	ByDocument  RowKind = "document"
	ByAttribute RowKind = "attribute"
	BySpeaker   RowKind = "speaker"
)

// RowsBy chooses a matrix's rows; Attr names the attribute for ByAttribute.
type RowsBy struct {
	Kind RowKind
	Attr string
}

// ParseRowsBy reads "", "document", "speaker" or an attribute name (as
// given to --by): an empty string means one row per interview.
func ParseRowsBy(s string) RowsBy {
	switch RowKind(s) {
	case "", ByDocument:
		return RowsBy{Kind: ByDocument}
	case BySpeaker:
		return RowsBy{Kind: BySpeaker}
	}
	return RowsBy{Kind: ByAttribute, Attr: s}
}

// String is the stored form of the row choice, part of a summary's key.
func (r RowsBy) String() string {
	if r.Kind == ByAttribute {
		return "attribute:" + r.Attr
	}
	return string(r.Kind)
}

// NoValue labels the row of documents that lack the row attribute.
const NoValue = "—"

// Row is one row of a matrix. Key identifies it for summaries: a document
// id, an attribute value or a speaker label.
type Row struct {
	Key   string
	Label string
	Docs  []int64 // documents in the row (for ByDocument and ByAttribute)
}

// Cell holds what a matrix cell shows: its codings and the researcher's
// own summary of them.
type Cell struct {
	Excerpts []Excerpt
	Docs     int // distinct interviews among the excerpts
	Summary  string
}

// Matrix is a table of codes (columns) by rows, like the Calpro study's
// theme tables: a theme's sub-themes across customer groups.
type Matrix struct {
	Title   string
	RowsBy  RowsBy
	Columns []Code
	Rows    []Row
	Cells   [][]Cell // [row][column]
}

// SummaryKey addresses a cell's summary: a code, the row choice and a row.
type SummaryKey struct {
	CodeID int64
	RowsBy string // RowsBy.String()
	Row    string // Row.Key
}

// Summary is the researcher's condensed wording of one matrix cell.
type Summary struct {
	SummaryKey
	Text string
}

// Corpus is what matrices, counts and exports are computed from.
type Corpus struct {
	Book      *CodeBook
	Docs      []DocumentInfo
	Turns     map[int64][]Turn
	Excerpts  []Excerpt
	Summaries map[SummaryKey]string
	Times     map[int64]TimeIndex // the timed transcripts' time indexes
}

// Doc returns a document's listing entry.
func (c Corpus) Doc(id int64) (DocumentInfo, bool) {
	for _, d := range c.Docs {
		if d.ID == id {
			return d, true
		}
	}
	return DocumentInfo{}, false
}

// Speaker is who said an excerpt ("" if its turn has no label).
func (c Corpus) Speaker(e Excerpt) string { return SpeakerAt(c.Turns[e.DocID], e.Start) }

// ThemeColumns returns a theme's sub-themes, the columns of its matrix; a
// theme without sub-themes is its own single column.
func (c Corpus) ThemeColumns(theme int64) []Code {
	var cols []Code
	for _, id := range c.Book.Children(theme) {
		code, _ := c.Book.Code(id)
		cols = append(cols, code)
	}
	if len(cols) == 0 {
		if code, ok := c.Book.Code(theme); ok {
			cols = append(cols, code)
		}
	}
	return cols
}

// Rows lists the rows for a row choice, in a stable, readable order:
// documents by name, attribute values and speakers sorted, with the
// documents lacking the attribute last.
func (c Corpus) Rows(by RowsBy) []Row {
	switch by.Kind {
	case BySpeaker:
		return c.speakerRows()
	case ByAttribute:
		return c.attributeRows(by.Attr)
	}
	docs := append([]DocumentInfo(nil), c.Docs...)
	sort.SliceStable(docs, func(i, j int) bool { return lessNatural(docs[i].Name, docs[j].Name) })
	rows := make([]Row, len(docs))
	for i, d := range docs {
		rows[i] = Row{Key: strconv.FormatInt(d.ID, 10), Label: d.Name, Docs: []int64{d.ID}}
	}
	return rows
}

func (c Corpus) attributeRows(attr string) []Row {
	byValue := map[string]*Row{}
	var values []string
	for _, d := range c.Docs {
		v := d.Attributes[attr]
		r, ok := byValue[v]
		if !ok {
			label := v
			if v == "" {
				label = NoValue
			}
			r = &Row{Key: v, Label: label}
			byValue[v] = r
			values = append(values, v)
		}
		r.Docs = append(r.Docs, d.ID)
	}
	sort.SliceStable(values, func(i, j int) bool {
		if (values[i] == "") != (values[j] == "") {
			return values[j] == ""
		}
		return lessNatural(values[i], values[j])
	})
	rows := make([]Row, len(values))
	for i, v := range values {
		rows[i] = *byValue[v]
	}
	return rows
}

func (c Corpus) speakerRows() []Row {
	seen := map[string]bool{}
	var speakers []string
	for _, d := range c.Docs {
		for _, t := range c.Turns[d.ID] {
			if !seen[t.Speaker] {
				seen[t.Speaker] = true
				speakers = append(speakers, t.Speaker)
			}
		}
	}
	sort.SliceStable(speakers, func(i, j int) bool {
		if IsInterviewer(speakers[i]) != IsInterviewer(speakers[j]) {
			return IsInterviewer(speakers[j])
		}
		return lessNatural(speakers[i], speakers[j])
	})
	rows := make([]Row, len(speakers))
	for i, s := range speakers {
		rows[i] = Row{Key: s, Label: s}
	}
	return rows
}

// rowOf returns the row key an excerpt belongs to.
func (c Corpus) rowOf(by RowsBy, e Excerpt, docs map[int64]DocumentInfo) string {
	switch by.Kind {
	case BySpeaker:
		return c.Speaker(e)
	case ByAttribute:
		return docs[e.DocID].Attributes[by.Attr]
	}
	return strconv.FormatInt(e.DocID, 10)
}

// Matrix builds the table of the given columns (codes, each collecting
// the codings of its sub-codes too) by rows.
func (c Corpus) Matrix(title string, columns []Code, by RowsBy) Matrix {
	m := Matrix{Title: title, RowsBy: by, Columns: columns, Rows: c.Rows(by)}
	rowIndex := map[string]int{}
	for i, r := range m.Rows {
		rowIndex[r.Key] = i
	}
	colOf := map[int64][]int{}
	for j, col := range columns {
		for _, id := range c.Book.Subtree(col.ID) {
			colOf[id] = append(colOf[id], j)
		}
	}
	docs := map[int64]DocumentInfo{}
	for _, d := range c.Docs {
		docs[d.ID] = d
	}
	m.Cells = make([][]Cell, len(m.Rows))
	for i := range m.Cells {
		m.Cells[i] = make([]Cell, len(columns))
		for j, col := range columns {
			m.Cells[i][j].Summary = c.Summaries[SummaryKey{CodeID: col.ID, RowsBy: by.String(), Row: m.Rows[i].Key}]
		}
	}
	for _, e := range c.Excerpts {
		i, ok := rowIndex[c.rowOf(by, e, docs)]
		if !ok {
			continue
		}
		for _, j := range colOf[e.CodeID] {
			m.Cells[i][j].Excerpts = append(m.Cells[i][j].Excerpts, e)
		}
	}
	for i := range m.Cells {
		for j := range m.Cells[i] {
			m.Cells[i][j].Docs = distinctDocs(m.Cells[i][j].Excerpts)
		}
	}
	return m
}

// ThemeMatrix is the matrix of a theme: its sub-themes by rows.
func (c Corpus) ThemeMatrix(theme int64, by RowsBy) Matrix {
	code, _ := c.Book.Code(theme)
	return c.Matrix(code.Name, c.ThemeColumns(theme), by)
}

func distinctDocs(es []Excerpt) int {
	seen := map[int64]bool{}
	for _, e := range es {
		seen[e.DocID] = true
	}
	return len(seen)
}

// lessNatural orders "Asiakas 2" before "Asiakas 10".
func lessNatural(a, b string) bool {
	for a != "" && b != "" {
		da, db := leadingDigits(a), leadingDigits(b)
		if da != "" && db != "" {
			na, _ := strconv.Atoi(da)
			nb, _ := strconv.Atoi(db)
			if na != nb {
				return na < nb
			}
			a, b = a[len(da):], b[len(db):]
			continue
		}
		ra, rb := []rune(a)[0], []rune(b)[0]
		if la, lb := strings.ToLower(string(ra)), strings.ToLower(string(rb)); la != lb {
			return la < lb
		}
		a, b = a[len(string(ra)):], b[len(string(rb)):]
	}
	return len(a) < len(b)
}

func leadingDigits(s string) string {
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	return s[:i]
}

// DefaultRows groups by customer group, as the Calpro study did, when the
// interviews have one, and otherwise gives one row per interview.
func DefaultRows(keys []string) RowsBy {
	for _, k := range []string{"ryhmä", "group"} {
		if slices.Contains(keys, k) {
			return RowsBy{Kind: ByAttribute, Attr: k}
		}
	}
	return RowsBy{Kind: ByDocument}
}
