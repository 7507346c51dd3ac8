package frequencies

import (
	"strings"

	"teema/coding/wordfreq"
	"teema/i18n"
	"teema/study"
)

// chooseWord is what the lines in context say until a word is chosen.
const chooseWord = "Choose a word to see it in context."

// recompute counts again in the background; a newer request supersedes
// one still running.
func (w *Window) recompute() {
	if !w.ready || w.work.Gone() || w.s.Project() == nil {
		return
	}
	w.gen++
	gen, q, p, forms := w.gen, w.query(), w.s.Project(), w.forms
	w.progress.Show()
	w.progress.Start()
	w.note.SetText(i18n.T("Counting…"))
	w.work.Run(func() func() {
		wc, err := study.CountWords(p, q, forms)
		return func() { w.counted(gen, q, wc, err) }
	})
}

// counted shows a finished count, unless a newer one was asked for.
func (w *Window) counted(gen int, q study.WordQuery, wc study.WordCount, err error) {
	if gen != w.gen {
		return
	}
	w.progress.Stop()
	w.progress.Hide()
	if err != nil {
		w.note.SetText(i18n.Error(err))
		w.fail(err)
		return
	}
	w.shown, w.formsUsed, w.langs = q, wc.Forms, wc.Result.DocLangs
	w.words.set(wc.Result.Words)
	w.lines.set(nil)
	w.table.UnselectAll()
	w.table.Refresh()
	w.table.ScrollToTop()
	w.context.Refresh()
	w.concTitle.SetText(i18n.T(chooseWord))
	notes := strings.Join(i18n.Lines(wc.Notes), " ")
	if q.Forms == study.FormsLemma && wc.Forms != study.FormsLemma {
		w.lemmasMissing(notes) // the notes say why, once
		notes = ""
	}
	w.note.SetText(strings.TrimSpace(countLine(wc.Result) + " " + notes))
	w.setCloud()
	w.tabShown()
	// Shown first, kept after: the next count reads the tallies.
	w.work.Run(func() func() {
		wc.Keep()
		return func() {}
	})
}

// countLine says what was counted; the notes of a count of nothing say
// why.
func countLine(r wordfreq.Result) string {
	if r.Docs == 0 {
		return ""
	}
	return i18n.TF("{{.Words}} words counted in {{.Docs}} interviews; {{.Different}} different",
		map[string]any{"Words": r.Counted, "Docs": r.Docs, "Different": r.Distinct})
}
