package app

import (
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"teema/coding"
)

// wordLimit narrows a count to chosen interviews, to the text coded with
// chosen codes, and to chosen speakers' turns. Empty lists limit nothing.
type wordLimit struct {
	docs     []int64
	codes    []int64
	speakers []string
}

func (l wordLimit) empty() bool { return len(l.docs)+len(l.codes)+len(l.speakers) == 0 }

// describe says what the limit keeps, in a line under the settings.
func (l wordLimit) describe() string {
	if l.empty() {
		return ""
	}
	var parts []string
	if n := len(l.docs); n > 0 {
		parts = append(parts, TF("{{.N}} chosen interviews", map[string]any{"N": n}))
	}
	if n := len(l.codes); n > 0 {
		parts = append(parts, TF("text coded with {{.N}} chosen codes", map[string]any{"N": n}))
	}
	if n := len(l.speakers); n > 0 {
		parts = append(parts, TF("turns of {{.N}} chosen speakers", map[string]any{"N": n}))
	}
	return T("Counting only") + ": " + strings.Join(parts, " · ")
}

// limitChoices are what the dialog offers: the project's interviews, its
// codes as paths, and the speakers of its turns.
type limitChoices struct {
	docs     []coding.DocumentInfo
	codes    []coding.Code
	paths    []string
	speakers []string
}

func (w *wordfreqWindow) limitChoices() (limitChoices, error) {
	c := limitChoices{docs: w.docs}
	w.s.Book().Walk(func(code coding.Code, _ int) {
		c.codes = append(c.codes, code)
		c.paths = append(c.paths, w.s.Book().Path(code.ID))
	})
	corpus, err := w.s.Project().Corpus()
	if err != nil {
		return c, err
	}
	for _, r := range corpus.Rows(coding.RowsBy{Kind: coding.BySpeaker}) {
		c.speakers = append(c.speakers, r.Key)
	}
	return c, nil
}

// editLimit asks which interviews, codes and speakers to count.
func (w *wordfreqWindow) editLimit() {
	c, err := w.limitChoices()
	if err != nil {
		w.s.Fail(err)
		return
	}
	docNames := make([]string, len(c.docs))
	for i, d := range c.docs {
		docNames[i] = d.Name
	}
	docs := checks(docNames, func(i int) bool { return slices.Contains(w.limit.docs, c.docs[i].ID) })
	codes := checks(c.paths, func(i int) bool { return slices.Contains(w.limit.codes, c.codes[i].ID) })
	speakers := checks(c.speakers, func(i int) bool { return slices.Contains(w.limit.speakers, c.speakers[i]) })
	tabs := container.NewAppTabs(
		container.NewTabItem(T("Interviews"), container.NewVScroll(docs)),
		container.NewTabItem(T("Coded with"), container.NewVScroll(codes)),
		container.NewTabItem(T("Speakers"), container.NewVScroll(speakers)),
	)
	note := widget.NewLabel(T("Tick nothing in a list to count all of it. Codes include their sub-codes."))
	content := container.NewBorder(note, nil, nil, nil, tabs)
	d := dialog.NewCustomConfirm(T("Count only…"), T("Count these"), T("Cancel"), content, func(ok bool) {
		if !ok {
			return
		}
		var l wordLimit
		for _, i := range ticked(docs) {
			l.docs = append(l.docs, c.docs[i].ID)
		}
		for _, i := range ticked(codes) {
			l.codes = append(l.codes, c.codes[i].ID)
		}
		for _, i := range ticked(speakers) {
			l.speakers = append(l.speakers, c.speakers[i])
		}
		w.setLimit(l)
	}, w.win)
	d.Resize(fyne.NewSize(520, 520))
	d.Show()
}

// setLimit counts again within a new limit.
func (w *wordfreqWindow) setLimit(l wordLimit) {
	w.showLimit(l)
	w.recompute()
}

// showLimit takes a limit and says what it keeps.
func (w *wordfreqWindow) showLimit(l wordLimit) {
	w.limit = l
	w.limitNote.SetText(l.describe())
	w.limitClear.Hidden = l.empty()
	w.limitNote.Hidden = l.empty()
	w.limitClear.Refresh()
	w.limitNote.Refresh()
}

// checks is a list of check boxes, ticked where ticked says.
func checks(labels []string, isTicked func(int) bool) *fyne.Container {
	box := container.NewVBox()
	for i, l := range labels {
		c := widget.NewCheck(l, nil)
		c.Checked = isTicked(i)
		box.Add(c)
	}
	return box
}

// ticked returns the indexes of the ticked boxes.
func ticked(box *fyne.Container) []int {
	var out []int
	for i, o := range box.Objects {
		if o.(*widget.Check).Checked {
			out = append(out, i)
		}
	}
	return out
}
