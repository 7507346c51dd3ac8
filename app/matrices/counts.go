package matrices

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"teema/app/kit"
	"teema/i18n"
)

// countsTab tallies every code across the rows, shaded like a heat map so
// what each group talks about most stands out. A theme's numbers include
// its sub-themes'.
type countsTab struct {
	m       *Window
	content fyne.CanvasObject
	measure *widget.Select
	cells   countCells
	table   *widget.Table
}

func newCountsTab(m *Window) *countsTab {
	t := &countsTab{m: m}
	t.measure = widget.NewSelect([]string{i18n.T("Excerpts"), i18n.T("Interviews"), i18n.T("Share of text coded (%)")}, nil)
	t.measure.SetSelectedIndex(byExcerpts)
	t.measure.OnChanged = func(string) { t.refresh() }
	t.table = t.cells.table()
	top := container.NewHBox(widget.NewLabel(i18n.T("Show")), kit.FitSelect(t.measure))
	t.content = container.NewBorder(top, nil, nil, nil, t.table)
	return t
}

// refresh recounts from the window's corpus.
func (t *countsTab) refresh() {
	c := t.m.corpus
	t.cells.set(c.Counts(t.m.allCodes(), t.m.rowsBy), c.Book, t.measure.SelectedIndex())
	labels := rowLabels(t.cells.data.Rows)
	w := sizeColumns(t.table, c.Book, t.cells.data.Codes, labels, 90, 180)
	t.table.SetRowHeight(-1, textHeight(headerLines(labels, w)))
	t.table.Refresh()
}
