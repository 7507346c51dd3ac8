package intercoder

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"teema/app/kit"
	"teema/coding/agreement"
	"teema/i18n"
)

// figureTable shows the figures of a comparison: a row per code and,
// last and in bold, all codes together; none while nothing is compared.
type figureTable struct{ r *agreement.Report }

func (t *figureTable) newTable() *widget.Table {
	tb := &widget.Table{Length: t.Length, CreateCell: t.CreateCell, UpdateCell: t.UpdateCell,
		CreateHeader: t.CreateHeader, UpdateHeader: t.UpdateHeader, ShowHeaderRow: true}
	tb.ExtendBaseWidget(tb)
	for col, width := range []float32{380, 120, 100, 100} {
		tb.SetColumnWidth(col, width)
	}
	return tb
}

// Length is the codes and all codes together, in four columns.
func (t *figureTable) Length() (int, int) {
	if t.r == nil {
		return 0, 4
	}
	return len(t.r.Codes) + 1, 4
}

// CreateCell makes a label.
func (t *figureTable) CreateCell() fyne.CanvasObject {
	l := widget.NewLabel("")
	l.Truncation = fyne.TextTruncateEllipsis
	return l
}

// UpdateCell shows a code's figure; the overall row is bold.
func (t *figureTable) UpdateCell(id widget.TableCellID, o fyne.CanvasObject) {
	l := o.(*widget.Label)
	l.TextStyle.Bold = t.r != nil && id.Row == len(t.r.Codes)
	l.SetText(t.cell(id))
}

// cell is the text of one cell; an undefined figure (neither coder used
// the code, say) is a dash.
func (t *figureTable) cell(id widget.TableCellID) string {
	if rows, _ := t.Length(); id.Row < 0 || id.Row >= rows {
		return ""
	}
	name, tally := i18n.T("All codes"), t.r.Overall
	if id.Row < len(t.r.Codes) {
		c := t.r.Codes[id.Row]
		name, tally = c.Path, c.Tally
	}
	three := func(v float64) string { return kit.Decimal(v, 3) }
	switch id.Col {
	case 0:
		return name
	case 1:
		return kit.Figure(tally.Percent(), kit.Percent)
	case 2:
		return kit.Figure(tally.Kappa(), three)
	case 3:
		return kit.Figure(tally.Alpha(), three)
	}
	return ""
}

// CreateHeader makes a bold label.
func (t *figureTable) CreateHeader() fyne.CanvasObject {
	return widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
}

// UpdateHeader names a column.
func (t *figureTable) UpdateHeader(id widget.TableCellID, o fyne.CanvasObject) {
	heads := []string{i18n.T("Code"), i18n.T("Agreement"), i18n.T("Kappa"), i18n.T("Alpha")}
	if id.Col >= 0 && id.Col < len(heads) {
		o.(*widget.Label).SetText(heads[id.Col])
	}
}
