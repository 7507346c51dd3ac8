package transcribe

import (
	"teema/app/kit"
	"teema/app/player"
	"teema/i18n"
)

// act does what a transcriber's key or button asks.
func (w *Window) act(a action) {
	switch a {
	case actToggle:
		w.bar.Toggle()
	case actBack:
		w.bar.Skip(-player.DefaultSkip.Seconds())
	case actForward:
		w.bar.Skip(player.DefaultSkip.Seconds())
	case actTime:
		w.insertTime()
	default:
		w.insertLabel(int(a - actLabel))
	}
}

// insertTime types the time last heard at the caret.
func (w *Window) insertTime() {
	if w.bar.Player() == nil {
		w.status.SetText(i18n.T("No recording is open, so there is no time to insert."))
		return
	}
	line, after := w.text.around()
	w.text.edit(timeEdit(line, after, marker(w.bar.Time())))
	w.focusText()
}

// insertLabel starts a turn of speaker i on a new line.
func (w *Window) insertLabel(i int) {
	label, ok := w.speakers.label(i)
	if !ok {
		return
	}
	line, _ := w.text.around()
	w.text.edit(labelEdit(line, label))
	w.focusText()
}

// editLabels asks for the speakers' labels.
func (w *Window) editLabels() {
	w.speakers.edit(w.win, w.s.App().Preferences(), w.text.Text)
}

// soundFailed says once that the recording cannot be played (no sound
// device, most often), then only on the status line.
func (w *Window) soundFailed(err error) {
	w.status.SetText(i18n.Error(err))
	if !w.soundSaid {
		w.soundSaid = true
		kit.ShowError(err, w.win)
	}
}

// focusText gives the text the keyboard back after a button took it.
func (w *Window) focusText() {
	if !w.gone {
		w.win.Canvas().Focus(w.text)
	}
}
