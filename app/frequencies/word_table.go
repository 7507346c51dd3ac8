package frequencies

import (
	"fmt"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"teema/app/kit"
	"teema/coding/wordfreq"
	"teema/i18n"
)

// The table's columns.
const (
	colWord = iota
	colCount
	colShare
	colDocs
	colForms
	wordColumns
)

// wordTable is the table of counted words, sorted by the column whose
// head was tapped last.
type wordTable struct {
	words []wordfreq.Word // most frequent first, as the cloud and chart show them
	rows  []wordfreq.Word // in the table's order
	sort  wordSort
	table *widget.Table
}

func (t *wordTable) newTable() *widget.Table {
	t.sort = countOrder
	t.table = &widget.Table{Length: t.Length, CreateCell: t.CreateCell, UpdateCell: t.UpdateCell,
		CreateHeader: t.CreateHeader, UpdateHeader: t.UpdateHeader, ShowHeaderRow: true}
	t.table.ExtendBaseWidget(t.table)
	for col, width := range []float32{180, 80, 90, 100, 360} {
		t.table.SetColumnWidth(col, width)
	}
	return t.table
}

// set shows the words of a new count.
func (t *wordTable) set(words []wordfreq.Word) {
	t.words = words
	t.rows = t.sort.apply(words)
}

// Length is a row per word.
func (t *wordTable) Length() (int, int) { return len(t.rows), wordColumns }

// CreateCell makes a label.
func (t *wordTable) CreateCell() fyne.CanvasObject {
	l := widget.NewLabel("")
	l.Truncation = fyne.TextTruncateEllipsis
	return l
}

// UpdateCell shows a word, its count, share, interviews or forms.
func (t *wordTable) UpdateCell(id widget.TableCellID, o fyne.CanvasObject) {
	o.(*widget.Label).SetText(t.cell(id))
}

func (t *wordTable) cell(id widget.TableCellID) string {
	if id.Row < 0 || id.Row >= len(t.rows) {
		return ""
	}
	wd := t.rows[id.Row]
	switch id.Col {
	case colWord:
		return wd.Word
	case colCount:
		return strconv.Itoa(wd.Count)
	case colShare:
		return kit.Decimal(100*wd.Share, 2)
	case colDocs:
		return strconv.Itoa(wd.Docs)
	case colForms:
		return formsShown(wd.Forms, 6)
	}
	return ""
}

// formsShown lists a word's first forms, with a count of the rest.
func formsShown(forms []string, n int) string {
	if len(forms) <= n {
		return strings.Join(forms, ", ")
	}
	return strings.Join(forms[:n], ", ") + fmt.Sprintf(" (+%d)", len(forms)-n)
}

// CreateHeader makes a column head that sorts the table when tapped.
func (t *wordTable) CreateHeader() fyne.CanvasObject {
	b := widget.NewButton("", nil)
	b.Importance = widget.LowImportance
	b.Alignment = widget.ButtonAlignLeading
	return b
}

// UpdateHeader names a column, with an arrow if the table is sorted by it.
func (t *wordTable) UpdateHeader(id widget.TableCellID, o fyne.CanvasObject) {
	if id.Row >= 0 || id.Col < 0 || id.Col >= wordColumns {
		return
	}
	heads := []string{i18n.T("Word"), i18n.T("Count"), i18n.T("Share (%)"), i18n.T("Interviews"), i18n.T("Merged forms")}
	b := o.(*widget.Button)
	b.SetText(heads[id.Col] + t.sort.arrow(id.Col))
	col := id.Col
	b.OnTapped = func() { t.sortBy(col) }
}

// sortBy sorts the table by a column.
func (t *wordTable) sortBy(col int) {
	t.sort = t.sort.tapped(col)
	t.rows = t.sort.apply(t.words)
	t.table.UnselectAll()
	t.table.Refresh()
	t.table.ScrollToTop()
}
