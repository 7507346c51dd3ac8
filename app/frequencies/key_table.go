package frequencies

import (
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"teema/app/kit"
	"teema/i18n"
	"teema/study"
)

// keyTable is the comparison's table: each word's count in either group,
// its keyness (G²) and the group it characterises.
type keyTable struct{ c study.Comparison }

func (t *keyTable) newTable() *widget.Table {
	tb := &widget.Table{Length: t.Length, CreateCell: t.CreateCell, UpdateCell: t.UpdateCell,
		CreateHeader: t.CreateHeader, UpdateHeader: t.UpdateHeader, ShowHeaderRow: true}
	tb.ExtendBaseWidget(tb)
	for col, width := range []float32{200, 110, 110, 90, 200} {
		tb.SetColumnWidth(col, width)
	}
	return tb
}

// Length is a row per word, five columns.
func (t *keyTable) Length() (int, int) { return len(t.c.Keys), 5 }

// CreateCell makes a label.
func (t *keyTable) CreateCell() fyne.CanvasObject { return widget.NewLabel("") }

// UpdateCell shows a cell of a word's row.
func (t *keyTable) UpdateCell(id widget.TableCellID, o fyne.CanvasObject) {
	o.(*widget.Label).SetText(t.cell(id))
}

func (t *keyTable) cell(id widget.TableCellID) string {
	k := t.c.Keys[id.Row]
	switch id.Col {
	case 0:
		return k.Word
	case 1:
		return strconv.Itoa(k.A)
	case 2:
		return strconv.Itoa(k.B)
	case 3:
		return kit.Decimal(k.G2, 2)
	}
	if k.G2 < 0 {
		return t.c.B.Value
	}
	return t.c.A.Value
}

// CreateHeader makes a bold label.
func (t *keyTable) CreateHeader() fyne.CanvasObject {
	return widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
}

// UpdateHeader names a column; the groups' columns by their values.
func (t *keyTable) UpdateHeader(id widget.TableCellID, o fyne.CanvasObject) {
	heads := []string{i18n.T("Word"), t.c.A.Value, t.c.B.Value, "G²", i18n.T("Characteristic of")}
	if id.Row < 0 && id.Col >= 0 && id.Col < len(heads) {
		o.(*widget.Label).SetText(heads[id.Col])
	}
}
