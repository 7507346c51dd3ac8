package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"

	"teema/app/kit"
	"teema/coding"
	"teema/i18n"
)

// adjustExcerpt lets the researcher move a coding's start and end a word
// at a time, from the highlight's popup: a coding that starts or ends
// mid-word is mended where it is seen, without coding the words again.
// Each move is an undoable change of its own.
func (r *readerPanel) adjustExcerpt(id int64, pos fyne.Position) {
	text := widget.NewLabel("")
	var pop *widget.PopUp
	show := func() {
		e, ok := r.excerpt(id)
		if !ok {
			pop.Hide()
			return
		}
		text.SetText(kit.OneLine(e.Text, 600))
	}
	step := func(edge coding.Edge, grow bool) func() {
		return func() {
			e, ok := r.excerpt(id)
			if !ok || r.s.Doc() == nil {
				return
			}
			start, end := coding.StepWord(r.s.Doc().Text, e.Start, e.End, edge, grow)
			if (start != e.Start || end != e.End) && r.s.Do(coding.ResizeExcerpt{ID: id, Start: start, End: end}) {
				r.view.Flash(start, end)
			}
			show()
		}
	}
	moves := container.NewGridWithColumns(4,
		widget.NewButton(i18n.T("← Start"), step(coding.StartEdge, true)),
		widget.NewButton(i18n.T("Start →"), step(coding.StartEdge, false)),
		widget.NewButton(i18n.T("← End"), step(coding.EndEdge, false)),
		widget.NewButton(i18n.T("End →"), step(coding.EndEdge, true)),
	)
	done := widget.NewButton(i18n.T("Done"), func() { pop.Hide() })
	title := widget.NewLabelWithStyle(i18n.T("Move the coding's start and end a word at a time"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	box := container.NewVBox(title, kit.Lines(text, 3), moves, container.NewHBox(layout.NewSpacer(), done))
	pop = widget.NewPopUp(box, r.s.Window().Canvas())
	pop.Resize(fyne.NewSize(kit.DialogWidth, box.MinSize().Height))
	show()
	pop.ShowAtPosition(pos)
}

// excerpt is a coding of the open transcript, as it is now.
func (r *readerPanel) excerpt(id int64) (coding.Excerpt, bool) {
	for _, e := range r.s.Excerpts() {
		if e.ID == id {
			return e, true
		}
	}
	return coding.Excerpt{}, false
}
