package transcribe

import (
	"regexp"
	"strings"

	"fyne.io/fyne/v2/dialog"

	"teema/app/kit"
	"teema/i18n"
	"teema/store/importer"
	"teema/study"
)

// typedTime is a time marker as the importer takes it out of a plain
// text: [01:02:03] or (01:02), a fraction of a second allowed. Counted
// only to tell the transcriber, before finishing, what the time index
// will hold.
var typedTime = regexp.MustCompile(`[\[(]\d{1,4}(?::\d{1,2}){1,2}(?:[.,]\d{1,3})?[\])]`)

// confirmFinish says what finishing makes of the text and asks first:
// a finished transcription is a document and leaves this window.
func (w *Window) confirmFinish() {
	if !w.loaded {
		return
	}
	w.Flush()
	msg := i18n.TF("Finish the transcription of {{.Name}}? It becomes a document of the project, with its recording attached; from then on it is corrected with Edit → Fix transcript text.",
		map[string]any{"Name": w.draft.Name}) + "\n\n" + timesNote(w.text.Text)
	dialog.ShowConfirm(i18n.T("Finish the transcription"), msg, func(ok bool) {
		if ok {
			w.finishNow()
		}
	}, w.win)
}

// timesNote says what the typed times will give. The importer decides
// whether the text is timed (importer.HasTimeMarkers: at least two times
// that open or end a line), so it is asked here too.
func timesNote(text string) string {
	n := len(typedTime.FindAllString(text, -1))
	switch {
	case importer.HasTimeMarkers([]byte(text)):
		return i18n.TF("The {{.N}} times in the text tie its words to the recording.", map[string]any{"N": n})
	case n == 0:
		return i18n.T("The text has no times such as [00:12:34], so its words will not be tied to the recording. F8 inserts the time played.")
	}
	return i18n.T("The text's times will not tie its words to the recording: at least two times must open or end a line. F8 at the start or the end of a turn puts one there.")
}

// finishNow makes the draft a document, closes the window and opens the
// document in the main window; what the reading noted is said there.
func (w *Window) finishNow() {
	w.Flush()
	d := w.draft
	d.Text = w.text.Text
	doc, notes, err := study.FinishTranscription(w.proj, d)
	if err != nil {
		kit.ShowError(err, w.win)
		return
	}
	w.loaded = false // the draft is a document now; nothing more to save
	s := w.s
	w.win.Close()
	s.Reload()
	s.OpenDoc(doc.ID)
	s.Status(i18n.TF("{{.Name}} is now a document of the project.", map[string]any{"Name": doc.Name}))
	if len(notes) > 0 {
		dialog.ShowInformation(doc.Name, strings.Join(i18n.Lines(notes), "\n"), s.Window())
	}
}
