package transcribe

import (
	"time"

	"teema/app/kit"
	"teema/i18n"
)

// The text is kept as it is typed: once typing pauses (kit.SaveDelay),
// before the project changes or closes (Flush, through kit.Slot), and
// when the window closes. It is a draft's text, apart from the undo
// history: typing is undone in the text itself.

// Flush saves typing still waiting for its timer.
func (w *Window) Flush() {
	w.wait.Stop()
	w.save()
}

// save keeps the text in the project, unless it is as last saved or the
// project it belongs to has closed.
func (w *Window) save() {
	if !w.loaded || w.proj == nil || w.proj != w.s.Project() || w.text.Text == w.draft.Text {
		return
	}
	text := w.text.Text
	if err := w.proj.SaveDraft(w.draft.ID, text); err != nil {
		w.status.SetText(i18n.TF("Not saved: {{.Error}}", map[string]any{"Error": i18n.Error(err)}))
		if !w.failed {
			kit.ShowError(err, w.win)
		}
		w.failed = true
		return
	}
	w.draft.Text, w.failed = text, false
	w.status.SetText(i18n.TF("Saved at {{.Time}}", map[string]any{"Time": clock(time.Now())}))
	w.speakers.learn(text)
}

// clock is a moment of the day as the user's language writes it.
func clock(t time.Time) string {
	if i18n.Lang() == i18n.Finnish {
		return t.Format("15.04.05")
	}
	return t.Format("15:04:05")
}
