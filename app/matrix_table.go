package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"teema/coding"
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
	m       *matrixWindow
	content fyne.CanvasObject
	themes  *widget.Select
	themeOf map[string]int64 // option label → theme id or chosenColumns
	theme   int64            // 0 until the first refresh picks one
	title   *widget.Label
	hint    *widget.Label
	split   *container.Split
	table   *widget.Table
	fit     *fyne.Container
	data    coding.Matrix
	sel     coding.SummaryKey // the open cell; CodeID 0 when none
	selID   widget.TableCellID
	cell    *cellPanel
}

func newMatrixTab(m *matrixWindow) *matrixTab {
	t := &matrixTab{m: m, selID: noCell}
	t.themes = widget.NewSelect(nil, t.themeChosen)
	t.title = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	t.title.SizeName = theme.SizeNameSubHeadingText
	t.title.Truncation = fyne.TextTruncateEllipsis
	t.table = widget.NewTable(t.size, func() fyne.CanvasObject { return newMatrixCell() }, t.updateCell)
	t.table.ShowHeaderRow, t.table.ShowHeaderColumn = true, true
	t.table.CreateHeader = func() fyne.CanvasObject { return newHeaderCell() }
	t.table.UpdateHeader = t.updateHeader
	t.table.OnSelected = t.selected
	t.table.SetColumnWidth(-1, rowHeaderWidth)
	t.fit = container.New(&columnFit{table: t.table, cols: func() int { return len(t.data.Columns) },
		header: rowHeaderWidth, min: 170, fitted: t.fitHeader}, t.table)
	t.cell = newCellPanel(m)
	t.hint = widget.NewLabel(T("Select a cell to read its excerpts and write its summary."))
	t.hint.Wrapping = fyne.TextWrapWord
	left := container.NewBorder(container.NewVBox(t.title, t.hint), nil, nil, nil, t.fit)
	// The table has the whole width until a cell is opened beside it.
	t.split = container.NewHSplit(left, t.cell.content)
	t.split.Offset = 0.6
	top := container.NewHBox(widget.NewLabel(T("Theme")), fitSelect(t.themes))
	t.content = container.NewBorder(top, nil, nil, nil, t.split)
	return t
}

var noCell = widget.TableCellID{Row: -1, Col: -1}

func (t *matrixTab) size() (int, int) { return len(t.data.Rows), len(t.data.Columns) }

// fitHeader makes the header row as tall as the longest sub-theme name
// needs at the column width.
func (t *matrixTab) fitHeader(width float32) {
	names := make([]string, len(t.data.Columns))
	for i, c := range t.data.Columns {
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
	c := t.m.corpus
	if t.theme == chosenColumns {
		t.data = c.Matrix(T("Chosen codes"), t.m.chosenCodes(), t.m.rowsBy)
	} else {
		t.data = c.ThemeMatrix(t.theme, t.m.rowsBy)
	}
	t.title.SetText(t.data.Title)
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
	chosen := T("Chosen codes…")
	t.themeOf[chosen] = chosenColumns
	t.themes.Options = append(options, chosen)
	// Set directly: OnChanged would open the code chooser again.
	t.themes.Selected = t.themeLabel()
	t.themes.Refresh()
}

func (t *matrixTab) themeLabel() string { return labelOf(t.themeOf, t.theme) }

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
		t.themes.Selected = t.themeLabel()
		t.themes.Refresh()
	})
}

// show switches to another theme (or the chosen codes).
func (t *matrixTab) show(id int64) {
	t.unselect()
	t.theme = id
	t.refresh()
}

func (t *matrixTab) updateCell(id widget.TableCellID, o fyne.CanvasObject) {
	if id.Row >= len(t.data.Rows) || id.Col >= len(t.data.Columns) {
		return
	}
	o.(*matrixCell).set(t.data.Cells[id.Row][id.Col], t.m.quote)
}

