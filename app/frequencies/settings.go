package frequencies

import (
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"teema/app/kit"
	"teema/i18n"
	"teema/study"
)

// settings are what a count asks for: which text, counted how.
type settings struct {
	attr, value *widget.Select // the interviews with one attribute value
	interviewer *widget.Check  // leave the interviewer out
	wordForms   *widget.Select
	stop        *widget.Check
	minLen, top *widget.Select
	numbers     *widget.Check
	formsNote   *widget.Label // why base forms are not offered
	limit       wordLimit
	limitNote   *widget.Label
	limitClear  *widget.Button
}

func (w *Window) newSettings() {
	w.attr = widget.NewSelect(nil, func(string) { w.attrChosen() })
	w.value = widget.NewSelect(nil, func(string) { w.recompute() })
	w.value.PlaceHolder = "—"
	w.interviewer = widget.NewCheck(i18n.T("Leave out the interviewer"), func(bool) { w.recompute() })
	w.interviewer.Checked = true
	w.wordForms = kit.NewFormsSelect(func(string) { w.recompute() })
	w.stop = widget.NewCheck(i18n.T("Leave out stop words"), func(bool) { w.recompute() })
	w.stop.Checked = true
	w.numbers = widget.NewCheck(i18n.T("Count numbers"), func(bool) { w.recompute() })
	w.minLen = widget.NewSelect([]string{"1", "2", "3", "4", "5", "6"}, func(string) { w.recompute() })
	w.minLen.Selected = "2"
	w.top = widget.NewSelect([]string{"50", "100", "200", "500", "1000", i18n.T("All")}, func(string) { w.recompute() })
	w.top.Selected = "100"
	w.formsNote = widget.NewLabel("")
	w.formsNote.Hide()
	w.limitNote = widget.NewLabel("")
	w.limitNote.Hide()
	w.limitClear = widget.NewButton(i18n.T("Count all"), func() { w.setLimit(wordLimit{}) })
	w.limitClear.Hide()
}

// controls lay out the settings: two rows of word settings keep the
// window usable on a small screen.
func (w *Window) controls() fyne.CanvasObject {
	stopWords := widget.NewButton(i18n.T("Stop words…"), w.editStopWords)
	languages := widget.NewButton(i18n.T("Languages…"), w.editLanguages)
	help := widget.NewButtonWithIcon("", theme.HelpIcon(), w.explainLeftOut)
	help.Importance = widget.LowImportance
	limit := widget.NewButton(i18n.T("Count only…"), w.editLimit)
	return container.NewVBox(
		container.NewHBox(widget.NewLabel(i18n.T("Interviews")), kit.FitSelect(w.attr), kit.FitSelect(w.value), w.interviewer, limit),
		container.NewHBox(w.limitNote, w.limitClear),
		container.NewHBox(widget.NewLabel(i18n.T("Word forms")), kit.FitSelect(w.wordForms), w.stop, stopWords, languages),
		container.NewHBox(widget.NewLabel(i18n.T("Shortest word")), kit.FitSelect(w.minLen),
			widget.NewLabel(i18n.T("Words shown")), kit.FitSelect(w.top), w.numbers, help),
		w.formsNote,
	)
}

// query is the count the settings ask for.
func (w *Window) query() study.WordQuery {
	q := study.WordQuery{Docs: w.limit.docs, Codes: w.limit.codes, Speakers: w.limit.speakers,
		NoInterviewer: w.interviewer.Checked, Forms: kit.FormsChosen(w.wordForms), Numbers: w.numbers.Checked}
	if w.attr.Selected != wholeProject() && w.attr.Selected != "" && w.value.Selected != "" {
		q.Where = map[string][]string{w.attr.Selected: {w.value.Selected}}
	}
	if w.stop.Checked {
		q.StopLists = study.StopLists
	}
	q.MinLen, _ = strconv.Atoi(w.minLen.Selected)
	q.Top, _ = strconv.Atoi(w.top.Selected) // "All" gives 0: every word
	return q
}

// lemmasMissing takes base forms off the choices and says why: Voikko
// could not be opened.
func (w *Window) lemmasMissing(why string) {
	w.formsNote.SetText(why)
	w.formsNote.Show()
	w.ready = false
	kit.WithoutLemmas(w.wordForms)
	w.ready = true
}

// explainLeftOut says what the shortest word and the stop words leave
// out: the words the table shows, with every form counted under them.
func (w *Window) explainLeftOut() {
	dialog.ShowInformation(i18n.T("What is left out"), i18n.T(leftOutHelp), w.win)
}

const leftOutHelp = "The shortest word and the stop words apply to the word the table shows: the base form, the stem, or the word as written. " +
	"With base forms, \"on\" counts under \"olla\" even when the shortest word is three letters, and a stop word such as \"olla\" leaves out all its forms. " +
	"A word that is itself on a stop-word list (\"kuin\") is left out as written, never counted under another word. " +
	"So a word's count is always the sum of the forms listed with it."
