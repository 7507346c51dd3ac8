package search

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"teema/app/kit"
	"teema/coding/units"
	"teema/i18n"
	"teema/study"
)

// The units a query's words share, as the Select shows them.
const (
	inSentence  = "one sentence"
	inTurn      = "one turn"
	inParagraph = "one paragraph"
	inDocument  = "one interview"
)

// queryHint shows the query language in the empty field.
const queryHint = `asiakas palvelu · analytiik* · "oma yhteyshenkilö" · kunta OR kaupunki · asiakas -kunta`

// asking is what a search asks: the query, how its words match, and the
// filters.
type asking struct {
	w         *Window
	content   fyne.CanvasObject
	entry     *widget.Entry
	forms     *widget.Select
	compounds *widget.Check
	scope     *widget.Select
	filters   *filters
	warmed    bool // the project's every transcript is read into the index
}

func newAsking(w *Window) *asking {
	a := &asking{w: w, filters: newFilters(w)}
	a.entry = widget.NewEntry()
	a.entry.SetPlaceHolder(queryHint)
	a.entry.OnSubmitted = func(string) { a.run() }
	a.forms = kit.NewFormsSelect(nil)
	a.compounds = widget.NewCheck(i18n.T("Also inside compounds"), nil)
	a.scope = widget.NewSelect([]string{i18n.T(inSentence), i18n.T(inTurn), i18n.T(inParagraph), i18n.T(inDocument)}, nil)
	a.scope.Selected = i18n.T(inSentence)
	run := widget.NewButtonWithIcon(i18n.T("Search"), theme.SearchIcon(), a.run)
	run.Importance = widget.HighImportance
	help := widget.NewButtonWithIcon("", theme.HelpIcon(), a.help)
	help.Importance = widget.LowImportance
	a.content = container.NewVBox(
		container.NewBorder(nil, nil, nil, container.NewHBox(run, help), a.entry),
		container.NewHBox(widget.NewLabel(i18n.T("Match words by")), kit.FitSelect(a.forms), a.compounds,
			widget.NewLabel(i18n.T("Several words in")), kit.FitSelect(a.scope)),
		a.filters.content,
	)
	return a
}

// projectChanged offers the project's attributes.
func (a *asking) projectChanged() { a.filters.projectChanged() }

// reset forgets what belonged to the previous project.
func (a *asking) reset() {
	a.warmed = false
	a.filters.setLimit(searchLimit{})
}

// search is the search the window asks for.
func (a *asking) search() study.Search {
	q := a.filters.search()
	q.Query, q.Forms, q.Compounds, q.Scope = a.entry.Text, kit.FormsChosen(a.forms), a.compounds.Checked, a.scopeChosen()
	return q
}

// unitName names a unit as the Select does.
func unitName(k units.Kind) string {
	switch k {
	case units.Turn:
		return i18n.T(inTurn)
	case units.Paragraph:
		return i18n.T(inParagraph)
	case units.Document:
		return i18n.T(inDocument)
	}
	return i18n.T(inSentence)
}

func (a *asking) scopeChosen() units.Kind {
	switch a.scope.Selected {
	case i18n.T(inTurn):
		return units.Turn
	case i18n.T(inParagraph):
		return units.Paragraph
	case i18n.T(inDocument):
		return units.Document
	}
	return units.Sentence
}

// run searches in the background; the hits replace those shown.
func (a *asking) run() {
	p := a.w.s.Project()
	if p == nil {
		return
	}
	q := a.search()
	a.w.tell(i18n.T("Searching…"))
	a.w.background(func() func() {
		found, err := a.w.searcher.Search(p, q)
		return func() {
			a.w.results.show(q, found, err)
			a.warm()
		}
	})
}

// warm reads the transcripts the first search did not need, so that
// every later search answers from memory.
func (a *asking) warm() {
	if a.warmed {
		return
	}
	a.warmed = true
	p := a.w.s.Project()
	a.w.background(func() func() {
		err := a.w.searcher.ReadAll(p)
		return func() {
			if err != nil {
				a.w.fail(err)
			}
		}
	})
}

// help explains the query language.
func (a *asking) help() {
	showHelp(a.w.win, i18n.T("How to search"), i18n.T(queryHelp), fyne.NewSize(kit.DialogWidth+120, 420))
}

// showHelp shows a query language's short guide, written in Markdown.
func showHelp(win fyne.Window, title, markdown string, size fyne.Size) {
	text := widget.NewRichTextFromMarkdown(markdown)
	text.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustom(title, i18n.T("Close"), text, win)
	d.Resize(size)
	d.Show()
}

// queryHelp is the query language in short, as the README tells it.
const queryHelp = "**asiakas** finds the word in every form: asiakkaan, asiakkaille, asiakkaana.\n\n" +
	"**analytiik\\*** finds words that begin so.\n\n" +
	"**\"oma yhteyshenkilö\"** finds the words one after another, each in any form.\n\n" +
	"**asiakas palvelu** finds both in one sentence, turn, paragraph or interview, as chosen; **IN turn** at the end chooses too.\n\n" +
	"**asiakas OR kunta** finds either (TAI too). **asiakas -kunta** finds the first where the second is not.\n\n" +
	"**Also inside compounds** finds asiakas in asiakaskokemus and kanta-asiakas. " +
	"Without Voikko, words match by their stem instead of their base form."
