package app

import (
	"image/color"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"teema/coding"
)

// findingsTab edits the findings table, like table 11 of the Calpro study:
// each key finding beside the development proposal drawn from it. Edits
// save as the user types, and every change can be undone.
type findingsTab struct {
	m       *matrixWindow
	content fyne.CanvasObject
	box     *fyne.Container
	empty   *widget.Label
	rows    map[int64]*findingRow
}

func newFindingsTab(m *matrixWindow) *findingsTab {
	t := &findingsTab{m: m, box: container.NewVBox(), rows: map[int64]*findingRow{}}
	t.empty = widget.NewLabel(T("No findings yet. Add a row for each key finding and the development proposal it leads to."))
	t.empty.Wrapping = fyne.TextWrapWord
	bold := fyne.TextStyle{Bold: true}
	head := besideDelete(widget.NewLabelWithStyle(T("Key finding"), fyne.TextAlignLeading, bold),
		widget.NewLabelWithStyle(T("Development proposal"), fyne.TextAlignLeading, bold), nil)
	add := widget.NewButtonWithIcon(T("Add row"), theme.ContentAddIcon(), t.add)
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
			r.wait.stop() // deleted, perhaps by undo: its typing goes with it
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
		r.wait.stop()
	}
	t.rows = map[int64]*findingRow{}
}

// flush saves typing still waiting for its timer.
func (t *findingsTab) flush() {
	for _, r := range t.rows {
		if r.wait.stop() {
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

// findingRow edits one finding and its proposal.
type findingRow struct {
	t                 *findingsTab
	f                 coding.Finding // as last loaded
	shown             [2]string      // the texts as last loaded or saved
	finding, proposal *tabEntry
	del               *widget.Button
	content           fyne.CanvasObject
	wait              debounce
}

func newFindingRow(t *findingsTab) *findingRow {
	r := &findingRow{t: t, finding: newTabEntry(), proposal: newTabEntry(), wait: debounce{s: t.m.s}}
	for _, e := range []*tabEntry{r.finding, r.proposal} {
		e.SetMinRowsVisible(3)
		e.OnChanged = r.typed
	}
	r.del = widget.NewButtonWithIcon("", theme.DeleteIcon(), r.remove)
	r.del.Importance = widget.LowImportance
	r.content = besideDelete(r.finding, r.proposal, r.del)
	return r
}

func (r *findingRow) typed(string) { r.wait.schedule(r.save) }

func (r *findingRow) texts() [2]string { return [2]string{r.finding.Text, r.proposal.Text} }

// load shows a stored finding, unless the user is typing in this row.
func (r *findingRow) load(f coding.Finding) {
	r.f = f
	if r.texts() != r.shown {
		return // unsaved typing; the timer will save it
	}
	r.shown = [2]string{f.Finding, f.Proposal}
	for i, e := range []*tabEntry{r.finding, r.proposal} {
		if e.Text != r.shown[i] {
			e.OnChanged = nil
			e.SetText(r.shown[i])
			e.OnChanged = r.typed
		}
	}
}

// save writes the row now if it changed.
func (r *findingRow) save() {
	r.wait.stop()
	if !r.t.m.current() || r.texts() == r.shown {
		return
	}
	r.shown = r.texts()
	f := r.f
	f.Finding, f.Proposal = r.shown[0], r.shown[1]
	r.t.m.s.Do(coding.PutFinding{Finding: f})
}

func (r *findingRow) remove() {
	r.wait.stop()
	r.t.m.s.Do(coding.DeleteFinding{ID: r.f.ID})
}

// besideDelete lays out a row of the table: the two columns side by side
// and the delete button (or the room it takes, for the header) after them.
func besideDelete(finding, proposal fyne.CanvasObject, del *widget.Button) fyne.CanvasObject {
	var end fyne.CanvasObject = del
	if del == nil {
		room := canvas.NewRectangle(color.Transparent)
		room.SetMinSize(widget.NewButtonWithIcon("", theme.DeleteIcon(), nil).MinSize())
		end = room
	}
	return container.NewBorder(nil, nil, nil, end, container.NewGridWithColumns(2, finding, proposal))
}
