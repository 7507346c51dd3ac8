package pseudonyms

import (
	"strings"

	"teema/coding/pseudonym"
	"teema/i18n"
	"teema/study"
)

// findNames lists the names of the chosen transcripts, in the background:
// Voikko reads every word form once.
func (w *Window) findNames() {
	p, ids, r := w.s.Project(), w.docIDs, w.reader
	if p == nil {
		return
	}
	w.gen++
	w.say(i18n.T("Looking for names…"))
	w.findButton.Disable()
	w.background(func() func() {
		list, err := study.FindNames(p, ids, r)
		return func() { w.found(list, err) }
	})
}

// found shows the names found.
func (w *Window) found(list study.NameList, err error) {
	w.findButton.Enable()
	if err != nil {
		w.fail(err)
		return
	}
	w.cands.set(list.Candidates, list.Suggested)
	w.selected = -1
	w.list.UnselectAll()
	w.list.Refresh()
	w.showContext()
	msg := i18n.TF("{{.N}} words may be names; {{.Ticked}} are ticked. Tick what to replace, check the replacements, and export the key before you apply it.",
		map[string]any{"N": len(list.Candidates), "Ticked": w.cands.ticked()})
	for _, n := range i18n.Lines(list.Notes) {
		msg += "\n" + n
	}
	w.say(msg)
	w.updateButtons()
}

// addWord adds a word of the researcher's own, found in all its forms,
// ticked, with a replacement suggested as for the names found.
func (w *Window) addWord() {
	word := strings.TrimSpace(w.addEntry.Text)
	p, ids, r := w.s.Project(), w.docIDs, w.reader
	if word == "" || p == nil {
		return
	}
	if i := w.cands.index(word); i >= 0 {
		w.cands.items[i].ticked = true
		w.selectCandidate(i)
		return
	}
	w.background(func() func() {
		c, err := study.FindWord(p, ids, r, word)
		return func() { w.added(c, err) }
	})
}

// added puts the researcher's word at the end of the list.
func (w *Window) added(c pseudonym.Candidate, err error) {
	if err != nil {
		w.fail(err)
		return
	}
	cs := make([]pseudonym.Candidate, 0, len(w.cands.items)+1)
	for _, it := range w.cands.items {
		cs = append(cs, it.Candidate)
	}
	suggested := pseudonym.Suggest(append(cs, c))
	w.cands.items = append(w.cands.items, item{Candidate: c, ticked: true, replacement: suggested[len(cs)]})
	w.addEntry.SetText("")
	w.say(i18n.TF("{{.Word}} occurs {{.N}} times.", map[string]any{"Word": c.Word, "N": c.Count}))
	w.selectCandidate(len(w.cands.items) - 1)
}

// selectCandidate shows candidate i, in the list and in context.
func (w *Window) selectCandidate(i int) {
	w.list.Refresh()
	w.list.Select(i)
	w.list.ScrollTo(i)
	w.updateButtons()
}

// index is the row of a word in the list, -1 if none.
func (l *candidateList) index(word string) int {
	for i, it := range l.items {
		if it.Word == word {
			return i
		}
	}
	return -1
}

// keyChanged follows a tick or a replacement: the preview and the steps
// the key allows.
func (w *Window) keyChanged() {
	w.showContext()
	w.updateButtons()
}
