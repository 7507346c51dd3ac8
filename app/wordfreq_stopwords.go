package app

import (
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"teema/assets"
	"teema/store"
)

// loadStopWords reads the project's own changes to the stop-word lists
// and says on the check which lists are active.
func (w *wordfreqWindow) loadStopWords() {
	own, err := w.s.Project().StopWords()
	if err != nil {
		w.s.Fail(err)
	}
	w.stopWords = own
	label := T("Leave out stop words")
	if n := len(own.Added) + len(own.Kept); n > 0 {
		label += " " + TF("(+ {{.N}} of the project's own)", map[string]any{"N": n})
	}
	w.stop.Text = label
	w.stop.Refresh()
}

// setStopWords saves the project's stop words and counts again.
func (w *wordfreqWindow) setStopWords(own store.StopWords) {
	if w.s.Project().ReadOnly() {
		dialog.ShowInformation(T("Stop words"), T("This project is open read-only."), w.win)
		return
	}
	if _, err := w.s.Project().SetStopWords(own); err != nil {
		w.s.Fail(err)
		return
	}
	w.loadStopWords()
	w.recompute()
}

// leaveOut adds a word of the table to the project's stop words.
func (w *wordfreqWindow) leaveOut(word string) {
	own := w.stopWords
	own.Kept = slices.DeleteFunc(slices.Clone(own.Kept), func(k string) bool { return k == word })
	own.Added = append(slices.Clone(own.Added), word)
	w.setStopWords(own)
}

// editStopWords shows the active lists and lets the researcher add words
// to leave out, and take listed words back into the count.
func (w *wordfreqWindow) editStopWords() {
	own := w.stopWords
	var lists []string
	for _, l := range stopLists {
		words, _ := assets.StopWords(l)
		lists = append(lists, TF("{{.List}} ({{.N}} words)", map[string]any{"List": T(listName(l)), "N": len(words)}))
	}
	added := widget.NewMultiLineEntry()
	added.SetText(strings.Join(own.Added, "\n"))
	added.SetPlaceHolder(T("one word a line"))
	kept := widget.NewMultiLineEntry()
	kept.SetText(strings.Join(own.Kept, "\n"))
	kept.SetPlaceHolder(T("one word a line"))
	form := container.NewVBox(
		widget.NewLabel(T("Shipped lists in use")+": "+strings.Join(lists, ", ")),
		widget.NewLabelWithStyle(T("Leave out these words too"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		container.NewGridWrap(fyne.NewSize(420, 150), added),
		widget.NewLabelWithStyle(T("Count these words even though a list has them"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		container.NewGridWrap(fyne.NewSize(420, 110), kept),
		widget.NewLabel(T("These changes are saved in the project and apply to every coder.")),
	)
	d := dialog.NewCustomConfirm(T("Stop words"), T("Save"), T("Cancel"), form, func(ok bool) {
		if ok {
			w.setStopWords(store.StopWords{Added: strings.Split(added.Text, "\n"), Kept: strings.Split(kept.Text, "\n")})
		}
	}, w.win)
	d.Show()
}

func listName(code string) string {
	if code == "fi" {
		return "Finnish"
	}
	return "English"
}
