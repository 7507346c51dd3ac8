package search

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// countTable is a table of counts (hits per interview, per word form,
// passages per row) sorted by the column whose head was tapped last:
// text columns A to Z, numbers largest first.
type countTable struct {
	heads   []string
	numeric []bool // per column
	rows    [][]string
	order   []int // rows in the order shown
	col     int
	desc    bool
	table   *widget.Table
}

func newCountTable(heads []string, numeric []bool, widths []float32) *countTable {
	t := &countTable{heads: heads, numeric: numeric, col: -1}
	t.table = &widget.Table{Length: t.Length, CreateCell: t.CreateCell, UpdateCell: t.UpdateCell,
		CreateHeader: t.CreateHeader, UpdateHeader: t.UpdateHeader, ShowHeaderRow: true}
	t.table.ExtendBaseWidget(t.table)
	for col, w := range widths {
		t.table.SetColumnWidth(col, max(w, headWidth(heads[col])))
	}
	return t
}

// headWidth is how wide a column must be to show its head whole, with
// the arrow of its sorting, in whichever language names it.
func headWidth(head string) float32 {
	text := fyne.MeasureText(head+" ▼", theme.TextSize(), fyne.TextStyle{Bold: true})
	return text.Width + 2*theme.InnerPadding() + theme.Padding()
}

// set shows new rows, in the table's order.
func (t *countTable) set(rows [][]string) {
	t.rows = rows
	t.sort()
	t.table.Refresh()
}

// Length is the rows and the columns.
func (t *countTable) Length() (int, int) { return len(t.order), len(t.heads) }

// CreateCell makes a label.
func (t *countTable) CreateCell() fyne.CanvasObject {
	l := widget.NewLabel("")
	l.Truncation = fyne.TextTruncateEllipsis
	return l
}

// UpdateCell shows a cell.
func (t *countTable) UpdateCell(id widget.TableCellID, o fyne.CanvasObject) {
	text := ""
	if id.Row >= 0 && id.Row < len(t.order) && id.Col < len(t.heads) {
		text = t.rows[t.order[id.Row]][id.Col]
	}
	o.(*widget.Label).SetText(text)
}

// CreateHeader makes a column head that sorts the table when tapped.
func (t *countTable) CreateHeader() fyne.CanvasObject {
	b := widget.NewButton("", nil)
	b.Importance = widget.LowImportance
	b.Alignment = widget.ButtonAlignLeading
	return b
}

// UpdateHeader names a column, with an arrow if the table is sorted by it.
func (t *countTable) UpdateHeader(id widget.TableCellID, o fyne.CanvasObject) {
	if id.Row >= 0 || id.Col < 0 || id.Col >= len(t.heads) {
		return
	}
	b := o.(*widget.Button)
	b.SetText(t.heads[id.Col] + t.arrow(id.Col))
	col := id.Col
	b.OnTapped = func() { t.sortBy(col) }
}

func (t *countTable) arrow(col int) string {
	switch {
	case col != t.col:
		return ""
	case t.desc:
		return " ▼"
	}
	return " ▲"
}

// sortBy sorts by a column, the other way when it already sorts by it.
func (t *countTable) sortBy(col int) {
	if t.col == col {
		t.desc = !t.desc
	} else {
		t.col, t.desc = col, t.numeric[col]
	}
	t.sort()
	t.table.Refresh()
}

// sort orders the rows; unsorted, they keep the order they came in.
func (t *countTable) sort() {
	t.order = make([]int, len(t.rows))
	for i := range t.order {
		t.order[i] = i
	}
	if t.col < 0 {
		return
	}
	slices.SortStableFunc(t.order, func(a, b int) int {
		c := t.compare(t.rows[a][t.col], t.rows[b][t.col])
		if t.desc {
			return -c
		}
		return c
	})
}

func (t *countTable) compare(a, b string) int {
	if t.numeric[t.col] {
		x, _ := strconv.Atoi(a)
		y, _ := strconv.Atoi(b)
		return cmp.Compare(x, y)
	}
	return strings.Compare(strings.ToLower(a), strings.ToLower(b))
}
