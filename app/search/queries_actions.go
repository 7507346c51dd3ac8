package search

import (
	"fyne.io/fyne/v2/widget"

	"teema/app/kit"
	"teema/coding/codequery"
	"teema/i18n"
	"teema/study"
)

// saveAs keeps the query in the field in the project under a name, one
// undo step; a name saved before is replaced.
func (t *queriesTab) saveAs() {
	p := t.w.s.Project()
	if p == nil {
		return
	}
	name := widget.NewEntry()
	name.SetText(t.selectedName())
	kit.ShowForm(i18n.T("Save the query"), i18n.T("Save"), i18n.T("Cancel"), []*widget.FormItem{widget.NewFormItem(i18n.T("Name"), name)},
		func(ok bool) {
			if !ok {
				return
			}
			change, err := study.SaveQuery(p, codequery.Saved{Name: name.Text, Query: t.entry.Text})
			if err != nil {
				t.summary.SetText(i18n.Error(err))
				return
			}
			if t.w.s.Do(change) {
				t.w.tell(i18n.TF("Saved the query as {{.Name}}", map[string]any{"Name": name.Text}))
			}
		}, t.w.win)
}

// selectedName is the saved query chosen in the list, "" if none.
func (t *queriesTab) selectedName() string {
	for _, s := range t.saved {
		if s.Query == t.entry.Text {
			return s.Name
		}
	}
	return ""
}

// forget takes the saved query of the field's text out of the project.
func (t *queriesTab) forget() {
	p, name := t.w.s.Project(), t.selectedName()
	if p == nil || name == "" {
		return
	}
	change, err := study.ForgetQuery(p, name)
	if err != nil {
		t.w.fail(err)
		return
	}
	if t.w.s.Do(change) {
		t.list.UnselectAll()
		t.w.tell(i18n.TF("Deleted the saved query {{.Name}} — Ctrl+Z undoes", map[string]any{"Name": name}))
	}
}

// plan plans coding the passages and shows its preview.
func (t *queriesTab) plan() {
	code, _, ok := t.codes.chosen()
	p := t.w.s.Project()
	if !ok || p == nil || len(t.answer.Passages) == 0 {
		return
	}
	pl, err := study.PlanCodeAs(p, t.answer, code, t.w.s.Coder())
	t.w.planned(pl, err, t.codes)
}
