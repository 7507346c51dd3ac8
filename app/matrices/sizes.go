package matrices

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"teema/coding"
)

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
