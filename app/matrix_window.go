package app

import (
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"teema/app/session"
	"teema/coding"
	"teema/store"
)

// matrixMenu opens a main window's matrix window, or brings it forward
// when it is already open: one matrix window per main window.
type matrixMenu struct {
	u     *UI
	m     *matrixWindow
	wired bool // the session refreshes and closes the window
}

func (mm *matrixMenu) show() { mm.open() }

func (mm *matrixMenu) open() *matrixWindow {
	return openOnce(mm.u, &mm.m, &mm.wired, newMatrixWindow)
}

// matrixWindow shows the project as tables: theme matrices with the
// researcher's summaries, counts, co-occurrence and the findings table.
// It draws from the session's project and reloads after every change.
type matrixWindow struct {
	u      *UI
	s      *session.Session
	win    fyne.Window
	proj   *store.Project // the project shown; pending typing belongs to it
	corpus coding.Corpus
	rowsBy coding.RowsBy
	rows   *widget.Select
	rowsOf map[string]coding.RowsBy // option label → row choice
	chosen []int64                  // the codes ticked under "Chosen codes…"
	note   *widget.Label
	tabs   *container.AppTabs

	matrix   *matrixTab
	counts   *countsTab
	cooc     *coocTab
	findings *findingsTab
}

func newMatrixWindow(u *UI) *matrixWindow {
	m := &matrixWindow{u: u, s: u.s, win: u.s.App().NewWindow(T("Matrices"))}
	m.rows = widget.NewSelect(nil, m.rowsChosen)
	m.note = widget.NewLabel("")
	m.note.Truncation = fyne.TextTruncateEllipsis
	m.matrix = newMatrixTab(m)
	m.counts = newCountsTab(m)
	m.cooc = newCoocTab(m)
	m.findings = newFindingsTab(m)
	m.tabs = container.NewAppTabs(
		container.NewTabItem(T("Matrix"), m.matrix.content),
		container.NewTabItem(T("Counts"), m.counts.content),
		container.NewTabItem(T("Co-occurrence"), m.cooc.content),
		container.NewTabItem(T("Findings"), m.findings.content),
	)
	export := widget.NewButtonWithIcon(T("Export workbook…"), theme.DocumentSaveIcon(), m.exportDialog)
	top := container.NewBorder(nil, nil, container.NewHBox(widget.NewLabel(T("Rows")), fitSelect(m.rows)), export)
	m.win.SetContent(container.NewBorder(top, m.note, nil, nil, m.tabs))
	m.shortcuts()
	m.win.Resize(fyne.NewSize(1200, 760))
	return m
}

// shortcuts make Ctrl+Z and Ctrl+Y undo the project's changes here too;
// this window has no menu to carry them.
func (m *matrixWindow) shortcuts() {
	c := m.win.Canvas()
	c.AddShortcut(&fyne.ShortcutUndo{}, func(fyne.Shortcut) { m.s.Undo() })
	c.AddShortcut(&fyne.ShortcutRedo{}, func(fyne.Shortcut) { m.s.Redo() })
	c.AddShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyZ, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift},
		func(fyne.Shortcut) { m.s.Redo() })
}

// current says whether the window still shows the session's project, so
// typing for a project that was since closed is never saved into another.
func (m *matrixWindow) current() bool { return m.proj != nil && m.proj == m.s.Project() }

// refresh reloads the corpus and redraws every tab.
func (m *matrixWindow) refresh() {
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
	m.win.SetTitle(T("Matrices") + " — " + m.s.ProjectName())
	m.updateRows()
	m.matrix.refresh()
	m.counts.refresh()
	m.cooc.refresh()
	m.findings.refresh()
}

// reset forgets what belonged to the previous project.
func (m *matrixWindow) reset() {
	m.matrix.reset()
	m.findings.reset()
	m.proj, m.chosen, m.rowsBy = m.s.Project(), nil, coding.RowsBy{}
}

// flush saves typing still waiting for its timer.
func (m *matrixWindow) flush() {
	m.matrix.cell.flush()
	m.findings.flush()
}

// updateRows offers one row per interview, per value of each attribute,
// or per speaker, keeping the user's choice while it exists.
func (m *matrixWindow) updateRows() {
	byDoc, bySpeaker := T("One row per interview"), T("One row per speaker")
	m.rowsOf = map[string]coding.RowsBy{byDoc: {Kind: coding.ByDocument}, bySpeaker: {Kind: coding.BySpeaker}}
	options := []string{byDoc}
	keys := coding.AttributeKeys(m.corpus.Docs)
	for _, k := range keys {
		m.rowsOf[k] = coding.RowsBy{Kind: coding.ByAttribute, Attr: k}
		options = append(options, k)
	}
	options = append(options, bySpeaker)
	if m.rowsBy.Kind == "" || m.rowsBy.Kind == coding.ByAttribute && !slices.Contains(keys, m.rowsBy.Attr) {
		m.rowsBy = defaultRows(keys)
	}
	m.rows.Options = options
	// Set directly: OnChanged would redraw the tabs a second time.
	m.rows.Selected = m.rowsLabel()
	m.rows.Refresh()
}

// defaultRows groups by customer group, as the Calpro study did, when the
// interviews have one.
func defaultRows(keys []string) coding.RowsBy {
	for _, k := range []string{"ryhmä", "group"} {
		if slices.Contains(keys, k) {
			return coding.RowsBy{Kind: coding.ByAttribute, Attr: k}
		}
	}
	return coding.RowsBy{Kind: coding.ByDocument}
}

func (m *matrixWindow) rowsLabel() string { return labelOf(m.rowsOf, m.rowsBy) }

// labelOf finds the label a Select shows for a value ("" if none).
func labelOf[V comparable](labels map[string]V, v V) string {
	for label, x := range labels {
		if x == v {
			return label
		}
	}
	return ""
}

func (m *matrixWindow) rowsChosen(label string) {
	by, ok := m.rowsOf[label]
	if !ok || by == m.rowsBy {
		return
	}
	m.matrix.cell.flush()
	m.rowsBy = by
	m.matrix.refresh()
	m.counts.refresh()
}

// tell shows a message here and in the main window's status line.
func (m *matrixWindow) tell(msg string) {
	m.note.SetText(msg)
	m.s.Status(msg)
}

// allCodes lists every code in tree order, for choosing columns.
func (m *matrixWindow) allCodes() []coding.Code {
	return m.codesWhere(func(coding.Code) bool { return true })
}

// codesWhere lists the codes that pass keep, in tree order.
func (m *matrixWindow) codesWhere(keep func(coding.Code) bool) []coding.Code {
	var out []coding.Code
	m.corpus.Book.Walk(func(c coding.Code, _ int) {
		if keep(c) {
			out = append(out, c)
		}
	})
	return out
}

// chosenCodes returns the ticked codes that still exist, in tree order.
func (m *matrixWindow) chosenCodes() []coding.Code {
	return m.codesWhere(func(c coding.Code) bool { return slices.Contains(m.chosen, c.ID) })
}

func (m *matrixWindow) window() fyne.Window { return m.win }
func (m *matrixWindow) projectChanged()     { m.refresh() }
func (m *matrixWindow) closed()             { m.flush() }
