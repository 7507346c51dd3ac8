package frequencies

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
		parts = append(parts, i18n.TF("{{.N}} chosen interviews", map[string]any{"N": n}))
	}
	if n := len(l.codes); n > 0 {
		parts = append(parts, i18n.TF("text coded with {{.N}} chosen codes", map[string]any{"N": n}))
	}
	if n := len(l.speakers); n > 0 {
		parts = append(parts, i18n.TF("turns of {{.N}} chosen speakers", map[string]any{"N": n}))
	}
	return i18n.T("Counting only") + ": " + strings.Join(parts, " · ")
}

// limitChoices are what the dialog offers: the project's interviews, its
// codes and the speakers of its turns, each to tick.
type limitChoices struct {
	docs     []coding.DocumentInfo
	speakers []string
	docList  *kit.Checklist
	codeList kit.CodeChecklist
	spkList  *kit.Checklist
}

func (w *Window) limitChoices() (*limitChoices, error) {
	corpus, err := w.s.Project().Corpus()
	if err != nil {
		return nil, err
	}
	c := &limitChoices{docs: w.docs}
	for _, r := range corpus.Rows(coding.RowsBy{Kind: coding.BySpeaker}) {
		c.speakers = append(c.speakers, r.Key)
	}
	names := make([]string, len(c.docs))
	for i, d := range c.docs {
		names[i] = d.Name
	}
	c.docList = kit.NewChecklist(names, func(i int) bool { return slices.Contains(w.limit.docs, c.docs[i].ID) })
	c.codeList = kit.NewCodeChecklist(w.s.Book(), w.limit.codes)
	c.spkList = kit.NewChecklist(c.speakers, func(i int) bool { return slices.Contains(w.limit.speakers, c.speakers[i]) })
	return c, nil
}

// limit is what the user ticked.
func (c *limitChoices) limit() wordLimit {
	l := wordLimit{codes: c.codeList.Codes()}
	for _, i := range c.docList.Ticked() {
		l.docs = append(l.docs, c.docs[i].ID)
	}
	for _, i := range c.spkList.Ticked() {
		l.speakers = append(l.speakers, c.speakers[i])
	}
	return l
}

// editLimit asks which interviews, codes and speakers to count.
func (w *Window) editLimit() {
	c, err := w.limitChoices()
	if err != nil {
		w.fail(err)
		return
	}
	tabs := container.NewAppTabs(
		container.NewTabItem(i18n.T("Interviews"), c.docList.Content()),
		container.NewTabItem(i18n.T("Coded with"), c.codeList.Content()),
		container.NewTabItem(i18n.T("Speakers"), c.spkList.Content()),
	)
	note := widget.NewLabel(i18n.T("Tick nothing in a list to count all of it. Codes include their sub-codes."))
	content := container.NewBorder(note, nil, nil, nil, tabs)
	d := dialog.NewCustomConfirm(i18n.T("Count only…"), i18n.T("Count these"), i18n.T("Cancel"), content, func(ok bool) {
		if ok {
			w.setLimit(c.limit())
		}
	}, w.win)
	d.Resize(fyne.NewSize(520, 520))
	d.Show()
}

// setLimit counts again within a new limit.
func (w *Window) setLimit(l wordLimit) {
	w.showLimit(l)
	w.recompute()
}

// showLimit takes a limit and says what it keeps.
func (w *Window) showLimit(l wordLimit) {
	w.limit = l
	w.limitNote.SetText(l.describe())
	w.limitClear.Hidden = l.empty()
	w.limitNote.Hidden = l.empty()
	w.limitClear.Refresh()
	w.limitNote.Refresh()
}
