package app

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
	"teema/coding"
	"teema/i18n"
	"teema/message"
	"teema/study"
)

// attachRecordingDialog asks for the open transcript's recording.
func (u *UI) attachRecordingDialog() {
	d := u.s.Doc()
	if d == nil {
		u.s.Status(i18n.T("Open the transcript the recording belongs to first."))
		return
	}
	id := d.ID
	kit.OpenFile(u.win, kit.RecordingFilter(), func(path string) { u.attachRecording(id, path) })
}

// attachRecording checks a recording in the background, decoding it
// whole once with a progress bar, then attaches it to a document as one
// undoable step and shows what the check noticed.
func (u *UI) attachRecording(docID int64, path string) {
	if u.s.Project() == nil {
		return
	}
	ctx, cancel := context.WithCancel(context.Background())
	bar := widget.NewProgressBar()
	msg := widget.NewLabel(i18n.TF("Checking {{.File}}…", map[string]any{"File": filepath.Base(path)}))
	prog := dialog.NewCustom(i18n.T("Attaching the recording"), i18n.T("Cancel"), container.NewVBox(msg, bar), u.win)
	prog.SetOnClosed(cancel)
	prog.Resize(fyne.NewSize(440, 140))
	prog.Show()
	proj := u.s.Project()
	u.background(func() {
		change, notes, err := study.AttachRecording(ctx, proj, docID, path, func(done float64) {
			fyne.Do(func() { bar.SetValue(done) })
		})
		fyne.Do(func() {
			stopped := ctx.Err() != nil
			prog.Hide()
			u.recordingChecked(change, notes, err, stopped)
		})
	})
}

// recordingChecked attaches a checked recording, or says why not.
func (u *UI) recordingChecked(change coding.SetRecording, notes []message.Note, err error, stopped bool) {
	switch {
	case stopped && (err == nil || errors.Is(err, context.Canceled)):
		u.s.Status(i18n.T("The recording was not attached."))
		return
	case err != nil:
		kit.ShowError(err, u.win)
		return
	}
	if !u.s.Do(change) {
		return
	}
	u.s.Status(i18n.TF("{{.File}} is attached: play it under the transcript.", map[string]any{"File": filepath.Base(change.Recording.Path)}))
	if len(notes) > 0 {
		dialog.ShowInformation(i18n.T("Recording attached"), strings.Join(i18n.Lines(notes), "\n"), u.win)
	}
}

// detachRecording takes the open transcript's recording away, as one
// undoable step; the file itself is left alone.
func (u *UI) detachRecording() {
	d := u.s.Doc()
	if d == nil {
		return
	}
	if !u.s.Recorded(d.ID) {
		u.s.Status(i18n.Say(noteNoRecording.Say(message.Args{"Document": d.Name})))
		return
	}
	u.s.Do(coding.SetRecording{DocID: d.ID})
}

// dropped attaches a recording dropped on the window to the open
// transcript and imports the other files dropped with it as transcripts.
func (u *UI) dropped(uris []fyne.URI) {
	var recs, others []fyne.URI
	for _, uri := range uris {
		if uri.Scheme() == "file" && kit.IsRecording(uri.Path()) {
			recs = append(recs, uri)
		} else {
			others = append(others, uri)
		}
	}
	switch d := u.s.Doc(); {
	case len(recs) == 0:
	case d == nil:
		u.s.Status(i18n.T("Open the transcript the recording belongs to first, then drop the recording on it."))
	case len(recs) > 1:
		u.s.Status(i18n.T("Drop one recording at a time, on the transcript it belongs to."))
	default:
		u.attachRecording(d.ID, recs[0].Path())
	}
	if len(others) > 0 {
		u.importURIs(others)
	}
}

// findMoved asks for the folder a moved recording is in now, looks for
// it there by its content, and attaches it where it was found.
func (p *playback) findMoved() {
	docID := p.loaded.docID
	kit.OpenFolder(p.s.Window(), func(folder string) {
		proj := p.s.Project()
		p.s.Status(i18n.TF("Looking for the recording in {{.Folder}}…", map[string]any{"Folder": folder}))
		p.background(func() {
			change, err := study.FindRecording(context.Background(), proj, docID, folder)
			fyne.Do(func() {
				if err != nil {
					p.s.Status("")
					p.s.Fail(err)
					return
				}
				if p.s.Do(change) {
					p.s.Status(i18n.TF("Found: {{.File}}", map[string]any{"File": change.Recording.Path}))
				}
			})
		})
	})
}
