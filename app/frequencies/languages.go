package frequencies

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"teema/coding"
	"teema/coding/wordfreq"
	"teema/i18n"
)

// langKey is the attribute that sets an interview's language; the count
// reads it before detecting the language from the text.
const langKey = "kieli"

// languageList lists the interviews with the language each was counted
// in, and lets the researcher set it: a guess from the text can be wrong
// for a short or mixed interview, and an English one is stemmed, not
// reduced to Finnish base forms. The choice is kept in the project as the
// interview's attribute kieli, so every count and the CLI follow it.
type languageList struct {
	w       *Window
	docs    []coding.DocumentInfo
	counted map[int64]wordfreq.Lang // as the last count took them
}

// editLanguages shows the interviews' languages.
func (w *Window) editLanguages() {
	l := &languageList{w: w, docs: w.docs, counted: w.langs}
	list := &widget.List{Length: l.length, CreateItem: l.createItem, UpdateItem: l.updateItem}
	list.ExtendBaseWidget(list)
	intro := widget.NewLabel(i18n.T("Each interview is counted as Finnish or English, as its text suggests unless you choose. English words are counted by stem."))
	intro.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustom(i18n.T("Languages of the interviews"), i18n.T("Close"), container.NewBorder(intro, nil, nil, nil, list), w.win)
	d.Resize(fyne.NewSize(560, 460))
	d.Show()
}

// choices of a language, by index: as detected, Finnish, English.
func langChoices() []string {
	return []string{i18n.T("As the text suggests"), i18n.T("Finnish"), i18n.T("English")}
}

func (l *languageList) length() int { return len(l.docs) }

func (l *languageList) createItem() fyne.CanvasObject {
	return container.NewBorder(nil, nil, nil, widget.NewSelect(langChoices(), nil), widget.NewLabel(""))
}

func (l *languageList) updateItem(i widget.ListItemID, o fyne.CanvasObject) {
	d := l.docs[i]
	row := o.(*fyne.Container)
	row.Objects[0].(*widget.Label).SetText(d.Name + " — " + countedAs(l.counted[d.ID]))
	sel := row.Objects[1].(*widget.Select)
	sel.OnChanged = nil
	sel.SetSelectedIndex(chosenLang(d.Attributes[langKey]))
	sel.OnChanged = func(string) { l.choose(d, sel.SelectedIndex()) }
}

// choose keeps a language for an interview, or forgets it (index 0), as
// an undoable change; the window counts again.
func (l *languageList) choose(d coding.DocumentInfo, index int) {
	value := []string{"", "fi", "en"}[index]
	if value != d.Attributes[langKey] {
		l.w.s.Do(coding.SetAttribute{DocID: d.ID, Key: langKey, Value: value})
	}
}

// chosenLang is the choice an attribute value makes: 0 when none.
func chosenLang(value string) int {
	switch wordfreq.ParseLang(value) {
	case wordfreq.Finnish:
		return 1
	case wordfreq.English:
		return 2
	}
	return 0
}

// countedAs says what language the last count took an interview for.
func countedAs(l wordfreq.Lang) string {
	switch l {
	case wordfreq.Finnish:
		return i18n.T("counted as Finnish")
	case wordfreq.English:
		return i18n.T("counted as English")
	}
	return i18n.T("not counted")
}
