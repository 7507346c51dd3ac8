package app

import (
	"teema/app/frequencies"
	"teema/app/intercoder"
	"teema/app/kit"
	"teema/app/matrices"
	"teema/app/pseudonyms"
	"teema/app/search"
	"teema/app/session"
	"teema/app/transcribe"
	"teema/i18n"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

// UI is Teema's main window.
type UI struct {
	s       *session.Session
	win     fyne.Window
	docs    *docsPanel
	codes   *codeBookPanel
	reader  *readerPanel
	side    *container.AppTabs
	excerpt *excerptsPanel
	memos   *memosPanel
	find    *findPanel
	status  *widget.Label
	version string

	// the dividers, whose places are kept across runs
	mainSplit, leftSplit, rightSplit *container.Split
	// the tool windows, each opened once from the menu
	matrices    kit.Slot[*matrices.Window]
	frequencies kit.Slot[*frequencies.Window]
	intercoder  kit.Slot[*intercoder.Window]
	search      kit.Slot[*search.Window]
	pseudonyms  kit.Slot[*pseudonyms.Window]
	// playback plays the open transcript's recording under it
	playback *playback
	// transcribe types out recordings, in a window of its own
	transcribe *transcribe.Transcriber
	// background runs long work off the UI goroutine; tests run it inline
	// so that Fyne's test driver sees one goroutine.
	background func(func())
}

// New builds the main window of a.
func New(a fyne.App, version string) *UI {
	w := a.NewWindow("Teema")
	u := &UI{win: w, s: session.New(a, w), version: version, background: func(f func()) { go f() }}
	u.status = widget.NewLabel("")
	u.status.Truncation = fyne.TextTruncateEllipsis
	u.s.SetStatus(func(msg string) { u.status.SetText(msg) })
	u.docs = newDocsPanel(u.s)
	u.codes = newCodeBookPanel(u.s)
	u.reader = newReaderPanel(u.s)
	u.playback = newPlayback(u.s, u.reader, func(f func()) { u.background(f) })
	u.reader.playKey, u.reader.playMenu, u.reader.playPlace = u.playback.typedKey, u.playback.contextItems, u.playback.placeNote
	u.excerpt = newExcerptsPanel(u.s, u.reader)
	u.excerpt.play = u.PlayPassage
	u.memos = newMemosPanel(u.s)
	u.find = newFindPanel(u.s, u.reader)
	u.transcribe = transcribe.New(u)
	u.side = container.NewAppTabs(
		container.NewTabItem(i18n.T("Excerpts"), u.excerpt.content),
		container.NewTabItem(i18n.T("Memos"), u.memos.content),
		container.NewTabItem(i18n.T("Find"), u.find.content),
	)
	u.codes.onTapped = u.codeTapped
	u.codes.filter.OnDigit = u.reader.pinKey
	u.docs.filter.OnDigit = u.reader.pinKey

	u.leftSplit = container.NewVSplit(u.docs.content, u.codes.content)
	u.leftSplit.Offset = 0.45
	u.rightSplit = container.NewHSplit(container.NewBorder(nil, u.playback.content, nil, nil, u.reader.content), kit.WholeTabs(u.side))
	u.rightSplit.Offset = 0.68
	u.mainSplit = container.NewHSplit(u.leftSplit, u.rightSplit)
	u.mainSplit.Offset = 0.24
	w.SetContent(container.NewBorder(nil, u.status, nil, nil, u.mainSplit))
	w.SetMainMenu(u.menu())
	u.shortcuts()
	w.SetOnDropped(func(_ fyne.Position, uris []fyne.URI) { u.dropped(uris) })
	applyLook(a)
	u.restoreGeometry()
	w.SetCloseIntercept(u.quit)
	return u
}

// quit closes the project and the window, keeping the window's layout
// for the next run.
func (u *UI) quit() {
	u.saveGeometry()
	u.s.Close()
	u.win.Close()
}

// Window is the main window.
func (u *UI) Window() fyne.Window { return u.win }

// codeTapped codes the selected text with a code, or, with no selection,
// makes the code current so its excerpts are listed.
func (u *UI) codeTapped(id int64) {
	start, end := u.reader.view.Selection()
	if end > start && u.s.Doc() != nil {
		if u.s.CodeSelection(id, start, end) {
			u.reader.view.SetSelection(end, end)
		}
		return
	}
	u.s.SelectCode(id)
	u.side.SelectIndex(0)
}

// shortcuts adds what the menus cannot hold: a second key for Redo, and
// the keys 1–9 when no widget has the keyboard (after a click on a code or
// a document, or Escape from a filter). The menu items' own shortcuts work
// everywhere, as the driver checks them first.
func (u *UI) shortcuts() {
	u.win.Canvas().AddShortcut(&fyne.ShortcutRedo{}, func(fyne.Shortcut) { u.s.Redo() })
	u.win.Canvas().SetOnTypedKey(func(ev *fyne.KeyEvent) {
		if u.playback.typedKey(ev) {
			return
		}
		if n := pinNumber(ev.Name); n > 0 {
			u.reader.pinKey(n)
		}
	})
}

func (u *UI) showFind() {
	u.side.SelectIndex(2)
	u.find.focus(u.win)
}
