package search

import (
	"errors"
	"slices"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"teema/app/kit"
	"teema/coding"
	"teema/coding/codequery"
	"teema/i18n"
	"teema/store/workbook"
	"teema/study"
)

// codingQueryHint shows the coding query language in the empty field.
const codingQueryHint = "Yhteistyö/Tapaamiset AND Tiedottaminen IN turn WHERE ryhmä=Kunnat"

// queriesTab asks coding queries: which passages are coded A and B, in
// group C, but not D. Their passages can be read, exported and coded;
// queries are saved in the project, to run again and to be a matrix's
// column.
type queriesTab struct {
	w        *Window
	content  fyne.CanvasObject
	entry    *widget.Entry
	rows     *widget.Select
	rowsOf   map[string]coding.RowsBy
	summary  *widget.Label
	saved    []codequery.Saved
	list     *widget.List
	passages *passageList
	counts   *countTable
	codes    *codeChoice
	run      *widget.Button

	answer study.Answer
	asked  bool // an answer is shown
}

func newQueriesTab(w *Window) *queriesTab {
	t := &queriesTab{w: w, rowsOf: map[string]coding.RowsBy{}}
	t.entry = widget.NewEntry()
	t.entry.SetPlaceHolder(codingQueryHint)
	t.entry.OnSubmitted = func(string) { t.ask() }
	t.rows = widget.NewSelect(nil, func(string) { t.recount() })
	t.summary = widget.NewLabel(i18n.T("Write a coding query, or choose a saved one."))
	t.summary.Wrapping = fyne.TextWrapWord
	t.list = &widget.List{Length: func() int { return len(t.saved) }, CreateItem: func() fyne.CanvasObject { return widget.NewLabel("") },
		UpdateItem: func(i widget.ListItemID, o fyne.CanvasObject) { o.(*widget.Label).SetText(t.saved[i].Name) }, OnSelected: t.open}
	t.list.ExtendBaseWidget(t.list)
	t.passages = newPassageList(w)
	t.counts = newCountTable([]string{i18n.T("Row"), i18n.T("Passages"), i18n.T("Interviews")}, []bool{false, true, true}, []float32{160, 80, 90})
	t.codes = newCodeChoice(w, t.refresh)
	t.run = widget.NewButtonWithIcon(i18n.T("Preview and code…"), theme.ConfirmIcon(), t.plan)
	t.content = t.layout()
	t.refresh()
	return t
}

