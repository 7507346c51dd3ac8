package matrices

import (
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"teema/coding"
)

// coocCells is the co-occurrence table's data: the codes compared, both
// as rows and as columns, and how often each two overlap.
type coocCells struct {
	codes []coding.Code
	data  [][]int
	book  *coding.CodeBook
	max   float64 // the largest count off the diagonal
}

// set takes new counts to show.
func (c *coocCells) set(codes []coding.Code, data [][]int, book *coding.CodeBook) {
	c.codes, c.data, c.book, c.max = codes, data, book, 0
	for i := range data {
		for j, n := range data[i] {
			if i != j {
				c.max = max(c.max, float64(n))
			}
		}
	}
}

func (c *coocCells) table() *widget.Table {
	t := &widget.Table{Length: c.Length, CreateCell: c.CreateCell, UpdateCell: c.UpdateCell,
		CreateHeader: c.CreateHeader, UpdateHeader: c.UpdateHeader, ShowHeaderRow: true, ShowHeaderColumn: true}
	t.ExtendBaseWidget(t)
	return t
}

// Length is a row and a column per code.
func (c *coocCells) Length() (int, int) { return len(c.codes), len(c.codes) }

// CreateCell makes a shaded number.
func (c *coocCells) CreateCell() fyne.CanvasObject { return newHeatCell() }

// UpdateCell shows how often two codes overlap, or on the diagonal a
// code's own count.
func (c *coocCells) UpdateCell(id widget.TableCellID, o fyne.CanvasObject) {
	if id.Row >= len(c.codes) || id.Col >= len(c.codes) {
		return
	}
	n := c.data[id.Row][id.Col]
	o.(*heatCell).set(strconv.Itoa(n), level(float64(n), c.max), id.Row == id.Col)
}

// CreateHeader makes a head that wraps a name over a note.
func (c *coocCells) CreateHeader() fyne.CanvasObject { return newHeaderCell() }

// UpdateHeader names the columns by code with their theme under them, as
// sub-themes of different themes share names; rows get the full path.
func (c *coocCells) UpdateHeader(id widget.TableCellID, o fyne.CanvasObject) {
	h := o.(*headerCell)
	switch {
	case id.Row < 0 && id.Col >= 0 && id.Col < len(c.codes):
		code := c.codes[id.Col]
		theme := ""
		if code.ParentID != 0 {
			theme = c.book.Theme(code.ID).Name
		}
		h.set(code.Name, theme, true)
	case id.Col < 0 && id.Row >= 0 && id.Row < len(c.codes):
		code := c.codes[id.Row]
		h.set(c.book.Path(code.ID), "", code.ParentID == 0)
	default:
		h.set("", "", false)
	}
}
