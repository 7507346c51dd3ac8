package transcribe

import (
	"path/filepath"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"teema/coding"
	"teema/i18n"
	"teema/store"
)

// ShowDrafts lists the project's unfinished transcriptions, to continue
// or delete.
func (t *Transcriber) ShowDrafts() {
	p := t.h.Session().Project()
	if p == nil {
		return
	}
	t.h.Session().Flush() // the open window's typing is listed as typed
	drafts, err := p.Drafts()
	if err != nil {
		t.h.Session().Fail(err)
		return
	}
	t.showDrafts(drafts, false)
}

// draftList is the dialog of unfinished transcriptions: a row for each,
// the latest first, with Continue and Delete.
type draftList struct {
	t    *Transcriber
	d    dialog.Dialog
	rows *fyne.Container
}

// showDrafts shows the dialog of drafts; atOpen says the project has just
// opened, so the dialog says why it came up.
func (t *Transcriber) showDrafts(drafts []store.Draft, atOpen bool) {
	win := t.h.Session().Window()
	l := &draftList{t: t, rows: container.NewVBox()}
	l.fill(drafts)
	intro := i18n.T("Continue a transcription where it was left, or delete it.")
	if atOpen {
		intro = i18n.T("This project has transcriptions that are not finished. Continue one now, or later: Documents → Unfinished transcriptions…")
	}
	head := widget.NewLabel(intro)
	head.Wrapping = fyne.TextWrapWord
	content := container.NewBorder(head, nil, nil, nil, container.NewVScroll(l.rows))
	l.d = dialog.NewCustom(i18n.T("Unfinished transcriptions"), i18n.T("Close"), content, win)
	l.d.Resize(fyne.NewSize(680, float32(200+70*min(len(drafts), 4))))
	l.d.Show()
}

// fill makes a row for each draft.
func (l *draftList) fill(drafts []store.Draft) {
	l.rows.RemoveAll()
	if len(drafts) == 0 {
		l.rows.Add(widget.NewLabel(i18n.T("No transcription is unfinished.")))
	}
	for _, d := range drafts {
		l.rows.Add(l.row(d))
	}
	l.rows.Refresh()
}

// row is a draft's name over its recording, length, words and when it
// was last saved, with its buttons.
func (l *draftList) row(d store.Draft) fyne.CanvasObject {
	name := widget.NewLabelWithStyle(d.Name, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	info := widget.NewLabel(draftInfo(d))
	info.Truncation = fyne.TextTruncateEllipsis
	cont := widget.NewButtonWithIcon(i18n.T("Continue"), theme.MediaPlayIcon(), func() {
		l.d.Hide()
		l.t.open(d)
	})
	cont.Importance = widget.HighImportance
	del := widget.NewButtonWithIcon(i18n.T("Delete…"), theme.DeleteIcon(), func() { l.confirmDelete(d) })
	buttons := container.NewCenter(container.NewHBox(cont, del)) // not stretched to the row's height
	return container.NewVBox(container.NewBorder(nil, nil, nil, buttons, container.NewVBox(name, info)), widget.NewSeparator())
}

// draftInfo is "haastattelu3.mp3 (58:10) · 1234 words · saved 3.5.2025 klo 14.03".
func draftInfo(d store.Draft) string {
	return i18n.TF("{{.File}} ({{.Length}}) · {{.Words}} words · saved {{.When}}", map[string]any{
		"File":   filepath.Base(d.Recording.Path),
		"Length": coding.FormatTime(d.Recording.Seconds),
		"Words":  words(d.Text),
		"When":   savedAt(d.UpdatedAt),
	})
}

// words counts a draft's words, the typed times left out.
func words(text string) int {
	return len(strings.Fields(typedTime.ReplaceAllString(text, " ")))
}

// savedAt is when a draft was last saved, in local time as the user's
// language writes it.
func savedAt(stamp string) string {
	t, err := time.Parse(time.RFC3339Nano, stamp)
	if err != nil {
		return stamp
	}
	if i18n.Lang() == i18n.Finnish {
		return t.Local().Format("2.1.2006 klo 15.04")
	}
	return t.Local().Format("2 Jan 2006, 15:04")
}

// confirmDelete asks before a draft, and its typing, go for good.
func (l *draftList) confirmDelete(d store.Draft) {
	win := l.t.h.Session().Window()
	msg := i18n.TF("Delete the transcription of {{.Name}}? Its text goes for good; the recording stays where it is.", map[string]any{"Name": d.Name})
	dialog.ShowConfirm(i18n.T("Delete the transcription"), msg, func(ok bool) {
		if ok {
			l.delete(d)
		}
	}, win)
}

// delete throws a draft away, closing its window if it is open, and
// lists what is left.
func (l *draftList) delete(d store.Draft) {
	s := l.t.h.Session()
	if w, ok := l.t.Current(); ok && w.loaded && w.draft.ID == d.ID {
		w.loaded = false // nothing of it is to be saved any more
		w.win.Close()
	}
	if err := s.Project().DeleteDraft(d.ID); err != nil {
		s.Fail(err)
		return
	}
	drafts, err := s.Project().Drafts()
	if err != nil {
		s.Fail(err)
		return
	}
	l.fill(drafts)
}
