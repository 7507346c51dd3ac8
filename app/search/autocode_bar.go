package search

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"teema/app/kit"
	"teema/coding/autocode"
	"teema/coding/units"
	"teema/i18n"
	"teema/study"
)

// The extents a hit is coded at, as the Select shows them.
const (
	extHit       = "the words found"
	extSentence  = "their sentence"
	extTurn      = "their speaker turn"
	extParagraph = "their paragraph"
)

// autoCodeBar codes the hits shown, or the ticked ones, with a code at an
// extent, after a preview.
type autoCodeBar struct {
	w       *Window
	r       *results
	content fyne.CanvasObject
	what    *widget.Label
	codes   *codeChoice
	extent  *widget.Select
	run     *widget.Button
}

func newAutoCodeBar(w *Window, r *results) *autoCodeBar {
	b := &autoCodeBar{w: w, r: r, what: widget.NewLabel("")}
	b.codes = newCodeChoice(w, b.refresh)
	b.extent = widget.NewSelect([]string{i18n.T(extHit), i18n.T(extSentence), i18n.T(extTurn), i18n.T(extParagraph)}, nil)
	b.extent.Selected = i18n.T(extHit)
	b.run = widget.NewButtonWithIcon(i18n.T("Preview and code…"), theme.ConfirmIcon(), b.plan)
	export := newExportButton(w, i18n.T("hits"), r.export)
	b.content = container.NewBorder(nil, nil, nil, export, container.NewHBox(b.what, b.codes.content(),
		widget.NewLabel(i18n.T("What to code")), kit.FitSelect(b.extent), b.run))
	b.refresh()
	return b
}

// projectChanged offers the code book's codes.
func (b *autoCodeBar) projectChanged() {
	b.codes.refresh(b.w.s.Book())
	b.refresh()
}

// refresh says which hits a run codes, and lets it run when there are
// hits and a code.
func (b *autoCodeBar) refresh() {
	n, ticked := len(b.r.hits.chosen()), len(b.r.hits.ticked) > 0
	switch {
	case ticked:
		b.what.SetText(i18n.TF("Code the {{.N}} ticked hits as", map[string]any{"N": n}))
	default:
		b.what.SetText(i18n.TF("Code all {{.N}} hits as", map[string]any{"N": n}))
	}
	if _, _, ok := b.codes.chosen(); ok && n > 0 {
		b.run.Enable()
	} else {
		b.run.Disable()
	}
}

func (b *autoCodeBar) extentChosen() units.Kind {
	switch b.extent.Selected {
	case i18n.T(extSentence):
		return units.Sentence
	case i18n.T(extTurn):
		return units.Turn
	case i18n.T(extParagraph):
		return units.Paragraph
	}
	return units.Hit
}

// plan plans the run in the background and shows its preview.
func (b *autoCodeBar) plan() {
	code, _, ok := b.codes.chosen()
	hits, p := b.r.hits.chosen(), b.w.s.Project()
	if !ok || len(hits) == 0 || p == nil {
		return
	}
	a := study.AutoCode{Code: code, Extent: b.extentChosen(), Coder: b.w.s.Coder()}
	b.w.background(func() func() {
		pl, err := b.w.searcher.PlanAutoCode(p, hits, a)
		return func() { b.w.planned(pl, err, b.codes) }
	})
}

// planned shows a planned run, or why there is none.
func (w *Window) planned(pl autocode.Plan, err error, choice *codeChoice) {
	if err != nil {
		w.fail(err)
		return
	}
	w.preview(pl, choice)
}
