// Package search is the search window: words found in every form across
// the project's transcripts (package study's Searcher) as lines of
// keyword in context with their counts; all the hits, or the ticked ones,
// coded at once; a speaker's turns coded; and coding queries, saved in
// the project. Every coding it makes is one undo step of the session's.
package search

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"

	"teema/app/kit"
	"teema/app/session"
	"teema/i18n"
	"teema/store"
	"teema/study"
)

// Window is a main window's search window.
type Window struct {
	h        kit.Host
	s        *session.Session
	win      fyne.Window
	forms    *study.Forms // Voikko, for the window's life
	searcher *study.Searcher

	ask     *asking
	results *results
	turns   *turnsTab
	queries *queriesTab
	tabs    *container.AppTabs
	note    *widget.Label

	proj *store.Project // the project the results belong to
	work *kit.Worker    // runs searches; closes Voikko once the window and they are gone
}

// New makes the search window of a main window; kit.Slot shows it.
func New(h kit.Host) *Window {
	s := h.Session()
	w := &Window{h: h, s: s, win: s.App().NewWindow(i18n.T("Search and auto-code")), forms: study.NewForms()}
	w.work = kit.NewWorker(h, kit.CloseForms(w.forms))
	w.searcher = study.NewSearcher(w.forms)
	w.note = widget.NewLabel("")
	w.note.Wrapping = fyne.TextWrapWord
	w.ask = newAsking(w)
	w.results = newResults(w)
	w.turns = newTurnsTab(w)
	w.queries = newQueriesTab(w)
	search := container.NewBorder(w.ask.content, nil, nil, nil, w.results.content)
	w.tabs = container.NewAppTabs(
		container.NewTabItem(i18n.T("Search"), search),
		container.NewTabItem(i18n.T("Code turns"), w.turns.content),
		container.NewTabItem(i18n.T("Coding queries"), w.queries.content),
	)
	w.win.SetContent(container.NewBorder(nil, w.note, nil, nil, w.tabs))
	w.shortcuts()
	w.win.Resize(fyne.NewSize(1100, 780))
	return w
}

// Window is the window itself.
func (w *Window) Window() fyne.Window { return w.win }

// ProjectChanged offers the project's codes, interviews and saved queries
// again; another project's results are dropped.
func (w *Window) ProjectChanged() {
	p := w.s.Project()
	if p == nil {
		return
	}
	if p != w.proj {
		w.proj = p
		w.ask.reset()
		w.results.clear()
		w.queries.clear()
	}
	w.win.SetTitle(i18n.T("Search and auto-code") + " — " + w.s.ProjectName())
	w.ask.projectChanged()
	w.results.projectChanged()
	w.turns.projectChanged()
	w.queries.projectChanged()
}

// Closed drops work under way and releases Voikko.
func (w *Window) Closed() { w.work.Close() }

// background runs work off the UI goroutine, then what it returns on the
// UI goroutine, unless the window went meanwhile.
func (w *Window) background(work func() (then func())) { w.work.Run(work) }

// shortcuts make Ctrl+Z and Ctrl+Y undo the project's changes here too,
// an auto-coding run above all; this window has no menu to carry them.
func (w *Window) shortcuts() {
	c := w.win.Canvas()
	c.AddShortcut(&fyne.ShortcutUndo{}, func(fyne.Shortcut) { w.s.Undo() })
	c.AddShortcut(&fyne.ShortcutRedo{}, func(fyne.Shortcut) { w.s.Redo() })
	c.AddShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyZ, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift},
		func(fyne.Shortcut) { w.s.Redo() })
}

// tell says something in this window, where the user acted.
func (w *Window) tell(msg string) { w.note.SetText(msg) }

// fail tells the user what went wrong in this window.
func (w *Window) fail(err error) { kit.ShowError(err, w.win) }
