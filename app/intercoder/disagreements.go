package intercoder

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"teema/app/kit"
	"teema/coding/agreement"
)

// disagreementList lists every stretch of text only one of the coders
// coded: where, with which code, by whom, and the text.
type disagreementList struct{ r *agreement.Report }

func (l *disagreementList) newList() *widget.List {
	list := &widget.List{Length: l.Length, CreateItem: l.CreateItem, UpdateItem: l.UpdateItem}
	list.ExtendBaseWidget(list)
	return list
}

// Length is a row per disagreement.
func (l *disagreementList) Length() int {
	if l.r == nil {
		return 0
	}
	return len(l.r.Disagreements)
}

// CreateItem makes a row of plain, bold and plain text.
func (l *disagreementList) CreateItem() fyne.CanvasObject {
	return widget.NewRichText(&widget.TextSegment{Style: widget.RichTextStyleInline},
		&widget.TextSegment{Style: widget.RichTextStyleStrong}, &widget.TextSegment{Style: widget.RichTextStyleInline})
}

// UpdateItem shows a disagreement, the coder in bold.
func (l *disagreementList) UpdateItem(i widget.ListItemID, o fyne.CanvasObject) {
	rt := o.(*widget.RichText)
	d := l.r.Disagreements[i]
	rt.Segments[0].(*widget.TextSegment).Text = d.Doc + " · " + d.Code + ":  "
	rt.Segments[1].(*widget.TextSegment).Text = coderLabel(d.Coder)
	rt.Segments[2].(*widget.TextSegment).Text = "  “" + kit.OneLine(d.Text, 160) + "”"
	rt.Refresh()
}

// disagreementSelected shows the text in the main window's transcript
// and selects it, so the researcher can code it there after the
// discussion.
func (w *Window) disagreementSelected(i widget.ListItemID) {
	w.list.UnselectAll()
	if i < w.disagreements.Length() {
		d := w.report.Disagreements[i]
		w.h.ShowPassage(d.DocID, d.Start, d.End, true)
	}
}
