package app

import (
	"image/color"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"teema/coding"
)

// countsTab tallies every code across the rows, shaded like a heat map so
// what each group talks about most stands out. A theme's numbers include
// its sub-themes'.
type countsTab struct {
	m       *matrixWindow
	content fyne.CanvasObject
	measure *widget.Select
	table   *widget.Table
	data    coding.Counts
	max     float64
}

func newCountsTab(m *matrixWindow) *countsTab {
	t := &countsTab{m: m}
	t.measure = widget.NewSelect([]string{T("Excerpts"), T("Interviews"), T("Share of text coded (%)")}, nil)
	t.measure.SetSelectedIndex(0)
	t.measure.OnChanged = func(string) { t.refresh() }
	t.table = widget.NewTable(t.size, func() fyne.CanvasObject { return newHeatCell() }, t.updateCell)
	t.table.ShowHeaderRow, t.table.ShowHeaderColumn = true, true
	t.table.CreateHeader = func() fyne.CanvasObject { return newHeaderCell() }
	t.table.UpdateHeader = t.updateHeader
	top := container.NewHBox(widget.NewLabel(T("Show")), fitSelect(t.measure))
	t.content = container.NewBorder(top, nil, nil, nil, t.table)
	return t
}

func (t *countsTab) size() (int, int) { return len(t.data.Codes), len(t.data.Rows) }

// refresh recounts from the window's corpus.
func (t *countsTab) refresh() {
	t.data = t.m.corpus.Counts(t.m.allCodes(), t.m.rowsBy)
	t.max = 0
	for i := range t.data.Codes {
		for j := range t.data.Rows {
			t.max = max(t.max, t.value(i, j))
		}
	}
	labels := rowLabels(t.data.Rows)
	w := sizeColumns(t.table, t.m.corpus.Book, t.data.Codes, labels, 90, 180)
	t.table.SetRowHeight(-1, textHeight(headerLines(labels, w)))
	t.table.Refresh()
}

// value is the number shown for a code (i) in a row (j).
func (t *countsTab) value(i, j int) float64 {
	n := t.data.Cells[i][j]
	switch t.measure.SelectedIndex() {
	case 1:
		return float64(n.Docs)
	case 2:
		return 100 * n.Share
	}
	return float64(n.Excerpts)
}

func (t *countsTab) updateCell(id widget.TableCellID, o fyne.CanvasObject) {
	if id.Row >= len(t.data.Codes) || id.Col >= len(t.data.Rows) {
		return
	}
	v := t.value(id.Row, id.Col)
	text := strconv.Itoa(int(v))
	if t.measure.SelectedIndex() == 2 {
		text = percent(v)
	}
	o.(*heatCell).set(text, level(v, t.max), false)
}

func (t *countsTab) updateHeader(id widget.TableCellID, o fyne.CanvasObject) {
	h := o.(*headerCell)
	switch {
	case id.Row < 0 && id.Col >= 0 && id.Col < len(t.data.Rows):
		h.set(t.data.Rows[id.Col].Label, "", true)
	case id.Col < 0 && id.Row >= 0 && id.Row < len(t.data.Codes):
		c := t.data.Codes[id.Row]
		h.set(t.m.corpus.Book.Path(c.ID), "", c.ParentID == 0)
	default:
		h.set("", "", false)
	}
}

func rowLabels(rows []coding.Row) []string {
	out := make([]string, len(rows))
	for i, r := range rows {
		out[i] = r.Label
	}
	return out
}

// sizeColumns fits the header column to the longest code path and the
// other columns to their labels, within limits that keep a wide table
// usable in a small window (longer labels wrap). It returns the width of
// the columns.
func sizeColumns(t *widget.Table, book *coding.CodeBook, codes []coding.Code, labels []string, least, most float32) float32 {
	var head float32 = 160
	for _, c := range codes {
		head = max(head, textWidth(book.Path(c.ID), c.ParentID == 0))
	}
	t.SetColumnWidth(-1, min(head, 380))
	w := least
	for _, l := range labels {
		w = max(w, textWidth(l, true))
	}
	w = min(w, most)
	for i := range labels {
		t.SetColumnWidth(i, w)
	}
	return w
}

func textWidth(s string, bold bool) float32 {
	return fyne.MeasureText(s, theme.TextSize(), fyne.TextStyle{Bold: bold}).Width + 2*theme.InnerPadding()
}

// level is how strongly a value is shaded, 0–1 of the table's largest.
func level(v, most float64) float64 {
	if most <= 0 {
		return 0
	}
	return v / most
}

// percent writes a share the way the UI's language does: "12,5 %" in
// Finnish.
func percent(v float64) string { return decimal(v, 1) + " %" }

// heatCell is a number on a background whose strength shows its size.
type heatCell struct {
	widget.BaseWidget
	bg    *canvas.Rectangle
	label *widget.Label
}

func newHeatCell() *heatCell {
	c := &heatCell{bg: canvas.NewRectangle(color.Transparent), label: widget.NewLabel("")}
	c.label.Alignment = fyne.TextAlignTrailing
	c.ExtendBaseWidget(c)
	return c
}

// set shows a number shaded by level; an aside (such as a code's own
// count in the co-occurrence table) is in italics and not shaded.
func (c *heatCell) set(text string, level float64, aside bool) {
	c.label.TextStyle.Italic = aside
	if aside {
		level = 0
	}
	c.label.SetText(text)
	c.bg.FillColor = shade(theme.Color(theme.ColorNamePrimary), level)
	c.bg.Refresh()
}

// shade makes the heat-map colour: none for zero, then from a light tint
// to a strong one, light enough that the number stays readable.
func shade(base color.Color, level float64) color.Color {
	if level <= 0 {
		return color.Transparent
	}
	n := color.NRGBAModel.Convert(base).(color.NRGBA)
	n.A = uint8(255 * (0.12 + 0.6*min(level, 1)))
	return n
}

// CreateRenderer draws the number over its background.
func (c *heatCell) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(container.NewStack(c.bg, c.label))
}
