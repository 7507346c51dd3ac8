package app

import (
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"teema/coding"
)

// coocTab counts where two codes were given to overlapping text, shaded
// like the counts, to show which sub-themes the interviewees talk about
// together. The diagonal holds each code's own count, unshaded.
type coocTab struct {
	m       *matrixWindow
	content fyne.CanvasObject
	which   *widget.Select
	table   *widget.Table
	codes   []coding.Code
	data    [][]int
	max     float64
}

// The code sets the table can compare.
const (
	coocSubThemes = iota
	coocThemes
	coocChosen
)

func newCoocTab(m *matrixWindow) *coocTab {
	t := &coocTab{m: m}
	t.which = widget.NewSelect([]string{T("Sub-themes"), T("Themes"), T("Chosen codes…")}, nil)
	t.which.SetSelectedIndex(coocSubThemes)
	t.which.OnChanged = t.chosen
	t.table = widget.NewTable(t.size, func() fyne.CanvasObject { return newHeatCell() }, t.updateCell)
	t.table.ShowHeaderRow, t.table.ShowHeaderColumn = true, true
	t.table.CreateHeader = func() fyne.CanvasObject { return newHeaderCell() }
	t.table.UpdateHeader = t.updateHeader
	top := container.NewHBox(widget.NewLabel(T("Codes")), fitSelect(t.which))
	t.content = container.NewBorder(top, nil, nil, nil, t.table)
	return t
}

func (t *coocTab) size() (int, int) { return len(t.codes), len(t.codes) }

func (t *coocTab) chosen(string) {
	if t.which.SelectedIndex() != coocChosen {
		t.refresh()
		return
	}
	t.m.chooseCodes(func(ok bool) {
		if !ok && len(t.m.chosen) == 0 {
			t.which.SetSelectedIndex(coocSubThemes)
			return
		}
		t.refresh()
	})
}

// refresh recounts from the window's corpus.
func (t *coocTab) refresh() {
	t.codes = t.selected()
	t.data = t.m.corpus.Cooccurrence(t.codes)
	t.max = 0
	for i := range t.data {
		for j, n := range t.data[i] {
			if i != j {
				t.max = max(t.max, float64(n))
			}
		}
	}
	names := make([]string, len(t.codes))
	for i, c := range t.codes {
		names[i] = c.Name
	}
	w := sizeColumns(t.table, t.m.corpus.Book, t.codes, names, 110, 130)
	t.table.SetRowHeight(-1, headerHeight(headerLines(names, w)))
	t.table.Refresh()
}

func (t *coocTab) selected() []coding.Code {
	switch t.which.SelectedIndex() {
	case coocChosen:
		return t.m.chosenCodes()
	case coocThemes:
		return t.m.codesWhere(func(c coding.Code) bool { return c.ParentID == 0 })
	}
	return t.m.codesWhere(func(c coding.Code) bool { return c.ParentID != 0 })
}

func (t *coocTab) updateCell(id widget.TableCellID, o fyne.CanvasObject) {
	if id.Row >= len(t.codes) || id.Col >= len(t.codes) {
		return
	}
	n := t.data[id.Row][id.Col]
	o.(*heatCell).set(strconv.Itoa(n), level(float64(n), t.max), id.Row == id.Col)
}

// updateHeader names the columns by code with their theme under them, as
// sub-themes of different themes share names; rows get the full path.
func (t *coocTab) updateHeader(id widget.TableCellID, o fyne.CanvasObject) {
	h := o.(*headerCell)
	book := t.m.corpus.Book
	switch {
	case id.Row < 0 && id.Col >= 0 && id.Col < len(t.codes):
		c := t.codes[id.Col]
		theme := ""
		if c.ParentID != 0 {
			theme = book.Theme(c.ID).Name
		}
		h.set(c.Name, theme, true)
	case id.Col < 0 && id.Row >= 0 && id.Row < len(t.codes):
		c := t.codes[id.Row]
		h.set(book.Path(c.ID), "", c.ParentID == 0)
	default:
		h.set("", "", false)
	}
}
