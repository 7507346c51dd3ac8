package app

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2/widget"

	"teema/coding/lemma"
	"teema/coding/wordfreq"
)

const asiakas = "Haastattelija: Miten asiakaskokemus näkyy? Asiakaskokemus asiakaskokemus.\n\n" +
	"H1: Asiakaskokemus on meille tärkeä. Asiakaskokemuksen parantaminen vie aikaa, " +
	"ja asiakaskokemukset vaihtelevat. Palaute kertoo asiakaskokemuksesta."

// openWordfreq opens the window counting stems, so the test does not
// depend on Voikko.
func openWordfreq(t *testing.T) (*UI, *wordfreqWindow) {
	t.Helper()
	u, _ := newTestUI(t, map[string]string{"eka.txt": asiakas})
	w := (&wordfreqMenu{u: u}).open()
	t.Cleanup(w.win.Close)
	w.forms.SetSelected(T(formsStem))
	if len(w.words) == 0 {
		t.Fatal("no words counted")
	}
	return u, w
}

func TestWordfreqTopWord(t *testing.T) {
	_, w := openWordfreq(t)
	top := w.words[0]
	if !strings.HasPrefix(top.Word, "asiakaskokem") {
		t.Fatalf("top word %q, want the stem of asiakaskokemus", top.Word)
	}
	// H1 says it in four forms; the interviewer's three are left out.
	if top.Count != 4 {
		t.Errorf("count %d, want 4 (forms %v)", top.Count, top.Forms)
	}
	if got := w.cell(widget.TableCellID{Row: 0, Col: 1}); got != "4" {
		t.Errorf("count cell %q", got)
	}
	if w.progress.Visible() {
		t.Error("progress still shown")
	}

	w.interviewer.SetChecked(false)
	if w.words[0].Count != 7 {
		t.Errorf("with the interviewer: %d, want 7", w.words[0].Count)
	}
}

func TestWordfreqConcordance(t *testing.T) {
	u, w := openWordfreq(t)
	w.table.Select(widget.TableCellID{Row: 0, Col: 0})
	if len(w.lines) != 4 {
		t.Fatalf("%d concordance lines, want 4: %+v", len(w.lines), w.lines)
	}
	l := w.lines[1]
	if l.word != "Asiakaskokemuksen" || !strings.HasSuffix(l.left, "tärkeä. ") || !strings.HasPrefix(l.right, " parantaminen") {
		t.Errorf("line %+v", l)
	}
	w.conc.Select(1)
	if u.s.doc == nil || u.s.doc.ID != l.doc {
		t.Fatal("the transcript did not open")
	}
	if got := string([]rune(u.s.doc.Text)[l.start:l.end]); got != "Asiakaskokemuksen" {
		t.Errorf("jumped to %q", got)
	}
}

func TestWordfreqScopeAndCSV(t *testing.T) {
	_, w := openWordfreq(t)
	w.attr.SetSelected("ryhmä")
	if w.value.Selected != "Kunnat" || len(w.words) == 0 {
		t.Fatalf("value %q, %d words", w.value.Selected, len(w.words))
	}
	var buf bytes.Buffer
	if err := writeWordsCSV(&buf, []wordfreq.Word{{Word: "=sum", Count: 2, Docs: 1, Share: 0.5, Forms: []string{"=sum"}}}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), "'=sum,2,50.0000,1,'=sum") {
		t.Errorf("CSV %q", buf.String())
	}
	w.tabs.SelectIndex(1)
	if len(w.chart.Objects) != min(len(w.words), chartWords) {
		t.Errorf("%d bars for %d words", len(w.chart.Objects), len(w.words))
	}
}

func TestWordfreqWithoutVoikko(t *testing.T) {
	_, w := openWordfreq(t)
	w.voikkoMissing(lemma.ErrUnavailable)
	if !w.formsNote.Visible() || !strings.Contains(w.formsNote.Text, "Voikko") {
		t.Errorf("note %q", w.formsNote.Text)
	}
	if slices.Contains(w.forms.Options, T(formsLemma)) {
		t.Error("lemmas still offered")
	}
	// A refresh that changed no text (coding, say) does not count again.
	words := w.words
	w.s.reloadAndRefresh()
	if &w.words[0] != &words[0] {
		t.Error("counted again after a refresh that changed no text")
	}
}
