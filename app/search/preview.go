package search

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"teema/app/kit"
	"teema/coding"
	"teema/coding/autocode"
	"teema/i18n"
)

// preview lists what a run will code and, when the user agrees, codes it
// with the chosen code as one undo step.
func (w *Window) preview(pl autocode.Plan, choice *codeChoice) {
	_, path, _ := choice.chosen()
	args := map[string]any{"N": len(pl.Excerpts), "Code": path, "Asked": pl.Asked, "Skipped": pl.Skipped}
	if len(pl.Excerpts) == 0 {
		dialog.ShowInformation(i18n.T("Nothing to code"),
			i18n.TF("All {{.Asked}} are coded as {{.Code}} already, by you.", args), w.win)
		return
	}
	say := i18n.TF("{{.N}} passages will be coded as {{.Code}}.", args)
	if pl.Skipped > 0 {
		say = i18n.TF("{{.N}} passages will be coded as {{.Code}}; of the {{.Asked}} found, {{.Skipped}} you had coded so already are skipped.", args)
	}
	head := widget.NewLabel(say)
	head.Wrapping = fyne.TextWrapWord
	list := &widget.List{Length: func() int { return len(pl.Excerpts) }, CreateItem: previewRow,
		UpdateItem: func(i widget.ListItemID, o fyne.CanvasObject) { w.showPlanned(pl.Excerpts[i], o) }}
	list.ExtendBaseWidget(list)
	d := dialog.NewCustomConfirm(i18n.T("Preview of the coding"), i18n.T("Code them"), i18n.T("Cancel"),
		container.NewBorder(head, nil, nil, nil, list), func(ok bool) {
			if ok {
				w.codePlan(pl, choice, args)
			}
		}, w.win)
	d.Resize(fyne.NewSize(720, 560))
	d.Show()
}

// previewRow is a planned coding: its interview over two lines of it.
func previewRow() fyne.CanvasObject {
	src := widget.NewLabel("")
	src.SizeName = theme.SizeNameCaptionText
	src.Truncation = fyne.TextTruncateEllipsis
	return kit.TightVBox(src, kit.Lines(widget.NewLabel(""), 2))
}

func (w *Window) showPlanned(e coding.Excerpt, o fyne.CanvasObject) {
	objs := o.(*fyne.Container).Objects
	name := ""
	if d, ok := w.s.DocInfo(e.DocID); ok {
		name = d.Name
	}
	objs[0].(*widget.Label).SetText(name)
	objs[1].(*fyne.Container).Objects[0].(*widget.Label).SetText(e.Text)
}

// codePlan codes the plan: one undo step of the session's.
func (w *Window) codePlan(pl autocode.Plan, choice *codeChoice, args map[string]any) {
	change, err := choice.change(pl)
	if err != nil {
		w.fail(err)
		return
	}
	if !w.s.Do(change) {
		return
	}
	choice.done()
	msg := i18n.TF("Coded {{.N}} passages as {{.Code}} — Ctrl+Z undoes", args)
	w.tell(msg)
	w.s.Status(msg)
}
