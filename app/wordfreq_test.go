package app

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
	"github.com/xuri/excelize/v2"

	"teema/coding"
	"teema/coding/wordfreq"
	"teema/store"
	"teema/store/chart"
	"teema/store/workbook"
	vk "teema/voikko"
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
	if u.s.Doc() == nil || u.s.Doc().ID != l.doc {
		t.Fatal("the transcript did not open")
	}
	if got := string([]rune(u.s.Doc().Text)[l.start:l.end]); got != "Asiakaskokemuksen" {
		t.Errorf("jumped to %q", got)
	}
}

func TestWordfreqScopeAndExports(t *testing.T) {
	_, w := openWordfreq(t)
	w.attr.SetSelected("ryhmä")
	if w.value.Selected != "Kunnat" || len(w.words) == 0 {
		t.Fatalf("value %q, %d words", w.value.Selected, len(w.words))
	}
	dir := t.TempDir()
	w.saveTo(writer(t, filepath.Join(dir, "w.xlsx")), func(out io.Writer) error {
		return workbook.WriteWords(out, workbook.Words{Words: w.words}, uiLang())
	})
	f, err := excelize.OpenFile(filepath.Join(dir, "w.xlsx"))
	if err != nil {
		t.Fatalf("the exported workbook does not open: %v (note %q)", err, w.note.Text)
	}
	defer f.Close()
	if v, _ := f.GetCellValue("Words", "B2"); v != strconv.Itoa(w.words[0].Count) {
		t.Errorf("B2 = %q, want %d", v, w.words[0].Count)
	}
	w.tabs.Select(w.tabChart)
	if len(w.chart.Objects) != min(len(w.words), chartWords) {
		t.Errorf("%d bars for %d words", len(w.chart.Objects), len(w.words))
	}
	w.tabs.Select(w.tabCloud)
	png := filepath.Join(dir, "c.png")
	w.saveTo(writer(t, png), func(out io.Writer) error {
		_, err := chart.Cloud(out, "pilvi", w.cloudWords())
		return err
	})
	if b, err := os.ReadFile(png); err != nil || !bytes.HasPrefix(b, []byte("\x89PNG")) {
		t.Errorf("cloud picture: %v", err)
	}
}

func writer(t *testing.T, path string) fyne.URIWriteCloser {
	t.Helper()
	w, err := storage.Writer(storage.NewFileURI(path))
	if err != nil {
		t.Fatal(err)
	}
	return w
}

func TestTappingACloudWordShowsItInContext(t *testing.T) {
	_, w := openWordfreq(t)
	w.tabs.Select(w.tabCloud)
	w.win.Resize(fyne.NewSize(900, 700))
	placed, _ := w.cloud.Placed()
	if len(placed) != min(len(w.words), cloudWords) {
		t.Fatalf("%d words in the cloud, %d counted", len(placed), len(w.words))
	}
	p := placed[0]
	test.TapAt(w.cloud, fyne.NewPos(p.X+p.W/2, p.Y+p.H/2))
	if w.tabs.Selected() != w.tabTable || len(w.lines) != w.words[0].Count {
		t.Errorf("tab %q, %d lines for %q", w.tabs.Selected().Text, len(w.lines), p.Text)
	}
}

func TestProjectStopWordsLeaveWordsOut(t *testing.T) {
	_, w := openWordfreq(t)
	top := w.words[0].Word
	w.leaveOut(top)
	if slices.ContainsFunc(w.words, func(wd wordfreq.Word) bool { return wd.Word == top }) {
		t.Fatalf("%q still counted after leaving it out", top)
	}
	if !strings.Contains(w.stop.Text, "1") {
		t.Errorf("the check does not say the project has its own stop words: %q", w.stop.Text)
	}
	q, err := store.OpenReadOnly(w.s.Project().Path())
	if err != nil {
		t.Fatal(err)
	}
	defer q.Close()
	if own, _ := q.StopWords(); !slices.Equal(own.Added, []string{top}) {
		t.Errorf("saved stop words %v", own.Added)
	}
	w.setStopWords(store.StopWords{Kept: []string{"on"}})
	if !slices.ContainsFunc(w.words, func(wd wordfreq.Word) bool { return wd.Word == "on" }) {
		t.Error("a kept stop word is not counted")
	}
}

