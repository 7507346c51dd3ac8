package search

import (
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"teema/app/kit"
	"teema/coding"
	"teema/i18n"
	"teema/study"
)

// everySpeaker is the speaker choice that codes every turn.
const everySpeaker = "Every speaker"

// turnsTab codes by structure: every turn of a speaker (all of the
// interviewer's questions, say), in every interview or in those with an
// attribute value.
type turnsTab struct {
	w           *Window
	content     fyne.CanvasObject
	speaker     *widget.Select
	attr, value *widget.Select
	codes       *codeChoice
	run         *widget.Button
}

func newTurnsTab(w *Window) *turnsTab {
	t := &turnsTab{w: w}
	t.speaker = widget.NewSelect(nil, func(string) { t.refresh() })
	t.attr = widget.NewSelect(nil, func(string) { t.fillValues() })
	t.value = widget.NewSelect(nil, nil)
	t.value.PlaceHolder = "—"
	t.codes = newCodeChoice(w, t.refresh)
	t.run = widget.NewButtonWithIcon(i18n.T("Preview and code…"), theme.ConfirmIcon(), t.plan)
	intro := widget.NewLabel(i18n.T("Code every turn of a speaker at once: all of the interviewer's questions, say, or one group's answers. A turn is coded without its speaker's label."))
	intro.Wrapping = fyne.TextWrapWord
	form := widget.NewForm(
		widget.NewFormItem(i18n.T("Speaker"), container.NewHBox(kit.FitSelect(t.speaker))),
		widget.NewFormItem(i18n.T("Interviews"), container.NewHBox(kit.FitSelect(t.attr), kit.FitSelect(t.value))),
		widget.NewFormItem(i18n.T("Code"), container.NewHBox(t.codes.content())),
	)
	t.content = container.NewVBox(intro, form, container.NewHBox(t.run))
	return t
}

// projectChanged offers the project's speakers, attributes and codes.
func (t *turnsTab) projectChanged() {
	speakers, err := study.Speakers(t.w.s.Project())
	if err != nil {
		t.w.fail(err)
		return
	}
	options := append([]string{i18n.T(everySpeaker)}, speakers...)
	t.speaker.Options = options
	if !slices.Contains(options, t.speaker.Selected) {
		t.speaker.Selected = ""
	}
	t.speaker.Refresh()
	t.attr.Options = append([]string{everyone()}, coding.AttributeKeys(t.w.s.Docs())...)
	if !slices.Contains(t.attr.Options, t.attr.Selected) {
		t.attr.Selected = everyone()
	}
	t.attr.Refresh()
	t.fillValues()
	t.codes.refresh(t.w.s.Book())
	t.refresh()
}

// fillValues offers the chosen attribute's values.
func (t *turnsTab) fillValues() {
	offerValues(t.value, t.w.s.Docs(), t.attr.Selected)
	t.value.Refresh()
}

// refresh lets a run start once a speaker and a code are chosen.
func (t *turnsTab) refresh() {
	if _, _, ok := t.codes.chosen(); ok && t.speaker.Selected != "" {
		t.run.Enable()
	} else {
		t.run.Disable()
	}
}

// plan plans coding the turns and shows its preview.
func (t *turnsTab) plan() {
	code, _, ok := t.codes.chosen()
	p := t.w.s.Project()
	if !ok || p == nil {
		return
	}
	q := study.SpeakerTurns{Speaker: t.speaker.Selected, Code: code, Coder: t.w.s.Coder()}
	if q.Speaker == i18n.T(everySpeaker) {
		q.Speaker = ""
	}
	if t.attr.Selected != everyone() && t.value.Selected != "" {
		q.Where = map[string][]string{t.attr.Selected: {t.value.Selected}}
	}
	t.w.background(func() func() {
		pl, err := study.PlanSpeakerTurns(p, q)
		return func() { t.w.planned(pl, err, t.codes) }
	})
}
