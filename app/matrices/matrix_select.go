package matrices

import (
	"fyne.io/fyne/v2/widget"

	"teema/coding"
)

var noCell = widget.TableCellID{Row: -1, Col: -1}

func (t *matrixTab) selected(id widget.TableCellID) {
	d := t.cells.data
	if id.Row < 0 || id.Col < 0 || id.Row >= len(d.Rows) || id.Col >= len(d.Columns) {
		return
	}
	// Save the previous cell's typing first: the save redraws the table,
	// which would otherwise already open the new cell.
	t.cell.flush()
	t.selID = id
	t.sel = coding.SummaryKey{CodeID: d.Columns[id.Col].ID, RowsBy: d.RowsBy.String(), Row: d.Rows[id.Row].Key}
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

// find is where a summary's cell is in the matrix, or noCell.
func (t *matrixTab) find(k coding.SummaryKey) widget.TableCellID {
	d := t.cells.data
	if k.RowsBy != d.RowsBy.String() {
		return noCell
	}
	id := noCell
	for i, r := range d.Rows {
		if r.Key == k.Row {
			id.Row = i
		}
	}
	for j, c := range d.Columns {
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
	d := t.cells.data
	row, col := d.Rows[id.Row], d.Columns[id.Col]
	title := row.Label + " × " + t.m.corpus.Book.Path(col.ID)
	if col.ID == coding.QueryColumn {
		title = row.Label + " × " + col.Name
	}
	t.cell.show(t.sel, title, d.Cells[id.Row][id.Col])
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
