package frequencies

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"teema/app/kit"
	"teema/app/kit/kittest"
	"teema/coding"
	"teema/i18n"
	"teema/study"
)

// TestProjectStopWordsLeaveWordsOut leaves the top word out through the
// dialog, as one step Undo takes back, and counts a listed stop word.
func TestProjectStopWordsLeaveWordsOut(t *testing.T) {
	h, db := kittest.New(t, map[string]string{"eka.txt": asiakas})
	w := open(t, h)
	w.wordForms.SetSelected(kit.FormsLabel(study.FormsRaw))
	top := w.words.words[0].Word
	w.editStopWords()
	added := kittest.Find(t, w.win, func(e *widget.Entry) bool { return e.PlaceHolder == i18n.T("one word a line") })
	test.Type(added, top)
	test.Tap(kittest.Button(t, w.win, i18n.T("Save")))
	if rowOf(w, top) >= 0 {
		t.Fatalf("%q still counted after leaving it out", top)
	}
	if !strings.Contains(w.stop.Text, "1") {
		t.Errorf("the check does not say the project has its own stop words: %q", w.stop.Text)
	}
	if own, _ := db.StopWords(); !slices.Equal(own.Added, []string{top}) {
		t.Errorf("saved stop words %v", own.Added)
	}
	h.S.Undo()
	if own, _ := db.StopWords(); len(own.Added) != 0 || rowOf(w, top) < 0 {
		t.Errorf("undo left %v, %q counted: %v", own.Added, top, rowOf(w, top) >= 0)
	}
	w.setStopWords(coding.StopWords{Kept: []string{"on"}})
	if rowOf(w, "on") < 0 {
		t.Error("a kept stop word is not counted")
	}
}
