package frequencies

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"teema/app/kit"
	"teema/app/kit/kittest"
	"teema/i18n"
	"teema/study"
)

func TestCountOnlyCodedTextOrChosenSpeakers(t *testing.T) {
	h, _ := kittest.New(t, map[string]string{"eka.txt": asiakas, "toka.txt": toka})
	h.CodeText(t, "eka", "Asiakaskokemus on meille tärkeä", "Asiakaskokemukset/Asiakkuus")
	w := open(t, h)
	w.wordForms.SetSelected(kit.FormsLabel(study.FormsRaw))
	theme, _ := h.S.Book().Lookup("Asiakaskokemukset")
	w.setLimit(wordLimit{codes: []int64{theme.ID}})
	got := map[string]int{}
	for _, wd := range w.words.words {
		got[wd.Word] = wd.Count
	}
	if len(got) != 2 || got["asiakaskokemus"] != 1 || got["tärkeä"] != 1 { // "meille" is a stop word
		t.Errorf("coded text only (with the theme's sub-codes): %v", got)
	}
	if !w.limitNote.Visible() || !strings.Contains(w.limitNote.Text, "1") {
		t.Errorf("the limit is not shown: %q", w.limitNote.Text)
	}
	// Coding more text counts it at once.
	h.CodeText(t, "eka", "Palaute kertoo asiakaskokemuksesta", "Asiakaskokemukset/Palvelut")
	if rowOf(w, "palaute") < 0 {
		t.Errorf("newly coded text not counted: %v", w.words.words)
	}

	test.Tap(w.limitClear)
	if !w.limit.empty() || w.limitNote.Visible() {
		t.Error("Count all left a limit")
	}
	tickSpeaker(t, w, "H2")
	if rowOf(w, "palvelut") < 0 || rowOf(w, "asiakaskokemus") >= 0 {
		t.Errorf("H2 only: %v", w.words.words)
	}
	w.setLimit(wordLimit{speakers: []string{"H2"}, docs: []int64{h.DocID(t, "eka")}})
	if len(w.words.words) != 0 || !strings.Contains(w.note.Text, i18n.T("Nothing to count: the chosen interviews, codes and speakers share no text.")) {
		t.Errorf("an empty limit: %q", w.note.Text)
	}
}

// tickSpeaker counts only a speaker's turns through the dialog.
func tickSpeaker(t *testing.T, w *Window, speaker string) {
	t.Helper()
	w.editLimit()
	// The dialog's tabs: interviews, codes, speakers.
	tabs := kittest.Find(t, w.win, func(a *container.AppTabs) bool { return len(a.Items) == 3 })
	tabs.SelectIndex(2)
	kittest.Find(t, w.win, func(c *widget.Check) bool { return c.Text == speaker }).SetChecked(true)
	test.Tap(kittest.Button(t, w.win, i18n.T("Count these")))
}
