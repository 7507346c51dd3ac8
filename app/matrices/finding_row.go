package matrices

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"teema/app/kit"
	"teema/coding"
)

// findingRow edits one finding and its proposal.
type findingRow struct {
	t                 *findingsTab
	f                 coding.Finding // as last loaded
	shown             [2]string      // the texts as last loaded or saved
	finding, proposal *tabEntry
	del               *widget.Button
	content           fyne.CanvasObject
	wait              kit.Debounce
}

func newFindingRow(t *findingsTab) *findingRow {
	r := &findingRow{t: t, finding: newTabEntry(), proposal: newTabEntry(), wait: kit.NewDebounce(t.m.s)}
	for _, e := range []*tabEntry{r.finding, r.proposal} {
		e.SetMinRowsVisible(3)
		e.OnChanged = r.typed
	}
	r.del = widget.NewButtonWithIcon("", theme.DeleteIcon(), r.remove)
	r.del.Importance = widget.LowImportance
	r.content = besideDelete(r.finding, r.proposal, r.del)
	return r
}

func (r *findingRow) typed(string) { r.wait.Schedule(r.save) }

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
	r.wait.Stop()
	if !r.t.m.current() || r.texts() == r.shown {
		return
	}
	r.shown = r.texts()
	f := r.f
	f.Finding, f.Proposal = r.shown[0], r.shown[1]
	r.t.m.s.Do(coding.PutFinding{Finding: f})
}

func (r *findingRow) remove() {
	r.wait.Stop()
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
