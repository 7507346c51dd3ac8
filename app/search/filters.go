package search

import (
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"teema/app/kit"
	"teema/coding"
	"teema/i18n"
	"teema/study"
)

// everyone is the attribute choice that keeps every interview.
func everyone() string { return i18n.T("Whole project") }

// filters choose the text a search looks in: interviews by name or by an
// attribute's value, speakers, the interviewer left out, text inside or
// outside codes.
type filters struct {
	w           *Window
	content     fyne.CanvasObject
	attr, value *widget.Select
	interviewer *widget.Check
	limitNote   *widget.Label
	limit       searchLimit
}

// searchLimit is what "Search only…" ticked; empty lists limit nothing.
type searchLimit struct {
	docs              []int64
	inCodes, outCodes []int64
	speakers          []string
}

func newFilters(w *Window) *filters {
	f := &filters{w: w}
	f.attr = widget.NewSelect(nil, func(string) { f.fillValues() })
	f.value = widget.NewSelect(nil, nil)
	f.value.PlaceHolder = "—"
	f.interviewer = widget.NewCheck(i18n.T("Leave out the interviewer"), nil)
	f.limitNote = widget.NewLabel("")
	f.limitNote.Truncation = fyne.TextTruncateEllipsis
	only := widget.NewButton(i18n.T("Search only…"), f.editLimit)
	f.content = container.NewVBox(
		container.NewHBox(widget.NewLabel(i18n.T("Interviews")), kit.FitSelect(f.attr), kit.FitSelect(f.value), f.interviewer, only),
		f.limitNote,
	)
	f.limitNote.Hide()
	return f
}

// projectChanged offers the interviews' attributes and their values.
func (f *filters) projectChanged() {
	f.attr.Options = append([]string{everyone()}, coding.AttributeKeys(f.w.s.Docs())...)
	if !slices.Contains(f.attr.Options, f.attr.Selected) {
		f.attr.Selected = everyone()
	}
	f.attr.Refresh()
	f.fillValues()
}

// fillValues offers the chosen attribute's values.
func (f *filters) fillValues() {
	offerValues(f.value, f.w.s.Docs(), f.attr.Selected)
	if len(f.value.Options) == 0 {
		f.value.Disable()
	} else {
		f.value.Enable()
	}
	f.value.Refresh()
}

// offerValues offers in value the values an attribute has in the
// interviews, sorted, keeping the one chosen while it is still there;
// none for everyone.
func offerValues(value *widget.Select, docs []coding.DocumentInfo, attr string) {
	var values []string
	if attr != everyone() {
		for _, d := range docs {
			if v := strings.TrimSpace(d.Attributes[attr]); v != "" && !slices.Contains(values, v) {
				values = append(values, v)
			}
		}
	}
	slices.Sort(values)
	value.Options = values
	if !slices.Contains(values, value.Selected) {
		value.Selected = ""
		if len(values) > 0 {
			value.Selected = values[0]
		}
	}
}

// search is the part of a search the filters choose.
func (f *filters) search() study.Search {
	q := study.Search{Docs: f.limit.docs, Speakers: f.limit.speakers, NoInterviewer: f.interviewer.Checked,
		InCodes: f.limit.inCodes, OutCodes: f.limit.outCodes}
	if f.attr.Selected != everyone() && f.value.Selected != "" {
		q.Where = map[string][]string{f.attr.Selected: {f.value.Selected}}
	}
	return q
}

// editLimit asks which interviews, codes and speakers to search.
func (f *filters) editLimit() {
	p := f.w.s.Project()
	if p == nil {
		return
	}
	corpus, err := p.Corpus()
	if err != nil {
		f.w.fail(err)
		return
	}
	c := newLimitChoices(f.w, corpus, f.limit)
	tabs := container.NewAppTabs(
		container.NewTabItem(i18n.T("Interviews"), c.docs.Content()),
		container.NewTabItem(i18n.T("Coded with"), c.in.Content()),
		container.NewTabItem(i18n.T("Not coded with"), c.out.Content()),
		container.NewTabItem(i18n.T("Speakers"), c.speakers.Content()),
	)
	note := widget.NewLabel(i18n.T("Tick nothing in a list to search all of it. Codes include their sub-codes."))
	note.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustomConfirm(i18n.T("Search only…"), i18n.T("Search these"), i18n.T("Cancel"),
		container.NewBorder(note, nil, nil, nil, tabs), func(ok bool) {
			if ok {
				f.setLimit(c.limit())
			}
		}, f.w.win)
	d.Resize(fyne.NewSize(560, 540))
	d.Show()
}

// setLimit takes a limit and says what it keeps.
func (f *filters) setLimit(l searchLimit) {
	f.limit = l
	f.limitNote.SetText(l.describe())
	f.limitNote.Hidden = f.limitNote.Text == ""
	f.limitNote.Refresh()
}

// describe says what the limit keeps.
func (l searchLimit) describe() string {
	var parts []string
	if n := len(l.docs); n > 0 {
		parts = append(parts, i18n.TF("{{.N}} chosen interviews", map[string]any{"N": n}))
	}
	if n := len(l.inCodes); n > 0 {
		parts = append(parts, i18n.TF("text coded with {{.N}} chosen codes", map[string]any{"N": n}))
	}
	if n := len(l.outCodes); n > 0 {
		parts = append(parts, i18n.TF("text not coded with {{.N}} chosen codes", map[string]any{"N": n}))
	}
	if n := len(l.speakers); n > 0 {
		parts = append(parts, i18n.TF("turns of {{.N}} chosen speakers", map[string]any{"N": n}))
	}
	if len(parts) == 0 {
		return ""
	}
	return i18n.T("Searching only") + ": " + strings.Join(parts, " · ")
}

// limitChoices are the lists "Search only…" ticks.
type limitChoices struct {
	docIDs       []int64
	speakerNames []string
	docs         *kit.Checklist
	in, out      kit.CodeChecklist
	speakers     *kit.Checklist
}

func newLimitChoices(w *Window, c coding.Corpus, l searchLimit) *limitChoices {
	lc := &limitChoices{}
	var names []string
	for _, d := range c.Docs {
		lc.docIDs = append(lc.docIDs, d.ID)
		names = append(names, d.Name)
	}
	for _, r := range c.Rows(coding.RowsBy{Kind: coding.BySpeaker}) {
		lc.speakerNames = append(lc.speakerNames, r.Key)
	}
	lc.docs = kit.NewChecklist(names, func(i int) bool { return slices.Contains(l.docs, lc.docIDs[i]) })
	lc.in = kit.NewCodeChecklist(w.s.Book(), l.inCodes)
	lc.out = kit.NewCodeChecklist(w.s.Book(), l.outCodes)
	lc.speakers = kit.NewChecklist(lc.speakerNames, func(i int) bool { return slices.Contains(l.speakers, lc.speakerNames[i]) })
	return lc
}

// limit is what the user ticked.
func (lc *limitChoices) limit() searchLimit {
	l := searchLimit{inCodes: lc.in.Codes(), outCodes: lc.out.Codes()}
	for _, i := range lc.docs.Ticked() {
		l.docs = append(l.docs, lc.docIDs[i])
	}
	for _, i := range lc.speakers.Ticked() {
		l.speakers = append(l.speakers, lc.speakerNames[i])
	}
	return l
}
