package matrices

import (
	"slices"

	"fyne.io/fyne/v2/widget"

	"teema/coding"
	"teema/coding/codequery"
	"teema/i18n"
	"teema/study"
)

// noQuery is the query-column choice that adds no column.
const noQuery = "No query column"

// queryColumn adds a saved coding query's passages to the theme matrix as
// a last column (the search window saves queries): beside a theme's
// codes, say, the passages coded with two of them in the same turn.
type queryColumn struct {
	m     *Window
	sel   *widget.Select
	saved []codequery.Saved
}

func newQueryColumn(m *Window, chosen func()) *queryColumn {
	q := &queryColumn{m: m}
	q.sel = widget.NewSelect(nil, func(string) { chosen() })
	q.sel.Selected = i18n.T(noQuery)
	return q
}

// refresh offers the project's saved queries, keeping the choice while
// its query exists.
func (q *queryColumn) refresh() {
	saved, err := q.m.s.Project().SavedQueries()
	if err != nil {
		q.m.fail(err)
	}
	q.saved = saved
	options := []string{i18n.T(noQuery)}
	for _, s := range saved {
		options = append(options, s.Name)
	}
	q.sel.Options = options
	if !slices.Contains(options, q.sel.Selected) {
		q.sel.Selected = i18n.T(noQuery)
	}
	q.sel.Refresh()
}

// add adds the chosen query's column to a matrix; a query the codes no
// longer answer is said in the window.
func (q *queryColumn) add(data *coding.Matrix) {
	i := slices.IndexFunc(q.saved, func(s codequery.Saved) bool { return s.Name == q.sel.Selected })
	if i < 0 {
		return
	}
	if err := study.QueryColumn(q.m.s.Project(), q.m.corpus, data, q.saved[i]); err != nil {
		q.m.tell(i18n.Error(err))
	}
}
