package matrices

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"teema/app/kit"
	"teema/coding"
	"teema/i18n"
)

// coocTab counts where two codes were given to overlapping text, shaded
// like the counts, to show which sub-themes the interviewees talk about
// together. The diagonal holds each code's own count, unshaded.
type coocTab struct {
	m       *Window
	content fyne.CanvasObject
	which   *widget.Select
	cells   coocCells
	table   *widget.Table
}

// The code sets the table can compare, in the order offered.
const (
	coocSubThemes = iota
	coocThemes
	coocChosen
)

func newCoocTab(m *Window) *coocTab {
	t := &coocTab{m: m}
	t.which = widget.NewSelect([]string{i18n.T("Sub-themes"), i18n.T("Themes"), i18n.T("Chosen codes…")}, nil)
	t.which.SetSelectedIndex(coocSubThemes)
	t.which.OnChanged = t.chosen
	t.table = t.cells.table()
	top := container.NewHBox(widget.NewLabel(i18n.T("Codes")), kit.FitSelect(t.which))
	t.content = container.NewBorder(top, nil, nil, nil, t.table)
	return t
}

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
	c := t.m.corpus
	codes := t.selected()
	t.cells.set(codes, c.Cooccurrence(codes), c.Book)
	names := make([]string, len(codes))
	for i, code := range codes {
		names[i] = code.Name
	}
	w := sizeColumns(t.table, c.Book, codes, names, 110, 130)
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
