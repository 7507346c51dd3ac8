package app

import (
	"strings"

	"fyne.io/fyne/v2/widget"

	"teema/app/kit"
	"teema/coding"
	"teema/i18n"
)

// renameSpeakerDialog relabels a speaker of the open transcript in every
// turn, SPEAKER_00 as H1, as one undoable step: speech recognition names
// speakers by number, and a thesis names them by code.
func (u *UI) renameSpeakerDialog() {
	d := u.s.Doc()
	if d == nil {
		u.s.Status(i18n.T("Open a transcript first."))
		return
	}
	speakers := speakersOf(d.Turns)
	if len(speakers) == 0 {
		u.s.Status(i18n.T("This transcript has no speaker labels to rename."))
		return
	}
	from := widget.NewSelect(speakers, nil)
	from.SetSelectedIndex(machineLabel(speakers))
	to := widget.NewEntry()
	to.SetPlaceHolder(i18n.T("e.g. H1 or Haastattelija"))
	docID, text := d.ID, d.Text
	f := kit.NewForm(i18n.T("Rename speaker"), i18n.T("Rename"), i18n.T("Cancel"), []*widget.FormItem{
		widget.NewFormItem(i18n.T("Speaker"), from),
		widget.NewFormItem(i18n.T("New label"), to),
	}, func(ok bool) {
		if ok {
			u.renameSpeaker(docID, text, from.Selected, to.Text)
		}
	}, u.win)
	f.Show()
	u.win.Canvas().Focus(to)
}

// renameSpeaker relabels a speaker, or says why it cannot.
func (u *UI) renameSpeaker(docID int64, text, from, to string) {
	ch, err := coding.RenameSpeakerIn(docID, text, from, to)
	switch {
	case err != nil:
		kit.ShowError(err, u.win)
	case len(ch.Rewrite) == 0:
		// renamed to itself: nothing to do
	default:
		if u.s.Do(ch) {
			u.s.Status(i18n.TF("{{.From}} is now {{.To}} (turns relabelled: {{.N}}).", map[string]any{"From": from, "To": to, "N": len(ch.Rewrite)}))
		}
	}
}

// machineLabel is the first speaker labelled by speech recognition
// (SPEAKER_00, Speaker 1), the one most likely to be renamed, or the
// first speaker.
func machineLabel(speakers []string) int {
	for i, s := range speakers {
		if strings.HasPrefix(strings.ToUpper(s), "SPEAKER") {
			return i
		}
	}
	return 0
}

// speakersOf lists a transcript's speakers in the order they first speak.
func speakersOf(turns []coding.Turn) []string {
	var out []string
	seen := map[string]bool{}
	for _, t := range turns {
		if !seen[t.Speaker] {
			seen[t.Speaker] = true
			out = append(out, t.Speaker)
		}
	}
	return out
}
