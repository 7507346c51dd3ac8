package matrices

import (
	"slices"

	"teema/app/kit"
	"teema/coding"
)

// updateRows offers one row per interview, per value of each attribute,
// or per speaker, keeping the user's choice while it exists.
func (m *Window) updateRows() {
	keys := coding.AttributeKeys(m.corpus.Docs)
	var options []string
	options, m.rowsOf = kit.RowOptions(keys)
	if m.rowsBy.Kind == "" || m.rowsBy.Kind == coding.ByAttribute && !slices.Contains(keys, m.rowsBy.Attr) {
		m.rowsBy = coding.DefaultRows(keys)
	}
	m.rows.Options = options
	// Set directly: OnChanged would redraw the tabs a second time.
	m.rows.Selected = kit.LabelOf(m.rowsOf, m.rowsBy)
	m.rows.Refresh()
}

func (m *Window) rowsChosen(label string) {
	by, ok := m.rowsOf[label]
	if !ok || by == m.rowsBy {
		return
	}
	m.matrix.cell.flush()
	m.rowsBy = by
	m.matrix.refresh()
	m.counts.refresh()
}
