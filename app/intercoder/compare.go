package intercoder

import (
	"fyne.io/fyne/v2"

	"teema/coding/agreement"
	"teema/i18n"
	"teema/study"
)

// recompute compares the chosen coders in the background; a result that
// a later choice or change has overtaken is dropped.
func (w *Window) recompute() {
	w.gen++
	a, b, ok := w.chosen()
	if !ok || w.s.Project() == nil {
		w.show(nil, w.whyNot())
		return
	}
	gen, p := w.gen, w.s.Project()
	o := agreement.Options{CoderA: a, CoderB: b, Codes: w.codes}
	w.note.SetText(i18n.T("Comparing…"))
	w.h.Background(func() {
		r, err := study.Agreement(p, o)
		fyne.Do(func() {
			if gen != w.gen {
				return
			}
			if err != nil {
				w.show(nil, i18n.Error(err))
				return
			}
			w.show(&r, i18n.TF("Compared {{.N}} documents that both coded; left out {{.Left}} coded by only one of them. {{.D}} disagreements.",
				map[string]any{"N": len(r.Docs), "Left": len(r.Left), "D": len(r.Disagreements)}))
		})
	})
}

// whyNot says why there is no comparison to show: two different coders
// are not chosen.
func (w *Window) whyNot() string {
	if len(w.coders) < 2 {
		return i18n.T("Agreement compares two coders, and this project has codings by fewer. Merge another coder's project first (File → Merge another coder's project…).")
	}
	return i18n.T("Choose two different coders.")
}

// show fills the table and list with a comparison, or empties them, and
// says what they hold.
func (w *Window) show(r *agreement.Report, note string) {
	w.report, w.figures.r, w.disagreements.r = r, r, r
	w.note.SetText(note)
	if r != nil {
		w.exportButton.Enable()
	} else {
		w.exportButton.Disable()
	}
	w.table.Refresh()
	w.list.Refresh()
}
