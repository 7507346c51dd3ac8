package matrices

import (
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"teema/coding"
	"teema/i18n"
)

// findingsTab edits the findings table, like table 11 of the Calpro study:
// each key finding beside the development proposal drawn from it. Edits
// save as the user types, and every change can be undone.
type findingsTab struct {
	m       *Window
	content fyne.CanvasObject
	box     *fyne.Container
	empty   *widget.Label
	rows    map[int64]*findingRow
}

func newFindingsTab(m *Window) *findingsTab {
	t := &findingsTab{m: m, box: container.NewVBox(), rows: map[int64]*findingRow{}}
	t.empty = widget.NewLabel(i18n.T("No findings yet. Add a row for each key finding and the development proposal it leads to."))
	t.empty.Wrapping = fyne.TextWrapWord
	bold := fyne.TextStyle{Bold: true}
	head := besideDelete(widget.NewLabelWithStyle(i18n.T("Key finding"), fyne.TextAlignLeading, bold),
		widget.NewLabelWithStyle(i18n.T("Development proposal"), fyne.TextAlignLeading, bold), nil)
	add := widget.NewButtonWithIcon(i18n.T("Add row"), theme.ContentAddIcon(), t.add)
	list := container.NewVScroll(container.NewVBox(t.box, t.empty, container.NewHBox(add)))
	t.content = container.NewBorder(head, nil, nil, nil, list)
	return t
}

// refresh shows the stored findings, updating the rows in place so the
// one being typed in keeps its focus.
func (t *findingsTab) refresh() {
	fs, err := t.m.s.Project().Findings()
	if err != nil {
		t.m.fail(err)
		return
	}
	objs := make([]fyne.CanvasObject, len(fs))
	keep := map[int64]*findingRow{}
	for i, f := range fs {
		r, ok := t.rows[f.ID]
		if !ok {
			r = newFindingRow(t)
		}
		r.load(f)
		keep[f.ID], objs[i] = r, r.content
	}
	for id, r := range t.rows {
		if keep[id] == nil {
			r.wait.Stop() // deleted, perhaps by undo: its typing goes with it
		}
	}
	t.rows = keep
	if !slices.Equal(objs, t.box.Objects) {
		t.box.Objects = objs
		t.box.Refresh()
	}
	t.empty.Hidden = len(fs) > 0
	t.empty.Refresh()
}

// reset drops the rows of the previous project unsaved: it is closed.
func (t *findingsTab) reset() {
	for _, r := range t.rows {
		r.wait.Stop()
	}
	t.rows = map[int64]*findingRow{}
}

// flush saves typing still waiting for its timer.
func (t *findingsTab) flush() {
	for _, r := range t.rows {
		if r.wait.Stop() {
			r.save()
		}
	}
}

// add appends an empty row and puts the cursor in it.
func (t *findingsTab) add() {
	var f coding.Finding
	if !t.m.s.Do(coding.PutFinding{Stored: &f}) {
		return
	}
	if r := t.rows[f.ID]; r != nil {
		t.m.win.Canvas().Focus(r.finding)
	}
}
