// Package matrices is the matrix window: the project as tables — theme
// matrices with the researcher's summaries, counts, co-occurrence and the
// findings table — drawn from the session's project and redrawn after
// every change.
package matrices

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"

	"teema/app/kit"
	"teema/app/session"
	"teema/coding"
	"teema/i18n"
	"teema/store"
)

// Window is a main window's matrix window.
type Window struct {
	h        kit.Host
	s        *session.Session
	win      fyne.Window
	proj     *store.Project // the project shown; pending typing belongs to it
	corpus   coding.Corpus
	rowsBy   coding.RowsBy
	rows     *widget.Select
	rowsOf   map[string]coding.RowsBy // option label → row choice
	quotes   *widget.Select
	quoteAt  *widget.Check               // quotes name the time too, for timed transcripts
	quotesOf map[string]coding.QuoteRule // option label → attribution rule
	quoter   coding.Quoter               // quotes by the project's rule
	chosen   []int64                     // the codes ticked under "Chosen codes…"
	note     *widget.Label
	tabs     *container.AppTabs

	matrix   *matrixTab
	counts   *countsTab
	cooc     *coocTab
	findings *findingsTab
}

// New makes the matrix window of a main window; kit.Slot shows it.
func New(h kit.Host) *Window {
	s := h.Session()
	m := &Window{h: h, s: s, win: s.App().NewWindow(i18n.T("Matrices"))}
	m.rows = widget.NewSelect(nil, m.rowsChosen)
	m.quotes = widget.NewSelect(nil, m.quotesChosen)
	m.quoteAt = widget.NewCheck(i18n.T("and the time"), m.quoteTimeChosen)
	m.note = widget.NewLabel("")
	m.note.Truncation = fyne.TextTruncateEllipsis
	m.matrix = newMatrixTab(m)
	m.counts = newCountsTab(m)
	m.cooc = newCoocTab(m)
	m.findings = newFindingsTab(m)
	m.tabs = container.NewAppTabs(
		container.NewTabItem(i18n.T("Matrix"), m.matrix.content),
		container.NewTabItem(i18n.T("Counts"), m.counts.content),
		container.NewTabItem(i18n.T("Co-occurrence"), m.cooc.content),
		container.NewTabItem(i18n.T("Findings"), m.findings.content),
	)
	export := m.exportButton()
	top := container.NewBorder(nil, nil, container.NewHBox(widget.NewLabel(i18n.T("Rows")), kit.FitSelect(m.rows),
		widget.NewLabel(i18n.T("Quote source")), kit.FitSelect(m.quotes), m.quoteAt), export)
	m.win.SetContent(container.NewBorder(top, m.note, nil, nil, m.tabs))
	m.shortcuts()
	m.win.Resize(fyne.NewSize(1200, 760))
	return m
}

// Window is the window itself.
func (m *Window) Window() fyne.Window { return m.win }

// ProjectChanged redraws every tab from the project as it now is.
func (m *Window) ProjectChanged() { m.refresh() }

// Closed saves what was typed.
func (m *Window) Closed() { m.Flush() }

// Flush saves typing still waiting for its timer.
func (m *Window) Flush() {
	m.matrix.cell.flush()
	m.findings.flush()
}

// shortcuts make Ctrl+Z and Ctrl+Y undo the project's changes here too;
// this window has no menu to carry them.
func (m *Window) shortcuts() {
	c := m.win.Canvas()
	c.AddShortcut(&fyne.ShortcutUndo{}, func(fyne.Shortcut) { m.s.Undo() })
	c.AddShortcut(&fyne.ShortcutRedo{}, func(fyne.Shortcut) { m.s.Redo() })
	c.AddShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyZ, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift},
		func(fyne.Shortcut) { m.s.Redo() })
}

// current says whether the window still shows the session's project, so
// typing for a project that was since closed is never saved into another.
func (m *Window) current() bool { return m.proj != nil && m.proj == m.s.Project() }

// refresh reloads the corpus and redraws every tab.
func (m *Window) refresh() {
	if m.s.Project() == nil {
		return
	}
	if m.proj != m.s.Project() {
		m.reset()
	}
	c, err := m.s.Project().Corpus()
	if err != nil {
		m.fail(err)
		return
	}
	m.corpus = c
	m.win.SetTitle(i18n.T("Matrices") + " — " + m.s.ProjectName())
	m.updateRows()
	m.updateQuotes()
	m.matrix.refresh()
	m.counts.refresh()
	m.cooc.refresh()
	m.findings.refresh()
}

// reset forgets what belonged to the previous project.
func (m *Window) reset() {
	m.matrix.reset()
	m.findings.reset()
	m.proj, m.chosen, m.rowsBy = m.s.Project(), nil, coding.RowsBy{}
}

// tell shows a message in this window, where the user acted; the main
// window's status line is for what happened there.
func (m *Window) tell(msg string) { m.note.SetText(msg) }

// fail tells the user what went wrong in this window, where they acted,
// rather than in the main window it may hide.
func (m *Window) fail(err error) {
	kit.ShowError(err, m.win)
}