// layout puts the query over the passages, the saved queries beside them
// and the counts per row on the other side.
func (t *queriesTab) layout() fyne.CanvasObject {
	ask := widget.NewButtonWithIcon(i18n.T("Ask"), theme.SearchIcon(), t.ask)
	ask.Importance = widget.HighImportance
	help := widget.NewButtonWithIcon("", theme.HelpIcon(), t.help)
	help.Importance = widget.LowImportance
	save := widget.NewButtonWithIcon(i18n.T("Save as…"), theme.DocumentSaveIcon(), t.saveAs)
	forget := widget.NewButtonWithIcon(i18n.T("Delete"), theme.DeleteIcon(), t.forget)
	top := container.NewVBox(
		container.NewBorder(nil, nil, nil, container.NewHBox(ask, help), t.entry),
		container.NewBorder(nil, nil, nil, container.NewHBox(widget.NewLabel(i18n.T("Count per")), kit.FitSelect(t.rows)), t.summary),
	)
	saved := container.NewBorder(widget.NewLabelWithStyle(i18n.T("Saved queries"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		container.NewHBox(save, forget), nil, nil, t.list)
	right := container.NewHSplit(t.passages.list, t.counts.table)
	right.Offset = 0.7
	middle := container.NewHSplit(saved, right)
	middle.Offset = 0.2
	bottom := container.NewBorder(nil, nil, nil, newExportButton(t.w, i18n.T("passages"), t.export),
		container.NewHBox(widget.NewLabel(i18n.T("Code the passages as")), t.codes.content(), t.run))
	return container.NewBorder(top, bottom, nil, nil, middle)
}

// projectChanged offers the rows, codes and saved queries, and answers
// the query shown again, as its codings may have changed.
func (t *queriesTab) projectChanged() {
	p := t.w.s.Project()
	t.rowsOf = map[string]coding.RowsBy{i18n.T("interview"): {Kind: coding.ByDocument}, i18n.T("speaker"): {Kind: coding.BySpeaker}}
	options := []string{i18n.T("interview"), i18n.T("speaker")}
	for _, k := range coding.AttributeKeys(t.w.s.Docs()) {
		t.rowsOf[k] = coding.ParseRowsBy(k)
		options = append(options, k)
	}
	t.rows.Options = options
	if !slices.Contains(options, t.rows.Selected) {
		t.rows.Selected = options[0]
		if key := study.GroupKey(t.w.s.Docs()); key != "" {
			t.rows.Selected = key
		}
	}
	t.rows.Refresh()
	t.codes.refresh(t.w.s.Book())
	saved, err := p.SavedQueries()
	if err != nil {
		t.w.fail(err)
	}
	t.saved = saved
	t.list.Refresh()
	if t.asked {
		t.ask()
	}
}

// clear forgets another project's answer.
func (t *queriesTab) clear() {
	t.answer, t.asked = study.Answer{}, false
	t.passages.set(nil, coding.Corpus{})
	t.counts.set(nil)
	t.summary.SetText(i18n.T("Write a coding query, or choose a saved one."))
}

// ask answers the query in the field.
func (t *queriesTab) ask() {
	p := t.w.s.Project()
	if p == nil {
		return
	}
	a, err := study.AskCodingQuery(p, t.entry.Text, t.rowsOf[t.rows.Selected])
	switch {
	case errors.Is(err, codequery.ErrQuery):
		t.summary.SetText(i18n.Error(err))
		return
	case err != nil:
		t.w.fail(err)
		return
	}
	t.answer, t.asked = a, true
	t.passages.set(a.Passages, a.Corpus)
	t.fillCounts()
	t.summary.SetText(i18n.TF("{{.N}} passages in {{.Docs}} interviews.", map[string]any{"N": len(a.Passages), "Docs": docsOf(a.Passages)}))
	t.refresh()
}

// recount counts the passages per the rows chosen.
func (t *queriesTab) recount() {
	if t.asked {
		t.ask()
	}
}

func (t *queriesTab) fillCounts() {
	var rows [][]string
	for _, r := range t.answer.Rows {
		rows = append(rows, []string{r.Row, strconv.Itoa(r.Passages), strconv.Itoa(r.Docs)})
	}
	t.counts.set(rows)
}

func docsOf(es []coding.Excerpt) int {
	seen := map[int64]bool{}
	for _, e := range es {
		seen[e.DocID] = true
	}
	return len(seen)
}

// open puts a saved query in the field and answers it.
func (t *queriesTab) open(i widget.ListItemID) {
	if i < len(t.saved) {
		t.entry.SetText(t.saved[i].Query)
		t.ask()
	}
}

// refresh lets the passages be coded once there are some and a code.
func (t *queriesTab) refresh() {
	if _, _, ok := t.codes.chosen(); ok && len(t.answer.Passages) > 0 {
		t.run.Enable()
	} else {
		t.run.Disable()
	}
}

// help explains the coding query language.
func (t *queriesTab) help() {
	showHelp(t.w.win, i18n.T("How to ask a coding query"), i18n.T(codingQueryHelp), fyne.NewSize(kit.DialogWidth+160, 460))
}

// codingQueryHelp is the coding query language in short, as the README
// tells it.
const codingQueryHelp = "**Tapaamiset AND Tiedottaminen** finds what both codes cover, where they overlap.\n\n" +
	"**… IN sentence** (turn, paragraph, document) finds both in the same unit instead, and shows what either covers there.\n\n" +
	"**Tapaamiset OR Tiedottaminen** finds what either covers. **Yhteistyö AND NOT Tiedottaminen** finds the first where the second is not.\n\n" +
	"**… WHERE ryhmä=Kunnat** keeps the interviews with that value (ryhmä=Kunnat,Yhteisöt: either).\n\n" +
	"Write the operators in capitals (JA, TAI, EI, MISSÄ too) and codes by their path, or by their name when it is the only one; " +
	"quote a name with an operator in it. A code includes its sub-codes."

// export is the passages, as exported.
func (t *queriesTab) export() (workbook.Passages, bool) {
	if len(t.answer.Passages) == 0 {
		return workbook.Passages{}, false
	}
	key := study.GroupKey(t.answer.Corpus.Docs)
	return workbook.Passages{Rows: study.PassageRows(t.answer, key), Group: key, Title: t.answer.Query.Text,
		Note: t.answer.Query.Text + " — " + t.summary.Text}, true
}
