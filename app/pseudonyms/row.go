package pseudonyms

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"teema/app/kit"
	"teema/coding/pseudonym"
	"teema/i18n"
)

// replacementWidth is the width of a replacement's entry: "[organisaatio]"
// and a little more; wordWidth that of the word, most names whole.
const (
	replacementWidth = 170
	wordWidth        = 130
)

// candidateRow is a row of the candidates: a tick, the word, what it is
// and how often it occurs, and its replacement.
type candidateRow struct {
	widget.BaseWidget
	check *widget.Check
	word  *widget.Label
	info  *widget.Label
	entry *widget.Entry
}

func newCandidateRow() *candidateRow {
	r := &candidateRow{check: widget.NewCheck("", nil), word: widget.NewLabel(""), info: widget.NewLabel(""), entry: widget.NewEntry()}
	r.word.TextStyle.Bold = true
	r.word.Truncation = fyne.TextTruncateEllipsis
	r.ExtendBaseWidget(r)
	return r
}

// CreateRenderer lays the row out: the tick and the word on the left,
// the replacement on the right, what the word is between them.
func (r *candidateRow) CreateRenderer() fyne.WidgetRenderer {
	h := r.entry.MinSize().Height
	word := container.NewGridWrap(fyne.NewSize(wordWidth, h), r.word)
	entry := container.NewGridWrap(fyne.NewSize(replacementWidth, h), r.entry)
	info := kit.Lines(r.info, 2) // room for a word that may be common too
	return widget.NewSimpleRenderer(container.NewBorder(nil, nil, container.NewHBox(r.check, word), entry, info))
}

// show puts a candidate in the row; ticks and typing go to onTick and
// onEdit, not to the row it showed before.
func (r *candidateRow) show(it item, onTick func(bool), onEdit func(string)) {
	r.check.OnChanged, r.entry.OnChanged = nil, nil
	r.check.SetChecked(it.ticked)
	r.word.SetText(it.Word)
	r.info.SetText(describe(it.Candidate))
	r.entry.SetText(it.replacement)
	r.check.OnChanged, r.entry.OnChanged = onTick, onEdit
}

// describe says what a candidate is, how often and where it occurs, and
// whether it may be a common word.
func describe(c pseudonym.Candidate) string {
	parts := []string{kindName(c.Kind)}
	if c.Speaker && c.Kind != pseudonym.Speaker {
		parts = append(parts, i18n.T("speaker"))
	}
	parts = append(parts, i18n.TF("{{.N}}× (transcripts: {{.Docs}})", map[string]any{"N": c.Count, "Docs": len(c.Docs)}))
	if c.Ambiguous > 0 {
		parts = append(parts, i18n.TF("{{.N}}× perhaps a common word", map[string]any{"N": c.Ambiguous}))
	}
	return strings.Join(parts, " · ")
}

// kindName names a kind of candidate in the UI.
func kindName(k pseudonym.Kind) string {
	switch k {
	case pseudonym.Person:
		return i18n.T("person")
	case pseudonym.Place:
		return i18n.T("place")
	case pseudonym.Organisation:
		return i18n.T("organisation")
	case pseudonym.Speaker:
		return i18n.T("speaker label")
	}
	return i18n.T("capitalised word")
}