func TestCompareGroups(t *testing.T) {
	u, _ := newTestUI(t, map[string]string{"eka.txt": asiakas, "toka.txt": "H2: Palvelut toimivat. Palvelu on nopeaa ja palvelut pelaavat."})
	if !u.s.Do(coding.SetAttribute{DocID: docID(t, u, "toka"), Key: "ryhmä", Value: "Yhteisöt"}) {
		t.Fatal("attribute not set")
	}
	w := (&wordfreqMenu{u: u}).open()
	t.Cleanup(w.win.Close)
	w.forms.SetSelected(T(formsStem))
	c := w.compare
	if c.attr.Selected != "ryhmä" || c.a.Selected != "Kunnat" || c.b.Selected != "Yhteisöt" {
		t.Fatalf("compare offers %q: %q against %q", c.attr.Selected, c.a.Selected, c.b.Selected)
	}
	test.Tap(c.run)
	if len(c.keys) == 0 {
		t.Fatalf("no comparison: %q", c.note.Text)
	}
	side := map[string]string{}
	for i, k := range c.keys {
		side[k.Word] = c.cell(widget.TableCellID{Row: i, Col: 4})
	}
	if side["asiakaskokemu"]+side["asiakaskokemus"] != "Kunnat" || side["palvelu"] != "Yhteisöt" {
		t.Errorf("characteristic of: %v", side)
	}
}

func TestCodeCloudFollowsTheCoding(t *testing.T) {
	u, _ := newTestUI(t, map[string]string{"eka.txt": asiakas})
	w := (&wordfreqMenu{u: u}).open()
	t.Cleanup(w.win.Close)
	w.tabs.Select(w.codes.tab)
	if len(w.codes.words()) != 0 || !strings.Contains(w.codes.note.Text, T("Nothing is coded yet: code some text and the codes appear here.")) {
		t.Fatalf("an uncoded project: %v, %q", w.codes.words(), w.codes.note.Text)
	}
	codeText(t, u, "eka", "Asiakaskokemus on meille tärkeä", "Asiakaskokemukset/Asiakkuus")
	words := w.codes.words()
	if len(words) == 0 || words[0].Weight != 1 {
		t.Fatalf("after coding: %v", words)
	}
}

func TestSharesUseTheUILanguage(t *testing.T) {
	if got := decimal(12.345, 2); got != "12.35" && got != "12,35" {
		t.Errorf("decimal %q", got)
	}
	if uiLang() == "fi" && decimal(0.5, 1) != "0,5" {
		t.Error("Finnish without a decimal comma")
	}
}

func TestWordfreqWithoutVoikko(t *testing.T) {
	_, w := openWordfreq(t)
	w.voikkoMissing(vk.ErrUnavailable)
	if !w.formsNote.Visible() || !strings.Contains(w.formsNote.Text, "Voikko") {
		t.Errorf("note %q", w.formsNote.Text)
	}
	if slices.Contains(w.forms.Options, T(formsLemma)) {
		t.Error("lemmas still offered")
	}
	// A refresh that changed no text (coding, say) does not count again.
	words := w.words
	w.s.Reload()
	if &w.words[0] != &words[0] {
		t.Error("counted again after a refresh that changed no text")
	}
}

func TestWordTableSortsByTheTappedColumn(t *testing.T) {
	_, w := openWordfreq(t)
	head := w.createHeader().(*widget.Button)
	w.updateHeader(widget.TableCellID{Row: -1, Col: colWord}, head)
	test.Tap(head)
	if !slices.IsSortedFunc(w.rows, func(a, b wordfreq.Word) int { return strings.Compare(a.Word, b.Word) }) {
		t.Fatalf("not A to Z after tapping Word: %v", w.rows)
	}
	w.updateHeader(widget.TableCellID{Row: -1, Col: colWord}, head)
	if !strings.HasSuffix(head.Text, "▲") {
		t.Errorf("head %q does not show the order", head.Text)
	}
	test.Tap(head)
	if w.rows[0].Word < w.rows[len(w.rows)-1].Word {
		t.Error("a second tap did not reverse the order")
	}
	// The table's order is the table's: the cloud and chart keep the counts'.
	if w.words[0].Count < w.words[len(w.words)-1].Count {
		t.Error("sorting the table reordered the counted words")
	}
	w.table.Select(widget.TableCellID{Row: 0})
	if !strings.Contains(w.concTitle.Text, w.rows[0].Word) {
		t.Errorf("row 0 is %q, the concordance shows %q", w.rows[0].Word, w.concTitle.Text)
	}
}

