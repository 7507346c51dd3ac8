package matrices

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"teema/app/kit"
	"teema/coding"
	"teema/i18n"
)

// chosenColumns marks the matrix of the codes the user ticked, in place of
// a theme id.
const chosenColumns int64 = -1

// rowHeaderWidth fits a customer group or an interview name on two lines.
const rowHeaderWidth = 150

// matrixTab shows one theme matrix like the Calpro study's theme tables:
// the theme's sub-themes as columns, the row choice (customer groups by
// default) as rows, each cell with its counts and the start of its
// summary. Selecting a cell opens it beside the table.
type matrixTab struct {
	m       *Window
	content fyne.CanvasObject
	themes  *widget.Select
	themeOf map[string]int64 // option label → theme id or chosenColumns
	theme   int64            // 0 until the first refresh picks one
	title   *widget.Label
	hint    *widget.Label
	split   *container.Split
	cells   matrixCells
	table   *widget.Table
	fit     *fyne.Container
	sel     coding.SummaryKey // the open cell; CodeID 0 when none
	selID   widget.TableCellID
	cell    *cellPanel
	query   *queryColumn
}

func newMatrixTab(m *Window) *matrixTab {
	t := &matrixTab{m: m, selID: noCell, cells: matrixCells{quote: m.quote}}
	t.themes = widget.NewSelect(nil, t.themeChosen)
	t.title = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	t.title.SizeName = theme.SizeNameSubHeadingText
	t.title.Truncation = fyne.TextTruncateEllipsis
	t.table = t.cells.table()
	t.table.OnSelected = t.selected
	t.fit = container.New(&columnFit{table: t.table, cols: func() int { return len(t.cells.data.Columns) },
		header: rowHeaderWidth, min: 170, fitted: t.fitHeader}, t.table)
	t.cell = newCellPanel(m)
	t.query = newQueryColumn(m, func() { t.show(t.theme) })
	t.hint = widget.NewLabel(i18n.T("Select a cell to read its excerpts and write its summary."))
	t.hint.Wrapping = fyne.TextWrapWord
	left := container.NewBorder(container.NewVBox(t.title, t.hint), nil, nil, nil, t.fit)
	// The table has the whole width until a cell is opened beside it.
	t.split = container.NewHSplit(left, t.cell.content)
	t.split.Offset = 0.6
	top := container.NewHBox(widget.NewLabel(i18n.T("Theme")), kit.FitSelect(t.themes), kit.FitSelect(t.query.sel))
	t.content = container.NewBorder(top, nil, nil, nil, t.split)
	return t
}

// fitHeader makes the header row as tall as the longest sub-theme name
// needs at the column width.
func (t *matrixTab) fitHeader(width float32) {
	names := make([]string, len(t.cells.data.Columns))
	for i, c := range t.cells.data.Columns {
		names[i] = c.Name
	}
	t.table.SetRowHeight(-1, headerHeight(headerLines(names, width)))
}

// reset forgets the theme and cell of the previous project.
func (t *matrixTab) reset() {
	t.theme = 0
	t.unselect()
}

// refresh rebuilds the matrix from the window's corpus.
func (t *matrixTab) refresh() {
	t.updateThemes()
	t.query.refresh()
	c := t.m.corpus
	t.cells.book, t.cells.chosen = c.Book, t.theme == chosenColumns
	if t.cells.chosen {
		t.cells.data = c.Matrix(i18n.T("Chosen codes"), t.m.chosenCodes(), t.m.rowsBy)
	} else {
		t.cells.data = c.ThemeMatrix(t.theme, t.m.rowsBy)
	}
	t.query.add(&t.cells.data)
	t.title.SetText(t.cells.data.Title)
	t.table.Refresh()
	t.fit.Refresh()
	t.showSelected()
}

// updateThemes offers the themes and the chosen codes, keeping the user's
// choice while it exists.
func (t *matrixTab) updateThemes() {
	book := t.m.corpus.Book
	t.themeOf = map[string]int64{}
	var options []string
	for _, id := range book.Children(0) {
		c, _ := book.Code(id)
		t.themeOf[c.Name] = id
		options = append(options, c.Name)
	}
	if _, ok := book.Code(t.theme); !ok && t.theme != chosenColumns {
		t.theme = 0
		if len(options) > 0 {
			t.theme = t.themeOf[options[0]]
		}
	}
	chosen := i18n.T("Chosen codes…")
	t.themeOf[chosen] = chosenColumns
	t.themes.Options = append(options, chosen)
	// Set directly: OnChanged would open the code chooser again.
	t.themes.Selected = kit.LabelOf(t.themeOf, t.theme)
	t.themes.Refresh()
}

func (t *matrixTab) themeChosen(label string) {
	id, ok := t.themeOf[label]
	if !ok {
		return
	}
	if id != chosenColumns {
		t.show(id)
		return
	}
	t.m.chooseCodes(func(ok bool) {
		if ok {
			t.show(chosenColumns)
			return
		}
		t.themes.Selected = kit.LabelOf(t.themeOf, t.theme)
		t.themes.Refresh()
	})
}

// show switches to another theme (or the chosen codes).
func (t *matrixTab) show(id int64) {
	t.unselect()
	t.theme = id
	t.refresh()
}
