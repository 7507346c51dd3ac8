package matrices

import (
	"slices"

	"teema/coding"
	"teema/i18n"
)

// updateRows offers one row per interview, per value of each attribute,
// or per speaker, keeping the user's choice while it exists.
func (m *Window) updateRows() {
	byDoc, bySpeaker := i18n.T("One row per interview"), i18n.T("One row per speaker")
	m.rowsOf = map[string]coding.RowsBy{byDoc: {Kind: coding.ByDocument}, bySpeaker: {Kind: coding.BySpeaker}}
	options := []string{byDoc}
	keys := coding.AttributeKeys(m.corpus.Docs)
	for _, k := range keys {
		m.rowsOf[k] = coding.RowsBy{Kind: coding.ByAttribute, Attr: k}
		options = append(options, k)
	}
	options = append(options, bySpeaker)
	if m.rowsBy.Kind == "" || m.rowsBy.Kind == coding.ByAttribute && !slices.Contains(keys, m.rowsBy.Attr) {
		m.rowsBy = defaultRows(keys)
	}
	m.rows.Options = options
	// Set directly: OnChanged would redraw the tabs a second time.
	m.rows.Selected = labelOf(m.rowsOf, m.rowsBy)
	m.rows.Refresh()
}

// defaultRows groups by customer group, as the Calpro study did, when the
// interviews have one.
func defaultRows(keys []string) coding.RowsBy {
	for _, k := range []string{"ryhmä", "group"} {
		if slices.Contains(keys, k) {
			return coding.RowsBy{Kind: coding.ByAttribute, Attr: k}
		}
	}
	return coding.RowsBy{Kind: coding.ByDocument}
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

// labelOf finds the label a Select shows for a value ("" if none).
func labelOf[V comparable](labels map[string]V, v V) string {
	for label, x := range labels {
		if x == v {
			return label
		}
	}
	return ""
}
