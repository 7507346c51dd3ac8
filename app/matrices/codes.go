package matrices

import (
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"

	"teema/app/kit"
	"teema/coding"
	"teema/i18n"
)

// allCodes lists every code in tree order.
func (m *Window) allCodes() []coding.Code {
	return m.codesWhere(func(coding.Code) bool { return true })
}

// codesWhere lists the codes that pass keep, in tree order.
func (m *Window) codesWhere(keep func(coding.Code) bool) []coding.Code {
	var out []coding.Code
	m.corpus.Book.Walk(func(c coding.Code, _ int) {
		if keep(c) {
			out = append(out, c)
		}
	})
	return out
}

// chosenCodes returns the ticked codes that still exist, in tree order.
func (m *Window) chosenCodes() []coding.Code {
	return m.codesWhere(func(c coding.Code) bool { return slices.Contains(m.chosen, c.ID) })
}

// chooseCodes lets the user tick any codes, from any themes, to compare
// side by side; done(false) when they cancel or tick none.
func (m *Window) chooseCodes(done func(ok bool)) {
	list := kit.NewCodeChecklist(m.corpus.Book, m.chosen)
	d := dialog.NewCustomConfirm(i18n.T("Chosen codes"), i18n.T("Show"), i18n.T("Cancel"), list.Content(), func(ok bool) {
		if ok {
			m.chosen = list.Codes()
		}
		done(ok && len(m.chosen) > 0)
	}, m.win)
	d.Resize(fyne.NewSize(520, 600))
	d.Show()
	m.win.Canvas().Focus(list.Filter())
}
