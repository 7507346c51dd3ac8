package study

import (
	"teema/coding"
	"teema/coding/autocode"
	"teema/coding/codequery"
	"teema/coding/units"
	"teema/store"
)

// Answer is a coding query's result.
type Answer struct {
	Query    codequery.Query
	Passages []coding.Excerpt // each a passage with its words and no code, by interview and place
	Rows     []RowCount       // the passages counted per row of RowsBy
	RowsBy   coding.RowsBy
	Corpus   coding.Corpus // what the query was answered from

	texts map[int64]string // the texts of the interviews with passages
}

// RowCount is how many passages a row (an interview, a group, a speaker)
// has, in how many interviews.
type RowCount struct {
	Row      string
	Passages int
	Docs     int
}

// AskCodingQuery answers a coding query (package codequery), counting its
// passages per row as a matrix would.
func AskCodingQuery(p *store.Project, text string, by coding.RowsBy) (Answer, error) {
	c, err := p.Corpus()
	if err != nil {
		return Answer{}, err
	}
	q, err := codequery.Parse(text, c.Book)
	if err != nil {
		return Answer{}, err
	}
	for key := range q.Where {
		if err := hasAttribute(c.Docs, key); err != nil {
			return Answer{}, err
		}
	}
	texts := map[int64]coding.Document{}
	read := func(id int64) (coding.Document, error) {
		d, ok := texts[id]
		if !ok {
			var err error
			if d, err = p.Document(id); err != nil {
				return d, err
			}
			texts[id] = d
		}
		return d, nil
	}
	found, err := q.Answer(codequery.Input{Book: c.Book, Docs: c.Docs, Excerpts: c.Excerpts,
		Units: func(id int64) (*units.Text, error) {
			d, err := read(id)
			return units.Of(d.Text, d.Turns), err
		}})
	if err != nil {
		return Answer{}, err
	}
	a := Answer{Query: q, RowsBy: by, Corpus: c, texts: map[int64]string{}}
	for _, f := range found {
		d, err := read(f.DocID)
		if err != nil {
			return Answer{}, err
		}
		a.texts[d.ID] = d.Text
		a.Passages = append(a.Passages, coding.Excerpt{DocID: f.DocID, Start: f.Start, End: f.End, Text: coding.Slice(d.Text, f.Start, f.End)})
	}
	a.Rows = rowCounts(c, by, a.Passages)
	return a, nil
}

// rowCounts counts passages per row, as the query's column of a matrix
// would hold them.
func rowCounts(c coding.Corpus, by coding.RowsBy, passages []coding.Excerpt) []RowCount {
	m := c.Matrix("", nil, by)
	c.AddColumn(&m, "", passages)
	out := make([]RowCount, len(m.Rows))
	for i, r := range m.Rows {
		cell := m.Cells[i][0]
		out[i] = RowCount{Row: r.Label, Passages: len(cell.Excerpts), Docs: cell.Docs}
	}
	return out
}

// QueryColumn adds a saved query's passages to a matrix as a column named
// after the query.
func QueryColumn(p *store.Project, c coding.Corpus, m *coding.Matrix, q codequery.Saved) error {
	a, err := AskCodingQuery(p, q.Query, m.RowsBy)
	if err != nil {
		return err
	}
	c.AddColumn(m, q.Name, a.Passages)
	return nil
}

// PlanCodeAs plans coding a query's passages with a code (0: a new code,
// with autocode.NewCode).
func PlanCodeAs(p *store.Project, a Answer, code int64, coder string) (autocode.Plan, error) {
	stretches := make([]autocode.Stretch, len(a.Passages))
	for i, e := range a.Passages {
		stretches[i] = autocode.Stretch{DocID: e.DocID, Span: coding.Span{Start: e.Start, End: e.End}}
	}
	return plan(p, code, coder, stretches, a.texts)
}
