package coding

// QueryColumn is the id of a matrix column that no code holds: a coding
// query's passages beside a theme's codes. It has no summary.
const QueryColumn int64 = -1

// AddColumn adds a column of passages after the code columns, named
// name: a coding query's result, each passage an Excerpt with no code.
// The passages fall into the rows as codings do.
func (c Corpus) AddColumn(m *Matrix, name string, passages []Excerpt) {
	m.Columns = append(m.Columns, Code{ID: QueryColumn, Name: name})
	rowIndex := map[string]int{}
	for i, r := range m.Rows {
		rowIndex[r.Key] = i
	}
	docs := map[int64]DocumentInfo{}
	for _, d := range c.Docs {
		docs[d.ID] = d
	}
	cells := make([][]Excerpt, len(m.Rows))
	for _, e := range passages {
		if i, ok := rowIndex[c.rowOf(m.RowsBy, e, docs)]; ok {
			cells[i] = append(cells[i], e)
		}
	}
	for i := range m.Cells {
		m.Cells[i] = append(m.Cells[i], Cell{Excerpts: cells[i], Docs: distinctDocs(cells[i])})
	}
}
