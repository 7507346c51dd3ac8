package transcribe

import (
	"context"
	"errors"
	"os"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"

	"teema/app/kit"
	"teema/coding"
	"teema/i18n"
	"teema/media"
	"teema/message"
	"teema/store"
)

// Why a draft's recording cannot be opened where it was.
var (
	errMoved   = message.New("The recording of {{.Name}} is no longer at {{.File}}: it was moved, renamed or deleted.")
	errChanged = message.New("The recording of {{.Name}} at {{.File}} is not the file the transcription began with: its size has changed.")
)

// openRecording opens the draft's recording in the background, without
// decoding it whole again (it was verified when the draft began), and
// loads it in the bar. A moved one is offered to be chosen again.
func (w *Window) openRecording() {
	gen, rec, name := w.gen, w.draft.Recording, w.draft.Name
	w.h.Background(func() {
		r, err := openDraftRecording(rec, name)
		fyne.Do(func() { w.recordingOpened(gen, r, err) })
	})
}

// recordingOpened loads an opened recording, unless the window has since
// gone or shows another draft.
func (w *Window) recordingOpened(gen int, r *media.Recording, err error) {
	switch {
	case gen != w.gen:
		if r != nil {
			r.Close()
		}
	case errors.Is(err, errMoved) || errors.Is(err, errChanged):
		w.status.SetText(i18n.Error(err))
		w.offerChoose(err)
	case err != nil:
		w.status.SetText(i18n.Error(err))
		kit.ShowError(err, w.win)
	default:
		if err := w.bar.Load(r); err != nil {
			kit.ShowError(err, w.win)
			return
		}
		if at, ok := lastMarked(w.text.Text); ok {
			w.bar.Seek(at) // go on where the transcriber had got to
		}
	}
}

// openDraftRecording opens a draft's recording to play, refusing one that
// is gone or is another file now, as study.OpenRecording does for a
// document's.
func openDraftRecording(rec coding.Recording, name string) (*media.Recording, error) {
	args := message.Args{"Name": name, "File": rec.Path}
	st, err := os.Stat(rec.Path)
	if errors.Is(err, os.ErrNotExist) {
		return nil, errMoved.New(args)
	}
	if print, perr := media.ParsePrint(rec.Print); err == nil && perr == nil && st.Size() != print.Size {
		return nil, errChanged.New(args)
	}
	return media.OpenContext(context.Background(), rec.Path, media.Options{})
}

// offerChoose says the recording is not where it was and offers to
// choose it again; the text can be typed on meanwhile.
func (w *Window) offerChoose(err error) {
	msg := i18n.Error(err) + "\n\n" + i18n.T("Choose the recording again? Until then the text can be edited, but not played along.")
	d := dialog.NewConfirm(i18n.T("The recording was not found"), msg, func(ok bool) {
		if ok {
			kit.OpenFile(w.win, kit.RecordingFilter(), w.chooseAgain)
		}
	}, w.win)
	d.SetConfirmText(i18n.T("Choose the file…"))
	d.SetDismissText(i18n.T("Not now"))
	d.Show()
}

// chooseAgain checks the recording chosen and moves the draft to it. The
// project keeps a draft's recording as it keeps its text, so the draft
// is started afresh on the file chosen, given the text typed, and the
// old one deleted: were Teema to stop between the steps, the text would
// be in both, never in neither.
func (w *Window) chooseAgain(path string) {
	old, gen, p := w.draft, w.gen, w.proj
	verify(w.h, w.win, old.Name, path, func(d store.Draft) {
		if gen != w.gen || p != w.s.Project() {
			_ = p.DeleteDraft(d.ID) // the window moved on meanwhile; the old draft stays
			return
		}
		w.Flush()
		text := w.draft.Text
		if err := w.proj.SaveDraft(d.ID, text); err != nil {
			w.proj.DeleteDraft(d.ID)
			kit.ShowError(err, w.win)
			return
		}
		if err := w.proj.DeleteDraft(old.ID); err != nil {
			kit.ShowError(err, w.win)
		}
		d.Text = text
		w.loaded = false // load the new draft in its place
		w.load(d)
		w.status.SetText(i18n.TF("The transcription of {{.Name}} now plays {{.File}}.", map[string]any{"Name": d.Name, "File": filepath.Base(path)}))
	})
}
