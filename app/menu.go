package app

import (
	"path/filepath"

	"teema/app/frequencies"
	"teema/app/intercoder"
	"teema/app/matrices"
	"teema/app/pseudonyms"
	"teema/app/search"
	"teema/app/session"
	"teema/i18n"
	"teema/message"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
)

func ctrl(k fyne.KeyName) fyne.Shortcut {
	return &desktop.CustomShortcut{KeyName: k, Modifier: fyne.KeyModifierShortcutDefault}
}

func (u *UI) menu() *fyne.MainMenu {
	item := func(label string, sc fyne.Shortcut, f func()) *fyne.MenuItem {
		m := fyne.NewMenuItem(label, f)
		m.Shortcut = sc
		return m
	}
	recent := fyne.NewMenuItem(i18n.T("Open recent"), nil)
	recent.ChildMenu = fyne.NewMenu("")
	u.s.OnChange(func() { u.fillRecent(recent.ChildMenu) })
	u.fillRecent(recent.ChildMenu)

	file := fyne.NewMenu(i18n.T("File"),
		item(i18n.T("New project…"), ctrl(fyne.KeyN), u.newDialog),
		item(i18n.T("Open project…"), ctrl(fyne.KeyO), u.openDialog),
		recent,
		item(i18n.T("Open demo project"), nil, u.openDemo),
		fyne.NewMenuItemSeparator(),
		item(i18n.T("Import transcripts…"), ctrl(fyne.KeyI), u.importDialog),
		item(i18n.T("Export report (Word)…"), nil, u.exportReport),
		item(i18n.T("Export excerpts (CSV)…"), nil, u.exportCSV),
		u.importMenu(),
		u.exportMenu(),
		item(i18n.T("Merge another coder's project…"), nil, u.mergeDialog),
		fyne.NewMenuItemSeparator(),
		item(i18n.T("Restore from backup…"), nil, u.showBackups),
	)
	undo := item(i18n.T("Undo"), &fyne.ShortcutUndo{}, u.s.Undo)
	redo := item(i18n.T("Redo"), &desktop.CustomShortcut{KeyName: fyne.KeyZ, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift}, u.s.Redo)
	edit := fyne.NewMenu(i18n.T("Edit"),
		undo, redo,
		fyne.NewMenuItemSeparator(),
		item(i18n.T("Find…"), ctrl(fyne.KeyF), u.showFind),
		item(i18n.T("Search…"), nil, u.openSearch),
		item(i18n.T("Fix transcript text…"), ctrl(fyne.KeyE), u.reader.editSelection),
		fyne.NewMenuItemSeparator(),
		item(i18n.T("Preferences…"), nil, u.showPreferences),
	)
	codes := fyne.NewMenu(i18n.T("Codes"),
		item(i18n.T("New theme…"), nil, func() { u.codes.addCode(0) }),
		item(i18n.T("New sub-theme…"), nil, u.codes.addSubTheme),
		item(i18n.T("New code under the selected code…"), nil, u.codes.addUnder),
		item(i18n.T("Add the Calpro code book"), nil, u.codes.addCalpro),
		fyne.NewMenuItemSeparator(),
		item(i18n.T("Code selection as…"), ctrl(fyne.KeyK), u.reader.codeAsDialog),
		item(i18n.T("New code from selection…"), nil, u.reader.inVivo),
		fyne.NewMenuItemSeparator(),
		item(i18n.T("Matrices…"), ctrl(fyne.KeyM), func() { u.matrices.Open(u, matrices.New) }),
		item(i18n.T("Word frequencies…"), nil, func() { u.frequencies.Open(u, frequencies.New) }),
		item(i18n.T("Intercoder agreement…"), nil, func() { u.intercoder.Open(u, intercoder.New) }),
		item(i18n.T("Search and auto-code…"), nil, u.openSearch),
	)
	docs := fyne.NewMenu(i18n.T("Documents"),
		item(i18n.T("Attributes…"), nil, u.showAttributes),
		item(i18n.T("Rename document…"), nil, func() { u.docs.rename(u.currentDocID()) }),
		item(i18n.T("Delete document…"), nil, func() { u.docs.remove(u.currentDocID()) }),
		fyne.NewMenuItemSeparator(),
		item(i18n.T("Attach recording…"), nil, u.attachRecordingDialog),
		item(i18n.T("Detach recording"), nil, u.detachRecording),
		item(i18n.T("Rename speaker…"), nil, u.renameSpeakerDialog),
		fyne.NewMenuItemSeparator(),
		item(i18n.T("New transcript from a recording…"), nil, u.transcribe.NewFromRecording),
		item(i18n.T("Unfinished transcriptions…"), nil, u.transcribe.ShowDrafts),
		fyne.NewMenuItemSeparator(),
		item(i18n.T("Pseudonymise…"), nil, func() { u.pseudonyms.Open(u, pseudonyms.New) }),
	)
	help := fyne.NewMenu(i18n.T("Help"),
		item(i18n.T("Welcome"), nil, u.showWelcome),
		item(i18n.T("About Teema"), nil, u.showAbout),
	)
	mm := fyne.NewMainMenu(file, edit, codes, docs, u.playback.menu(), help)
	u.s.OnChange(func() {
		undo.Label = undoLabel(u.s.History().UndoLabel())
		redo.Label = redoLabel(u.s.History().RedoLabel())
		undo.Disabled, redo.Disabled = !u.s.History().CanUndo(), !u.s.History().CanRedo()
		mm.Refresh()
	})
	return mm
}

// openSearch opens the search window, from the Edit menu or the Codes
// menu: it finds words and codes them.
func (u *UI) openSearch() { u.search.Open(u, search.New) }

// undoLabel says what Undo would take back: "Undo coding".
func undoLabel(what *message.Kind) string {
	if what == nil {
		return i18n.T("Undo")
	}
	return i18n.TF("Undo {{.What}}", map[string]any{"What": i18n.Say(what.Say(nil))})
}

// redoLabel says what Redo would do again: "Redo coding".
func redoLabel(what *message.Kind) string {
	if what == nil {
		return i18n.T("Redo")
	}
	return i18n.TF("Redo {{.What}}", map[string]any{"What": i18n.Say(what.Say(nil))})
}

func (u *UI) fillRecent(m *fyne.Menu) {
	m.Items = nil
	for _, path := range session.RecentProjects(u.s.App().Preferences()) {
		m.Items = append(m.Items, fyne.NewMenuItem(filepath.Base(path)+"  ("+filepath.Dir(path)+")", func() { u.open(path) }))
	}
	if len(m.Items) == 0 {
		none := fyne.NewMenuItem(i18n.T("No recent projects"), nil)
		none.Disabled = true
		m.Items = append(m.Items, none)
	}
}

func (u *UI) currentDocID() int64 {
	if u.s.Doc() == nil {
		return 0
	}
	return u.s.Doc().ID
}
