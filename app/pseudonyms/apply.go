package pseudonyms

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"teema/coding/pseudonym"
	"teema/i18n"
	"teema/study"
)

// applied is a pseudonymisation applied, as making it final needs it.
type applied struct {
	key    pseudonym.Key
	docIDs []int64
	words  []string // the originals and the forms replaced
}

// apply replaces the key's words everywhere in the project as one step,
// which Undo takes back while the project is open.
func (w *Window) apply() {
	key, err := w.cands.key()
	if err != nil {
		w.fail(err)
		return
	}
	p, ids, r := w.s.Project(), w.docIDs, w.reader
	w.say(i18n.T("Replacing…"))
	w.applyButton.Disable()
	w.background(func() func() {
		ps, err := study.Pseudonymise(p, key, ids, r)
		return func() { w.replace(key, ids, ps, err) }
	})
}

// replace makes the change and says what it replaced where.
func (w *Window) replace(key pseudonym.Key, ids []int64, ps study.Pseudonymisation, err error) {
	w.updateButtons()
	if err != nil {
		w.fail(err)
		return
	}
	if !w.s.Do(ps.Change) {
		return
	}
	w.applied = &applied{key: key, docIDs: ids, words: ps.Words()}
	w.updateButtons()
	w.say(i18n.TF("Replaced {{.N}} words in {{.Places}} places. Edit ▸ Undo takes it back; Make final removes the original words from the project file for good.",
		map[string]any{"N": ps.Count(), "Places": len(ps.Places)}))
	w.showReport(i18n.T("What was replaced"), append(i18n.Lines(ps.Lines()), i18n.Lines(ps.Notes)...))
}

// showReport shows lines of a report, to read and copy.
func (w *Window) showReport(title string, lines []string) {
	text := widget.NewMultiLineEntry()
	text.SetText(strings.Join(lines, "\n"))
	text.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustom(title, i18n.T("Close"), container.NewStack(text), w.win)
	d.Resize(fyne.NewSize(760, 520))
	d.Show()
}
