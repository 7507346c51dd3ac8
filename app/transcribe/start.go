package transcribe

import (
	"context"
	"errors"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"teema/app/kit"
	"teema/i18n"
	"teema/store"
	"teema/study"
)

// NewFromRecording asks for a recording and a name for its transcript,
// checks the recording and opens the transcription window on it.
func (t *Transcriber) NewFromRecording() {
	win := t.h.Session().Window()
	p := t.h.Session().Project()
	switch {
	case p == nil:
		return
	case p.ReadOnly():
		kit.ShowError(store.ErrReadOnly.New(nil), win) // said before the wait, not after
		return
	}
	kit.OpenFile(win, kit.RecordingFilter(), func(path string) {
		t.askName(path, func(name string) {
			verify(t.h, win, name, path, t.open)
		})
	})
}

// askName asks what the transcript is to be called: by default the
// recording's name, as an imported transcript is named by its file.
func (t *Transcriber) askName(path string, then func(name string)) {
	name := widget.NewEntry()
	name.SetText(strings.TrimSuffix(filepath.Base(path), filepath.Ext(path)))
	name.Validator = func(s string) error {
		if strings.TrimSpace(s) == "" {
			return errors.New(i18n.T("The transcript needs a name."))
		}
		return nil
	}
	items := []*widget.FormItem{
		{Text: i18n.T("Recording"), Widget: widget.NewLabel(filepath.Base(path))},
		{Text: i18n.T("Name"), Widget: name, HintText: i18n.T("The document the transcript becomes is called this.")},
	}
	kit.ShowForm(i18n.T("New transcript from a recording"), i18n.T("Start"), i18n.T("Cancel"), items, func(ok bool) {
		if ok && strings.TrimSpace(name.Text) != "" {
			then(strings.TrimSpace(name.Text))
		}
	}, t.h.Session().Window())
}

// verify checks a recording in the background, decoding it whole once,
// behind a dialog on win that shows how far it is and can cancel it, and
// starts a transcription of it named name, which then hears.
func verify(h kit.Host, win fyne.Window, name, path string, then func(store.Draft)) {
	p := h.Session().Project()
	ctx, cancel := context.WithCancel(context.Background())
	bar := widget.NewProgressBar()
	what := widget.NewLabel(i18n.TF("Teema reads {{.File}} through once, to be sure it plays to the end.", map[string]any{"File": filepath.Base(path)}))
	what.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustom(i18n.T("Checking the recording…"), i18n.T("Cancel"), container.NewVBox(what, bar), win)
	d.SetOnClosed(cancel)
	d.Resize(fyne.NewSize(kit.DialogWidth, d.MinSize().Height))
	d.Show()
	h.Background(func() {
		draft, err := study.StartTranscription(ctx, p, name, path, func(done float64) {
			fyne.Do(func() { bar.SetValue(done) })
		})
		fyne.Do(func() {
			stopped := ctx.Err() != nil
			d.Hide()
			switch {
			case err == nil:
				then(draft)
			case !stopped:
				kit.ShowError(err, win)
			}
		})
	})
}