func (t *matrixTab) updateHeader(id widget.TableCellID, o fyne.CanvasObject) {
	h := o.(*headerCell)
	switch {
	case id.Row < 0 && id.Col >= 0 && id.Col < len(t.data.Columns):
		c := t.data.Columns[id.Col]
		note := excerptCount(t.columnTotal(id.Col))
		if t.theme == chosenColumns && c.ParentID != 0 {
			// Chosen codes come from any theme, and sub-theme names recur.
			note = t.m.corpus.Book.Theme(c.ID).Name + " · " + note
		}
		h.set(c.Name, note, true)
	case id.Col < 0 && id.Row >= 0 && id.Row < len(t.data.Rows):
		r := t.data.Rows[id.Row]
		note := ""
		if t.m.rowsBy.Kind == coding.ByAttribute {
			note = interviewCount(len(r.Docs))
		}
		h.set(r.Label, note, true)
	default:
		h.set("", "", false)
	}
}

func (t *matrixTab) columnTotal(col int) int {
	n := 0
	for i := range t.data.Rows {
		n += len(t.data.Cells[i][col].Excerpts)
	}
	return n
}

func (t *matrixTab) selected(id widget.TableCellID) {
	if id.Row < 0 || id.Col < 0 || id.Row >= len(t.data.Rows) || id.Col >= len(t.data.Columns) {
		return
	}
	// Save the previous cell's typing first: the save redraws the table,
	// which would otherwise already open the new cell.
	t.cell.flush()
	t.selID = id
	t.sel = coding.SummaryKey{CodeID: t.data.Columns[id.Col].ID, RowsBy: t.data.RowsBy.String(), Row: t.data.Rows[id.Row].Key}
	t.openCell(id)
}

// showSelected follows the open cell to where it is after a change, or
// closes it when its row or column is gone.
func (t *matrixTab) showSelected() {
	if t.sel.CodeID == 0 {
		return
	}
	id := t.find(t.sel)
	switch {
	case id == noCell:
		t.unselect()
	case id != t.selID:
		t.table.Select(id)
	default:
		t.openCell(id)
	}
}

func (t *matrixTab) find(k coding.SummaryKey) widget.TableCellID {
	if k.RowsBy != t.data.RowsBy.String() {
		return noCell
	}
	id := noCell
	for i, r := range t.data.Rows {
		if r.Key == k.Row {
			id.Row = i
		}
	}
	for j, c := range t.data.Columns {
		if c.ID == k.CodeID {
			id.Col = j
		}
	}
	if id.Row < 0 || id.Col < 0 {
		return noCell
	}
	return id
}

func (t *matrixTab) openCell(id widget.TableCellID) {
	row, col := t.data.Rows[id.Row], t.data.Columns[id.Col]
	title := row.Label + " × " + t.m.corpus.Book.Path(col.ID)
	t.cell.show(t.sel, title, t.data.Cells[id.Row][id.Col])
	t.hint.Hide()
	t.split.Refresh()
}

func (t *matrixTab) unselect() {
	t.sel, t.selID = coding.SummaryKey{}, noCell
	t.cell.close()
	t.table.UnselectAll()
	t.hint.Show()
	t.split.Refresh()
}

// columnFit shares the width the table gets among its columns, so a
// theme's three sub-themes fill the window, but keeps them readable: below
// min per column the table scrolls instead. fitted hears the new width.
type columnFit struct {
	table       *widget.Table
	cols        func() int
	header, min float32
	fitted      func(width float32)
}

// MinSize is the table's own.
func (f *columnFit) MinSize(objs []fyne.CanvasObject) fyne.Size { return objs[0].MinSize() }

// Layout sets the column widths for the new size.
func (f *columnFit) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	if n := f.cols(); n > 0 {
		pad := theme.Padding()
		w := max(f.min, (size.Width-f.header-pad*float32(n+1)-theme.ScrollBarSize())/float32(n))
		for i := range n {
			f.table.SetColumnWidth(i, w)
		}
		f.fitted(w)
	}
	objs[0].Move(fyne.NewPos(0, 0))
	objs[0].Resize(size)
}
