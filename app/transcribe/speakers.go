package transcribe

import (
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"teema/app/kit"
	"teema/i18n"
)

// speakerRow is the row of speakers' buttons, each with its key: a tap
// or the key puts the label on a new line.
type speakerRow struct {
	labels []string
	box    *fyne.Container
	tapped func(i int) // label i was tapped
}

func newSpeakerRow(tapped func(int)) *speakerRow {
	return &speakerRow{box: container.NewHBox(), tapped: tapped}
}

// set shows labels as buttons.
func (r *speakerRow) set(labels []string) {
	r.labels = labels
	r.box.RemoveAll()
	for i, l := range labels {
		text := l
		if key := labelKey(i); key != "" {
			text += "   " + key
		}
		r.box.Add(widget.NewButton(text, func() { r.tapped(i) }))
	}
	r.box.Refresh()
}

// learn adds the labels text has come to use, as it is saved; the row is
// redrawn only when there is one.
func (r *speakerRow) learn(text string) {
	if more := withUsed(r.labels, text); len(more) > len(r.labels) {
		r.set(more)
	}
}

// label is label i, if there is one.
func (r *speakerRow) label(i int) (string, bool) {
	if i < 0 || i >= len(r.labels) {
		return "", false
	}
	return r.labels[i], true
}

// edit asks for the labels, one a line, in the order of their keys, and
// keeps them for every transcription; the labels text uses are offered
// again after them.
func (r *speakerRow) edit(win fyne.Window, prefs fyne.Preferences, text string) {
	area := kit.TextArea(6)
	area.Wrapping = fyne.TextWrapOff
	area.SetText(strings.Join(r.labels, "\n"))
	hint := widget.NewLabel(i18n.TF("One label a line: the first has {{.Ctrl}}+1, the second {{.Ctrl}}+2 and so on. A label is a role or a code, such as Haastattelija or H3.",
		map[string]any{"Ctrl": ctrlName()}))
	hint.Wrapping = fyne.TextWrapWord
	items := []*widget.FormItem{{Text: i18n.T("Labels"), Widget: area}, {Widget: hint}}
	kit.ShowForm(i18n.T("Speakers' labels"), i18n.T("Save"), i18n.T("Cancel"), items, func(ok bool) {
		if !ok {
			return
		}
		labels, bad := parseLabels(area.Text)
		if len(bad) > 0 {
			dialog.ShowInformation(i18n.T("Speakers' labels"), i18n.TF("These cannot be labels: {{.Labels}}. A label starts with a letter and has at most three words, without a colon or other punctuation.",
				map[string]any{"Labels": strings.Join(bad, ", ")}), win)
		}
		if len(labels) == 0 {
			return
		}
		saveLabels(prefs, labels)
		r.set(withUsed(slices.Clip(labels), text))
	}, win)
}
