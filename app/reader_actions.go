package app

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"teema/app/kit"
	"teema/app/transcript"
	"teema/coding"
	"teema/i18n"
)

// spansTapped lists the codes on a tapped highlight; each can be removed
// or given a memo.
func (r *readerPanel) spansTapped(_ int, spans []transcript.Span, pos fyne.Position) {
	es := r.codesAt(spans)
	if len(es) == 0 {
		return
	}
	var pop *widget.PopUp
	rows := container.NewVBox(widget.NewLabelWithStyle(i18n.T("Codes here"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
	for _, e := range es {
		c, _ := r.s.Book().Code(e.CodeID)
		sw := newColorSwatch()
		sw.setColor(parseColor(c.Color))
		label := widget.NewLabel(r.s.Book().Path(e.CodeID) + "  ·  " + e.Coder)
		remove := widget.NewButtonWithIcon(i18n.T("Remove"), theme.DeleteIcon(), func() {
			pop.Hide()
			r.s.Do(coding.Uncode{ID: e.ID})
		})
		memo := widget.NewButtonWithIcon(i18n.T("Memo"), theme.DocumentCreateIcon(), func() {
			pop.Hide()
			r.excerptMemo(e)
		})
		adjust := widget.NewButtonWithIcon(i18n.T("Adjust"), theme.ViewFullScreenIcon(), func() {
			pop.Hide()
			r.adjustExcerpt(e.ID, pos)
		})
		rows.Add(container.NewBorder(nil, nil, container.NewCenter(sw), container.NewHBox(adjust, memo, remove), label))
	}
	pop = widget.NewPopUp(rows, r.s.Window().Canvas())
	pop.ShowAtPosition(pos)
}

// excerptMemo edits a coding's memo below the coded words; the words are
// a field of their own, as a field's label they squeezed the memo into a
// box 90 px wide.
func (r *readerPanel) excerptMemo(e coding.Excerpt) {
	words := widget.NewLabel(kit.OneLine(e.Text, 600))
	entry := kit.TextArea(6)
	entry.SetText(e.Memo)
	kit.ShowForm(i18n.T("Excerpt memo"), i18n.T("Save"), i18n.T("Cancel"), []*widget.FormItem{
		widget.NewFormItem(i18n.T("Excerpt"), kit.Lines(words, 3)),
		widget.NewFormItem(i18n.T("Memo"), entry),
	}, func(ok bool) {
		if ok && entry.Text != e.Memo {
			r.s.Do(coding.SetExcerptMemo{ID: e.ID, Memo: entry.Text})
		}
	}, r.s.Window())
}

// codeAsDialog codes the selection with a code found by typing part of
// its path; Enter takes the first match.
func (r *readerPanel) codeAsDialog() {
	start, end := r.view.Selection()
	if end <= start {
		r.s.Status(i18n.T("Select some text first."))
		return
	}
	var all []int64
	r.s.Book().Walk(func(c coding.Code, _ int) { all = append(all, c.ID) })
	shown := all
	var d dialog.Dialog
	choose := func(id int64) {
		d.Hide()
		r.codeSelection(id)
	}
	list := widget.NewList(func() int { return len(shown) },
		func() fyne.CanvasObject { return widget.NewLabel("") },
		func(i widget.ListItemID, o fyne.CanvasObject) { o.(*widget.Label).SetText(r.s.Book().Path(shown[i])) })
	list.OnSelected = func(i widget.ListItemID) { choose(shown[i]) }
	filter := widget.NewEntry()
	filter.SetPlaceHolder(i18n.T("Type to filter codes"))
	filter.OnChanged = func(q string) {
		shown = nil
		for _, id := range all {
			if kit.Matches(r.s.Book().Path(id), q) {
				shown = append(shown, id)
			}
		}
		list.UnselectAll()
		list.Refresh()
	}
	filter.OnSubmitted = func(string) {
		if len(shown) > 0 {
			choose(shown[0])
		}
	}
	content := container.NewBorder(filter, nil, nil, nil, list)
	d = dialog.NewCustom(i18n.T("Code as…"), i18n.T("Cancel"), content, r.s.Window())
	d.Resize(fyne.NewSize(480, 420))
	d.Show()
	r.s.Window().Canvas().Focus(filter)
}

// inVivo creates a code named after the selected words and codes them
// with it, under the current theme or at the top level.
func (r *readerPanel) inVivo() {
	start, end := r.view.Selection()
	if end <= start || r.s.Doc() == nil {
		r.s.Status(i18n.T("Select some text first."))
		return
	}
	name := widget.NewEntry()
	name.SetText(coding.InVivoName(r.selectedText()))
	theme := r.s.Book().Theme(r.s.CodeID())
	where := widget.NewRadioGroup([]string{i18n.T("As a new theme")}, nil)
	if theme.ID != 0 {
		where.Options = append(where.Options, i18n.TF("Under {{.Theme}}", map[string]any{"Theme": theme.Name}))
		where.SetSelected(where.Options[1])
	} else {
		where.SetSelected(where.Options[0])
	}
	kit.ShowForm(i18n.T("New code from selection"), i18n.T("Code"), i18n.T("Cancel"), []*widget.FormItem{
		widget.NewFormItem(i18n.T("Name"), name),
		widget.NewFormItem(i18n.T("Where"), where),
	}, func(ok bool) {
		if !ok {
			return
		}
		parent := int64(0)
		if where.Selected != where.Options[0] {
			parent = theme.ID
		}
		ex := coding.Excerpt{DocID: r.s.Doc().ID, Start: start, End: end, Coder: r.s.Coder()}
		if r.s.Do(coding.CodeAsNew{ParentID: parent, Name: name.Text, Excerpt: ex}) {
			r.view.SetSelection(end, end)
		}
	}, r.s.Window())
}

// editSelection fixes a typo: the selected text is replaced, and codings
// move with their words. Codings whose text is deleted are reported.
func (r *readerPanel) editSelection() {
	start, end := r.view.Selection()
	if end <= start || r.s.Doc() == nil {
		dialog.ShowInformation(i18n.T("Fix transcript text"), i18n.T("Select the words to fix first."), r.s.Window())
		return
	}
	entry := widget.NewEntry()
	entry.SetText(r.selectedText())
	docID := r.s.Doc().ID
	kit.ShowForm(i18n.T("Fix transcript text"), i18n.T("Replace"), i18n.T("Cancel"),
		[]*widget.FormItem{widget.NewFormItem(i18n.T("New text"), entry)}, func(ok bool) {
			if !ok {
				return
			}
			var lost []coding.Excerpt
			if !r.s.Do(coding.EditText{DocID: docID, Edit: coding.Edit{Start: start, End: end, Insert: entry.Text}, Lost: &lost}) {
				return
			}
			if len(lost) > 0 {
				var names []string
				for _, e := range lost {
					names = append(names, "• "+r.s.Book().Path(e.CodeID)+": "+kit.OneLine(e.Text, 60))
				}
				dialog.ShowInformation(i18n.T("Codings removed with the text"),
					i18n.T("The edit deleted all the text of these codings. Ctrl+Z brings them back.")+"\n\n"+strings.Join(names, "\n"), r.s.Window())
			}
		}, r.s.Window())
}
