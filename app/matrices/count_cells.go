package matrices

import (
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"teema/app/kit"
	"teema/coding"
)

// The measures the counts table shows, in the order offered.
const (
	byExcerpts = iota
	byInterviews
	byShare
)

// countCells is the counts table's data: a row per code, a column per
// row choice (customer group, interview…), each cell shaded by its share
// of the largest.
type countCells struct {
	data    coding.Counts
	book    *coding.CodeBook
	measure int // byExcerpts, byInterviews or byShare
	max     float64
}

// set takes new counts to show by a measure.
func (c *countCells) set(data coding.Counts, book *coding.CodeBook, measure int) {
	c.data, c.book, c.measure, c.max = data, book, measure, 0
	for i := range data.Codes {
		for j := range data.Rows {
			c.max = max(c.max, c.value(i, j))
		}
	}
}

func (c *countCells) table() *widget.Table {
	t := &widget.Table{Length: c.Length, CreateCell: c.CreateCell, UpdateCell: c.UpdateCell,
		CreateHeader: c.CreateHeader, UpdateHeader: c.UpdateHeader, ShowHeaderRow: true, ShowHeaderColumn: true}
	t.ExtendBaseWidget(t)
	return t
}

// value is the number shown for a code (i) in a row (j).
func (c *countCells) value(i, j int) float64 {
	n := c.data.Cells[i][j]
	switch c.measure {
	case byInterviews:
		return float64(n.Docs)
	case byShare:
		return 100 * n.Share
	}
	return float64(n.Excerpts)
}

// Length is a row per code and a column per row choice.
func (c *countCells) Length() (int, int) { return len(c.data.Codes), len(c.data.Rows) }

// CreateCell makes a shaded number.
func (c *countCells) CreateCell() fyne.CanvasObject { return newHeatCell() }

// UpdateCell shows a code's count in a row.
func (c *countCells) UpdateCell(id widget.TableCellID, o fyne.CanvasObject) {
	if id.Row >= len(c.data.Codes) || id.Col >= len(c.data.Rows) {
		return
	}
	v := c.value(id.Row, id.Col)
	text := strconv.Itoa(int(v))
	if c.measure == byShare {
		text = kit.Percent(v)
	}
	o.(*heatCell).set(text, level(v, c.max), false)
}

// CreateHeader makes a head that wraps a name.
func (c *countCells) CreateHeader() fyne.CanvasObject { return newHeaderCell() }

// UpdateHeader names the columns by row label and the rows by code path,
// themes in bold.
func (c *countCells) UpdateHeader(id widget.TableCellID, o fyne.CanvasObject) {
	h := o.(*headerCell)
	switch {
	case id.Row < 0 && id.Col >= 0 && id.Col < len(c.data.Rows):
		h.set(c.data.Rows[id.Col].Label, "", true)
	case id.Col < 0 && id.Row >= 0 && id.Row < len(c.data.Codes):
		code := c.data.Codes[id.Row]
		h.set(c.book.Path(code.ID), "", code.ParentID == 0)
	default:
		h.set("", "", false)
	}
}
