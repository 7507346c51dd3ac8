package matrices

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"teema/coding"
)

// matrixCells is the matrix table's data: a theme's (or the chosen
// codes') matrix, drawn cell by cell.
type matrixCells struct {
	data   coding.Matrix
	book   *coding.CodeBook
	chosen bool // the columns are chosen codes, from any theme
	quote  func(coding.Excerpt) string
}

// table is a table that draws the cells, headed by the columns' codes
// and the rows' labels.
func (c *matrixCells) table() *widget.Table {
	t := &widget.Table{Length: c.Length, CreateCell: c.CreateCell, UpdateCell: c.UpdateCell,
		CreateHeader: c.CreateHeader, UpdateHeader: c.UpdateHeader, ShowHeaderRow: true, ShowHeaderColumn: true}
	t.ExtendBaseWidget(t)
	t.SetColumnWidth(-1, rowHeaderWidth)
	return t
}

// Length is the matrix's rows and columns.
func (c *matrixCells) Length() (int, int) { return len(c.data.Rows), len(c.data.Columns) }

// CreateCell makes a cell showing counts and a summary.
func (c *matrixCells) CreateCell() fyne.CanvasObject { return newMatrixCell() }

// UpdateCell shows a cell of the matrix.
func (c *matrixCells) UpdateCell(id widget.TableCellID, o fyne.CanvasObject) {
	if id.Row >= len(c.data.Rows) || id.Col >= len(c.data.Columns) {
		return
	}
	o.(*matrixCell).set(c.data.Cells[id.Row][id.Col], c.quote)
}

// CreateHeader makes a head that wraps a name over a note.
func (c *matrixCells) CreateHeader() fyne.CanvasObject { return newHeaderCell() }

// UpdateHeader names a column by its code, with how many excerpts it
// holds, and a row by its label, with how many interviews it groups.
func (c *matrixCells) UpdateHeader(id widget.TableCellID, o fyne.CanvasObject) {
	h := o.(*headerCell)
	switch {
	case id.Row < 0 && id.Col >= 0 && id.Col < len(c.data.Columns):
		col := c.data.Columns[id.Col]
		note := excerptCount(c.columnTotal(id.Col))
		if c.chosen && col.ParentID != 0 {
			// Chosen codes come from any theme, and sub-theme names recur.
			note = c.book.Theme(col.ID).Name + " · " + note
		}
		h.set(col.Name, note, true)
	case id.Col < 0 && id.Row >= 0 && id.Row < len(c.data.Rows):
		r := c.data.Rows[id.Row]
		note := ""
		if c.data.RowsBy.Kind == coding.ByAttribute {
			note = interviewCount(len(r.Docs))
		}
		h.set(r.Label, note, true)
	default:
		h.set("", "", false)
	}
}

func (c *matrixCells) columnTotal(col int) int {
	n := 0
	for i := range c.data.Rows {
		n += len(c.data.Cells[i][col].Excerpts)
	}
	return n
}
