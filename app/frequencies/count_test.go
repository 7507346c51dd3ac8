package frequencies

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2/widget"

	"teema/app/kit"
	"teema/app/kit/kittest"
	"teema/coding/wordfreq"
	"teema/i18n"
	"teema/study"
)

func TestWordfreqTopWord(t *testing.T) {
	_, w := openStems(t, map[string]string{"eka.txt": asiakas})
	top := w.words.words[0]
	if !strings.HasPrefix(top.Word, "asiakaskokem") {
		t.Fatalf("top word %q, want the stem of asiakaskokemus", top.Word)
	}
	// H1 says it in four forms; the interviewer's three are left out.
	if top.Count != 4 {
		t.Errorf("count %d, want 4 (forms %v)", top.Count, top.Forms)
	}
	if got := cellText(w.table, 0, colCount); got != "4" {
		t.Errorf("count cell %q", got)
	}
	if w.progress.Visible() {
		t.Error("progress still shown")
	}

	w.interviewer.SetChecked(false)
	if w.words.words[0].Count != 7 {
		t.Errorf("with the interviewer: %d, want 7", w.words.words[0].Count)
	}
}

// TestWordfreqWindowNumbersInContext counts numbers and shows "covid19" in
// context, as counted, and keeps the word tallies that make later counts
// fast.
func TestWordfreqWindowNumbersInContext(t *testing.T) {
	h, db := kittest.New(t, map[string]string{"eka.txt": "H1: Covid19 muutti kaiken. Covid19 vei tapaamiset."})
	w := open(t, h)
	w.wordForms.SetSelected(kit.FormsLabel(study.FormsRaw))
	w.numbers.SetChecked(true)
	row := rowOf(w, "covid19")
	if row < 0 || w.words.rows[row].Count != 2 {
		t.Fatalf("covid19 not counted twice: %+v", w.words.rows)
	}
	w.table.Select(widget.TableCellID{Row: row})
	if len(w.lines.lines) != 2 {
		t.Errorf("covid19 counted twice, %d lines in context", len(w.lines.lines))
	}
	if tallies, _, err := db.WordTallies(wordfreq.TallyMode(wordfreq.Options{Numbers: true})); err != nil || len(tallies) != 1 {
		t.Errorf("the window kept %d word tallies (%v), want the interview's", len(tallies), err)
	}
}

func TestNumbersAreCountedOnRequest(t *testing.T) {
	h, _ := kittest.New(t, map[string]string{"eka.txt": "H1: Vuonna 2016 asiakkaita oli 2016 ja palvelu parani."})
	w := open(t, h)
	w.wordForms.SetSelected(kit.FormsLabel(study.FormsRaw))
	if rowOf(w, "2016") >= 0 {
		t.Fatal("numbers counted by default")
	}
	w.numbers.SetChecked(true)
	if rowOf(w, "2016") < 0 {
		t.Errorf("numbers not counted when asked: %v", w.words.words)
	}
}

// TestWordfreqSaysWhatStudySays: a count of nothing shows the notes the
// count made, as the command line does.
func TestWordfreqSaysWhatStudySays(t *testing.T) {
	h, db := kittest.New(t, nil)
	w := open(t, h)
	forms := study.NewForms()
	defer forms.Close()
	wc, err := study.CountWords(db, w.query(), forms)
	if err != nil || len(wc.Notes) == 0 {
		t.Fatalf("study says nothing of an empty project: %v", err)
	}
	if len(w.words.words) != 0 || !strings.Contains(w.note.Text, i18n.Say(wc.Notes[len(wc.Notes)-1])) {
		t.Errorf("note %q, want %q", w.note.Text, i18n.Lines(wc.Notes))
	}
}

func TestWordfreqWithoutVoikko(t *testing.T) {
	h, w := openStems(t, map[string]string{"eka.txt": asiakas})
	w.lemmasMissing("Voikko puuttuu")
	if !w.formsNote.Visible() || w.formsNote.Text != "Voikko puuttuu" {
		t.Errorf("note %q", w.formsNote.Text)
	}
	if slices.Contains(w.wordForms.Options, kit.FormsLabel(study.FormsLemma)) {
		t.Error("lemmas still offered")
	}
	// A refresh that changed no text (coding, say) does not count again.
	words := w.words.words
	h.S.Reload()
	if &w.words.words[0] != &words[0] {
		t.Error("counted again after a refresh that changed no text")
	}
}
