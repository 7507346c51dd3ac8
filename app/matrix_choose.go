package app

import (
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"
)

// chooseCodes lets the user tick any codes, from any themes, to compare
// side by side; done(false) when they cancel or tick none.
func (m *matrixWindow) chooseCodes(done func(ok bool)) {
	book := m.corpus.Book
	idOf := map[string]int64{}
	var paths, ticked []string
	for _, c := range m.allCodes() {
		p := book.Path(c.ID)
		idOf[p] = c.ID
		paths = append(paths, p)
		if slices.Contains(m.chosen, c.ID) {
			ticked = append(ticked, p)
		}
	}
	check := widget.NewCheckGroup(paths, nil)
	check.Selected = ticked
	d := dialog.NewCustomConfirm(T("Chosen codes"), T("Show"), T("Cancel"), container.NewVScroll(check), func(ok bool) {
		if ok {
			m.chosen = nil
			for _, p := range check.Selected {
				m.chosen = append(m.chosen, idOf[p])
			}
		}
		done(ok && len(m.chosen) > 0)
	}, m.win)
	d.Resize(fyne.NewSize(520, 600))
	d.Show()
}
