package frequencies

import (
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"teema/assets"
	"teema/coding"
	"teema/i18n"
	"teema/study"
)

// loadStopWords reads the project's own changes to the stop-word lists,
// says on the check which lists are active, and reports whether they
// changed since last read.
func (w *Window) loadStopWords() bool {
	own, err := w.s.Project().StopWords()
	if err != nil {
		w.fail(err)
	}
	changed := !same(own, w.stopWords)
	w.stopWords = own
	label := i18n.T("Leave out stop words")
	if n := len(own.Added) + len(own.Kept); n > 0 {
		label += " " + i18n.TF("(+ {{.N}} of the project's own)", map[string]any{"N": n})
	}
	w.stop.Text = label
	w.stop.Refresh()
	return changed
}

// setStopWords changes the project's stop words, as a step Undo takes
// back; the count follows with the session's refresh.
func (w *Window) setStopWords(own coding.StopWords) {
	if own = own.Clean(); !same(own, w.stopWords) {
		w.s.Do(coding.SetStopWords{StopWords: own})
	}
}

func same(a, b coding.StopWords) bool {
	return slices.Equal(a.Added, b.Added) && slices.Equal(a.Kept, b.Kept)
}

// editStopWords shows the active lists and lets the researcher add words
// to leave out, and take listed words back into the count.
func (w *Window) editStopWords() {
	own := w.stopWords
	added, kept := wordsEntry(own.Added), wordsEntry(own.Kept)
	form := container.NewVBox(
		widget.NewLabel(i18n.T("Shipped lists in use")+": "+shippedLists()),
		widget.NewLabelWithStyle(i18n.T("Leave out these words too"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		container.NewGridWrap(fyne.NewSize(420, 150), added),
		widget.NewLabelWithStyle(i18n.T("Count these words even though a list has them"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		container.NewGridWrap(fyne.NewSize(420, 110), kept),
		widget.NewLabel(i18n.T("These changes are saved in the project and apply to every coder.")),
	)
	d := dialog.NewCustomConfirm(i18n.T("Stop words"), i18n.T("Save"), i18n.T("Cancel"), form, func(ok bool) {
		if ok {
			w.setStopWords(coding.StopWords{Added: strings.Split(added.Text, "\n"), Kept: strings.Split(kept.Text, "\n")})
		}
	}, w.win)
	d.Show()
}

// wordsEntry edits a list of words, one a line.
func wordsEntry(words []string) *widget.Entry {
	e := widget.NewMultiLineEntry()
	e.SetText(strings.Join(words, "\n"))
	e.SetPlaceHolder(i18n.T("one word a line"))
	return e
}

// shippedLists names the stop-word lists Teema ships, with their sizes.
func shippedLists() string {
	var lists []string
	for _, l := range study.StopLists {
		words, _ := assets.StopWords(l)
		name := i18n.T("English")
		if l == "fi" {
			name = i18n.T("Finnish")
		}
		lists = append(lists, i18n.TF("{{.List}} ({{.N}} words)", map[string]any{"List": name, "N": len(words)}))
	}
	return strings.Join(lists, ", ")
}