func TestTappingABarShowsTheWordInContext(t *testing.T) {
	_, w := openWordfreq(t)
	w.tabs.Select(w.tabChart)
	row := w.chart.Objects[0].(*fyne.Container)
	test.Tap(row.Objects[0].(*widget.Button))
	if w.tabs.Selected() != w.tabTable || len(w.lines) == 0 {
		t.Errorf("tab %q, %d lines", w.tabs.Selected().Text, len(w.lines))
	}
}

func TestCountOnlyCodedTextOrChosenSpeakers(t *testing.T) {
	u, _ := newTestUI(t, map[string]string{"eka.txt": asiakas, "toka.txt": "H2: Palvelut toimivat. Palvelu on nopeaa ja palvelut pelaavat."})
	codeText(t, u, "eka", "Asiakaskokemus on meille tärkeä", "Asiakaskokemukset/Asiakkuus")
	w := (&wordfreqMenu{u: u}).open()
	t.Cleanup(w.win.Close)
	w.forms.SetSelected(T(formsRaw))
	theme, _ := u.s.Book().Lookup("Asiakaskokemukset")
	w.setLimit(wordLimit{codes: []int64{theme.ID}})
	got := map[string]int{}
	for _, wd := range w.words {
		got[wd.Word] = wd.Count
	}
	if len(got) != 2 || got["asiakaskokemus"] != 1 || got["tärkeä"] != 1 { // "meille" is a stop word
		t.Errorf("coded text only (with the theme's sub-codes): %v", got)
	}
	if !w.limitNote.Visible() || !strings.Contains(w.limitNote.Text, "1") {
		t.Errorf("the limit is not shown: %q", w.limitNote.Text)
	}
	// Coding more text counts it at once.
	codeText(t, u, "eka", "Palaute kertoo asiakaskokemuksesta", "Asiakaskokemukset/Palvelut")
	u.s.Reload()
	if !slices.ContainsFunc(w.words, func(wd wordfreq.Word) bool { return wd.Word == "palaute" }) {
		t.Errorf("newly coded text not counted: %v", w.words)
	}
	w.setLimit(wordLimit{speakers: []string{"H2"}})
	if len(w.words) == 0 || !slices.ContainsFunc(w.words, func(wd wordfreq.Word) bool { return wd.Word == "palvelut" }) ||
		slices.ContainsFunc(w.words, func(wd wordfreq.Word) bool { return wd.Word == "asiakaskokemus" }) {
		t.Errorf("H2 only: %v", w.words)
	}
	w.setLimit(wordLimit{speakers: []string{"H2"}, docs: []int64{docID(t, u, "eka")}})
	if len(w.words) != 0 || !strings.Contains(w.note.Text, T("Nothing to count: the chosen interviews, codes and speakers share no text.")) {
		t.Errorf("an empty limit: %q", w.note.Text)
	}
	test.Tap(w.limitClear)
	if !w.limit.empty() || w.limitNote.Visible() {
		t.Error("Count all left a limit")
	}
	c, err := w.limitChoices()
	if err != nil || len(c.docs) != 2 || !slices.Contains(c.speakers, "H1") || !slices.Contains(c.paths, "Asiakaskokemukset/Asiakkuus") {
		t.Errorf("choices %+v, %v", c, err)
	}
}

func TestWordfreqOnAnEmptyProjectSaysWhatToDo(t *testing.T) {
	u, _ := newTestUI(t, nil)
	w := (&wordfreqMenu{u: u}).open()
	t.Cleanup(w.win.Close)
	if len(w.words) != 0 || !strings.Contains(w.note.Text, T("No transcripts yet: import them with File → Import transcripts, and their words are counted here.")) {
		t.Errorf("note %q", w.note.Text)
	}
}

func TestNumbersAreCountedOnRequest(t *testing.T) {
	u, _ := newTestUI(t, map[string]string{"eka.txt": "H1: Vuonna 2016 asiakkaita oli 2016 ja palvelu parani."})
	w := (&wordfreqMenu{u: u}).open()
	t.Cleanup(w.win.Close)
	w.forms.SetSelected(T(formsRaw))
	has := func(word string) bool {
		return slices.ContainsFunc(w.words, func(wd wordfreq.Word) bool { return wd.Word == word })
	}
	if has("2016") {
		t.Fatal("numbers counted by default")
	}
	w.numbers.SetChecked(true)
	if !has("2016") {
		t.Errorf("numbers not counted when asked: %v", w.words)
	}
}
