package app

import (
	"path/filepath"
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
		m := fyne.NewMenuItem(T(label), f)
		m.Shortcut = sc
		return m
	}
	recent := fyne.NewMenuItem(T("Open recent"), nil)
	recent.ChildMenu = fyne.NewMenu("")
	u.s.OnChange(func() { u.fillRecent(recent.ChildMenu) })
	u.fillRecent(recent.ChildMenu)

	file := fyne.NewMenu(T("File"),
		item("New project…", ctrl(fyne.KeyN), u.newDialog),
		item("Open project…", ctrl(fyne.KeyO), u.openDialog),
		recent,
		item("Open demo project", nil, u.openDemo),
		fyne.NewMenuItemSeparator(),
		item("Import transcripts…", ctrl(fyne.KeyI), u.importDialog),
		item("Export excerpts (CSV)…", nil, u.exportCSV),
		u.importMenu(),
		u.exportMenu(),
		item("Merge another coder's project…", nil, u.mergeDialog),
		fyne.NewMenuItemSeparator(),
		item("Restore from backup…", nil, u.showBackups),
	)
	undo := item("Undo", &fyne.ShortcutUndo{}, u.s.Undo)
	redo := item("Redo", &desktop.CustomShortcut{KeyName: fyne.KeyZ, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift}, u.s.Redo)
	edit := fyne.NewMenu(T("Edit"),
		undo, redo,
		fyne.NewMenuItemSeparator(),
		item("Find…", ctrl(fyne.KeyF), u.showFind),
		item("Fix transcript text…", ctrl(fyne.KeyE), u.reader.editSelection),
		fyne.NewMenuItemSeparator(),
		item("Preferences…", nil, u.showPreferences),
	)
	codes := fyne.NewMenu(T("Codes"),
		item("New theme…", nil, func() { u.codes.addCode(0) }),
		item("New sub-theme…", nil, u.codes.addSubTheme),
		item("Add the Calpro code book", nil, u.codes.addCalpro),
		fyne.NewMenuItemSeparator(),
		item("Code selection as…", ctrl(fyne.KeyK), u.reader.codeAsDialog),
		item("New code from selection…", nil, u.reader.inVivo),
		fyne.NewMenuItemSeparator(),
		item("Matrices…", ctrl(fyne.KeyM), (&matrixMenu{u: u}).show),
		item("Word frequencies…", nil, (&wordfreqMenu{u: u}).show),
		item("Intercoder agreement…", nil, (&agreementMenu{u: u}).show),
	)
	docs := fyne.NewMenu(T("Documents"),
		item("Attributes…", nil, u.showAttributes),
		item("Rename document…", nil, func() { u.docs.rename(u.currentDocID()) }),
		item("Delete document…", nil, func() { u.docs.remove(u.currentDocID()) }),
	)
	help := fyne.NewMenu(T("Help"),
		item("Welcome", nil, u.showWelcome),
		item("About Teema", nil, u.showAbout),
	)
	mm := fyne.NewMainMenu(file, edit, codes, docs, help)
	u.s.OnChange(func() {
		undo.Label = menuLabel("Undo", u.s.History().UndoLabel())
		redo.Label = menuLabel("Redo", u.s.History().RedoLabel())
		undo.Disabled, redo.Disabled = !u.s.History().CanUndo(), !u.s.History().CanRedo()
		mm.Refresh()
	})
	return mm
}

// menuLabel says what Undo or Redo would do: "Undo coding".
func menuLabel(verb string, what *message.Kind) string {
	if what == nil {
		return T(verb)
	}
	return T(verb) + " " + i18n.Say(what.Say(nil))
}

func (u *UI) fillRecent(m *fyne.Menu) {
	m.Items = nil
	for _, path := range session.RecentProjects(u.s.App().Preferences()) {
		m.Items = append(m.Items, fyne.NewMenuItem(filepath.Base(path)+"  ("+filepath.Dir(path)+")", func() { u.open(path) }))
	}
	if len(m.Items) == 0 {
		none := fyne.NewMenuItem(T("No recent projects"), nil)
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
