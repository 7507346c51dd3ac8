package pseudonyms

import (
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"teema/app/kit"
	"teema/i18n"
)

// chooseScope lets the researcher pseudonymise some transcripts only;
// none ticked means all. The project's own texts (memos, codes,
// summaries, findings) are pseudonymised whatever is chosen.
func (w *Window) chooseScope() {
	docs := w.s.Docs()
	names := make([]string, len(docs))
	for i, d := range docs {
		names[i] = d.Name
	}
	list := kit.NewChecklist(names, func(i int) bool { return slices.Contains(w.docIDs, docs[i].ID) })
	intro := widget.NewLabel(i18n.T("Find and replace names in these transcripts only (none ticked: all of them)"))
	d := dialog.NewCustomConfirm(i18n.T("Transcripts"), i18n.T("OK"), i18n.T("Cancel"),
		container.NewBorder(intro, nil, nil, nil, list.Content()), func(ok bool) {
			if !ok {
				return
			}
			var ids []int64
			for _, i := range list.Ticked() {
				ids = append(ids, docs[i].ID)
			}
			w.setScope(ids)
		}, w.win)
	d.Resize(fyne.NewSize(520, 520))
	d.Show()
	w.win.Canvas().Focus(list.Filter())
}

// setScope chooses the transcripts; their names are found afresh.
func (w *Window) setScope(ids []int64) {
	w.docIDs = ids
	w.showScope()
	w.findNames()
}

// showScope names the transcripts chosen on their button.
func (w *Window) showScope() {
	if len(w.docIDs) == 0 {
		w.scopeButton.SetText(i18n.T("Transcripts: all"))
	} else {
		w.scopeButton.SetText(i18n.TF("Transcripts: {{.N}}", map[string]any{"N": len(w.docIDs)}))
	}
}
