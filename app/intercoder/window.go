// Package intercoder is the intercoder agreement window: two coders'
// codings of the same transcripts compared through package study, as the
// command line compares them — figures per code, and every stretch that
// only one of them coded, to show in the transcript and discuss.
package intercoder

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"teema/app/kit"
	"teema/app/session"
	"teema/coding"
	"teema/coding/agreement"
	"teema/i18n"
	"teema/store"
)

// Window is a main window's intercoder agreement window.
type Window struct {
	h   kit.Host
	s   *session.Session
	win fyne.Window

	coderA, coderB *widget.Select
	codesButton    *widget.Button
	figures        figureTable
	table          *widget.Table
	disagreements  disagreementList
	list           *widget.List
	note           *widget.Label
	exportButton   *widget.Button

	proj   *store.Project    // the project the choices belong to
	coders map[string]string // coder as the Selects name them → as stored
	codes  []int64           // codes chosen; none means every code either applied
	sig    uint64            // the codings when last compared
	gen    int               // the latest comparison; older results are dropped
	report *agreement.Report // the comparison of the coders chosen, if any
}

// New makes the agreement window of a main window; kit.Slot shows it.
func New(h kit.Host) *Window {
	s := h.Session()
	w := &Window{h: h, s: s, win: s.App().NewWindow(i18n.T("Intercoder agreement"))}
	w.coderA = widget.NewSelect(nil, func(string) { w.recompute() })
	w.coderB = widget.NewSelect(nil, func(string) { w.recompute() })
	w.coderA.PlaceHolder, w.coderB.PlaceHolder = "—", "—"
	w.codesButton = widget.NewButton(i18n.T("Codes: all"), w.chooseCodes)
	w.table = w.figures.newTable()
	w.list = w.disagreements.newList()
	w.list.OnSelected = w.disagreementSelected
	w.note = widget.NewLabel("")
	w.note.Wrapping = fyne.TextWrapWord
	w.exportButton = widget.NewButton(i18n.T("Export to Excel…"), w.exportDialog)
	w.exportButton.Disable()
	w.win.SetContent(w.layout())
	w.win.Resize(fyne.NewSize(900, 700))
	return w
}

// layout puts the choices above the figures and the disagreements.
func (w *Window) layout() fyne.CanvasObject {
	controls := container.NewHBox(widget.NewLabel(i18n.T("Coder A")), kit.FitSelect(w.coderA),
		widget.NewLabel(i18n.T("Coder B")), kit.FitSelect(w.coderB), w.codesButton)
	head := widget.NewLabelWithStyle(i18n.T("Disagreements: text only one of them coded (tap to show it)"),
		fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	split := container.NewVSplit(w.table, container.NewBorder(head, nil, nil, nil, w.list))
	split.Offset = 0.4
	bottom := container.NewBorder(nil, nil, nil, w.exportButton, w.note)
	return container.NewBorder(controls, bottom, nil, nil, split)
}

// Window is the window itself.
func (w *Window) Window() fyne.Window { return w.win }

// ProjectChanged follows the project: the coders to choose from, and a
// new comparison when the codings changed. A view refresh that changed
// no coding (a selection, a memo) computes nothing.
func (w *Window) ProjectChanged() {
	p := w.s.Project()
	if p == nil {
		return
	}
	if w.proj != p {
		w.proj, w.codes, w.sig = p, nil, 0
		w.coderA.ClearSelected()
		w.coderB.ClearSelected()
		w.codesButton.SetText(i18n.T("Codes: all"))
	}
	es, err := p.Excerpts(coding.ExcerptFilter{})
	if err != nil {
		w.fail(err)
		return
	}
	w.setCoders(es)
	if sig := codingsSignature(es, w.s.Docs()); sig != w.sig {
		w.sig = sig
		w.recompute()
	}
}

// Closed drops a comparison still running.
func (w *Window) Closed() { w.gen++ }

// fail tells the user what went wrong in this window, where they acted.
func (w *Window) fail(err error) {
	kit.ShowError(err, w.win)
}
