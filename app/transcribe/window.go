package transcribe

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"teema/app/kit"
	"teema/app/player"
	"teema/app/session"
	"teema/i18n"
	"teema/store"
)

// Window is a main window's transcription window: one draft typed out
// beside its recording.
type Window struct {
	h        kit.Host
	s        *session.Session
	win      fyne.Window
	bar      *player.Bar
	text     *editor
	speakers *speakerRow
	status   *widget.Label
	finish   *widget.Button
	wait     kit.Debounce

	proj      *store.Project // the project the draft belongs to
	draft     store.Draft    // its Text is the text last saved
	loaded    bool           // a draft is shown: there is typing to keep
	gen       int            // counts the drafts shown; a recording opened for an earlier one is dropped
	failed    bool           // the last save failed, which was said once
	soundSaid bool           // a failure to play was said in a dialog once
	gone      bool           // the window was closed
}

// newWindow makes an empty transcription window; kit.Slot shows it and
// load gives it a draft.
func newWindow(h kit.Host) *Window {
	s := h.Session()
	w := &Window{h: h, s: s, win: s.App().NewWindow(i18n.T("Transcription")), wait: kit.NewDebounce(s)}
	w.bar = player.NewBar()
	w.bar.OnError(w.soundFailed)
	w.text = newEditor(w.act, w.bar.Seek)
	w.text.SetPlaceHolder(i18n.T("Type what you hear. F4 plays and pauses; a speaker's key starts their turn on a new line."))
	w.text.OnChanged = func(string) { w.wait.Schedule(w.save) }
	w.speakers = newSpeakerRow(func(i int) { w.act(actLabel + action(i)) })
	w.status = widget.NewLabel("")
	w.status.Truncation = fyne.TextTruncateEllipsis
	w.finish = widget.NewButtonWithIcon(i18n.T("Finish…"), theme.ConfirmIcon(), w.confirmFinish)
	w.finish.Importance = widget.HighImportance
	w.win.SetContent(w.layout())
	w.shortcuts()
	w.win.Resize(fyne.NewSize(980, 720))
	return w
}

// layout puts the player above the text, and the speakers, the keys and
// Finish below it.
func (w *Window) layout() fyne.CanvasObject {
	stamp := widget.NewButtonWithIcon(i18n.T("Time")+"   F8", theme.HistoryIcon(), func() { w.act(actTime) })
	labels := widget.NewButtonWithIcon(i18n.T("Labels…"), theme.DocumentCreateIcon(), w.editLabels)
	row := container.NewBorder(nil, nil, container.NewHBox(stamp, widget.NewSeparator(), w.speakers.box, labels), w.finish)
	help := widget.NewLabel(helpLine())
	help.Wrapping = fyne.TextWrapWord
	help.Importance = widget.LowImportance
	bottom := container.NewVBox(row, help, w.status)
	return container.NewBorder(w.bar, bottom, nil, nil, w.text)
}

// shortcuts make the chords and keys act when the text does not have the
// keyboard either (after a tap on the slider or a button).
func (w *Window) shortcuts() {
	c := w.win.Canvas()
	for _, sc := range chords() {
		a, _ := shortcutAction(sc)
		c.AddShortcut(sc, func(fyne.Shortcut) { w.act(a) })
	}
	c.SetOnTypedKey(func(ev *fyne.KeyEvent) {
		if a, ok := keyAction(ev.Name); ok {
			w.act(a)
		}
	})
}

// Window is the window itself.
func (w *Window) Window() fyne.Window { return w.win }

// ProjectChanged closes the window when its project is no longer the
// session's: the draft belongs to the project it was started in, and
// what was typed was saved before the project changed (Flush).
func (w *Window) ProjectChanged() {
	if w.loaded && w.proj != w.s.Project() {
		w.loaded = false
		w.win.Close()
	}
}

// Closed saves what was typed and lets the recording go.
func (w *Window) Closed() {
	w.Flush()
	w.gone = true
	w.gen++
	w.bar.Close()
}

// load shows a draft: its text, the caret at its end, and its recording,
// opened in the background. The draft shown before is saved first.
func (w *Window) load(d store.Draft) {
	if w.loaded && d.ID == w.draft.ID {
		return // the window's own text is newer than the draft listed
	}
	w.Flush()
	w.gen++
	w.bar.Unload()
	w.proj, w.draft, w.loaded, w.failed = w.s.Project(), d, true, false
	w.text.SetText(d.Text)
	w.wait.Stop() // nothing new to save
	w.text.Entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyPageDown})
	w.speakers.set(withUsed(savedLabels(w.s.App().Preferences()), d.Text))
	w.win.SetTitle(i18n.TF("Transcription — {{.Name}}", map[string]any{"Name": d.Name}))
	w.status.SetText("")
	w.openRecording()
	w.focusText()
}
