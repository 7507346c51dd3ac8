package study

import (
	"fmt"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"teema/coding/wordfreq"
	"teema/store"
	"teema/voikko"
)

func count(t *testing.T, p *store.Project, q WordQuery) WordCount {
	t.Helper()
	forms := NewForms()
	defer forms.Close()
	wc, err := CountWords(p, q, forms)
	if err != nil {
		t.Fatal(err)
	}
	if err := wc.Keep(); err != nil {
		t.Fatal(err)
	}
	return wc
}

func wordIn(t *testing.T, words []wordfreq.Word, word string) wordfreq.Word {
	t.Helper()
	for _, w := range words {
		if w.Word == word {
			return w
		}
	}
	t.Fatalf("%q not counted: %+v", word, words)
	return wordfreq.Word{}
}

// TestCountFromTallies: the first count reads the texts and keeps their
// tallies, the second reads the tallies, and both count what counting
// the texts themselves does.
func TestCountFromTallies(t *testing.T) {
	p := newProject(t)
	for _, q := range []WordQuery{
		{Forms: FormsStem, StopLists: StopLists, MinLen: 2, NoInterviewer: true},
		{Forms: FormsRaw, Numbers: true, Speakers: []string{"H1", "H3"}},
		{Forms: FormsRaw, PlainTokens: true, Where: map[string][]string{"ryhmä": {"Kunnat"}}},
	} {
		mode := wordfreq.TallyMode(wordfreq.Options{Numbers: q.Numbers, PlainTokens: q.PlainTokens})
		first := count(t, p, q)
		tallies, _, err := p.WordTallies(mode)
		if err != nil || len(tallies) != len(selection(t, p, q).Docs) {
			t.Fatalf("%+v: the count kept %d tallies (%v), want one per interview in scope", q, len(tallies), err)
		}
		second := count(t, p, q)
		texts := countTexts(t, p, q)
		if !reflect.DeepEqual(first.Result, second.Result) || !reflect.DeepEqual(first.Result.Words, texts.Words) {
			t.Errorf("%+v:\nfirst  %+v\nsecond %+v\ntexts  %+v", q, first.Result, second.Result, texts)
		}
	}
}

// countTexts counts the texts the query chooses, read and cut here.
func countTexts(t *testing.T, p *store.Project, q WordQuery) wordfreq.Result {
	t.Helper()
	o, _, err := q.options(p, NewForms())
	if err != nil {
		t.Fatal(err)
	}
	sel := selection(t, p, q)
	var texts []wordfreq.Text
	for _, d := range sel.Docs {
		doc, err := p.Document(d.ID)
		if err != nil {
			t.Fatal(err)
		}
		if tx, ok := sel.Text(doc); ok {
			texts = append(texts, tx)
		}
	}
	c := wordfreq.NewCounter(o)
	for _, tx := range texts {
		c.Add(tx)
	}
	return c.Result()
}

func selection(t *testing.T, p *store.Project, q WordQuery) *wordfreq.Selection {
	t.Helper()
	corpus, err := q.corpus(p)
	if err != nil {
		t.Fatal(err)
	}
	return q.scope().Select(corpus)
}

// TestConcordanceCountsNumbers: "covid19", counted twice with numbers
// on, has two lines in context, from the texts when the count came from
// the tallies.
func TestConcordanceCountsNumbers(t *testing.T) {
	p := newProject(t)
	q := WordQuery{Forms: FormsRaw, Numbers: true, StopLists: StopLists}
	count(t, p, q)
	word := wordIn(t, count(t, p, q).Result.Words, "covid19") // from the tallies
	forms := NewForms()
	defer forms.Close()
	lines, err := Concordance(p, q, word, 0, forms)
	if err != nil {
		t.Fatal(err)
	}
	if word.Count != 2 || len(lines) != 2 {
		t.Fatalf("covid19 counted %d times, %d lines: %+v", word.Count, len(lines), lines)
	}
	if lines[0].Token != "Covid19" || lines[1].Token != "covid19" || lines[0].DocID != docID(t, p, "Kunta A") {
		t.Errorf("lines %+v", lines)
	}
}

// TestConcordanceOfCodedText: limited to coded text, the count and its
// lines hold only the coded stretch.
func TestConcordanceOfCodedText(t *testing.T) {
	p := newProject(t)
	code(t, p, "Kunta A", "Covid19 muutti kaiken.", "Muutos", "maija")
	ids, err := CodeIDs(p, []string{"Muutos"})
	if err != nil {
		t.Fatal(err)
	}
	q := WordQuery{Forms: FormsRaw, Numbers: true, Codes: ids}
	word := wordIn(t, count(t, p, q).Result.Words, "covid19")
	forms := NewForms()
	defer forms.Close()
	lines, err := Concordance(p, q, word, 0, forms)
	if err != nil || word.Count != 1 || len(lines) != 1 {
		t.Errorf("covid19 coded once: counted %d, lines %+v (%v)", word.Count, lines, err)
	}
}

// TestCountLemmas counts Finnish base forms, English by stem, and says so.
func TestCountLemmas(t *testing.T) {
	v, err := voikko.Open()
	if err != nil {
		t.Skip("Voikko is not installed:", err)
	}
	v.Close()
	t.Setenv("XDG_CACHE_HOME", t.TempDir()) // Close saves Voikko's cache there
	p := newProject(t)
	q := WordQuery{StopLists: StopLists, MinLen: 2, NoInterviewer: true}
	wc := count(t, p, q)
	asiakas := wordIn(t, wc.Result.Words, "asiakas")
	if wc.Forms != FormsLemma || asiakas.Count != 3 {
		t.Errorf("forms %s, words %+v", wc.Forms, wc.Result.Words)
	}
	forms := NewForms()
	defer forms.Close()
	if lines, err := Concordance(p, q, asiakas, 0, forms); err != nil || len(lines) != 3 {
		t.Errorf("asiakas counted 3 times, lines %+v (%v)", lines, err)
	}
	if !hasNote(wc.Notes, noteEnglishStems) {
		t.Errorf("notes %v do not say the English interview was counted by stem", wc.Notes)
	}
	if path, err := voikko.DefaultCachePath(); err != nil || !exists(path) {
		t.Errorf("closing the forms kept no cache of base forms at %s (%v)", path, err)
	}
}

func TestCountNotes(t *testing.T) {
	p := newProject(t)
	wc := count(t, p, WordQuery{Forms: FormsRaw, Where: map[string][]string{"ryhmä": {"Ei ole"}}})
	if wc.Result.Docs != 0 || !hasNote(wc.Notes, noteNothingInScope) {
		t.Errorf("nothing in scope: %+v", wc)
	}
	empty, err := store.Create(filepath.Join(t.TempDir(), "tyhjä.teema"))
	if err != nil {
		t.Fatal(err)
	}
	defer empty.Close()
	if wc := count(t, empty, WordQuery{}); !hasNote(wc.Notes, noteNoTranscripts) {
		t.Errorf("an empty project's count says %v", wc.Notes)
	}
}

func TestCountRefusesUnknownSettings(t *testing.T) {
	p := newProject(t)
	forms := NewForms()
	defer forms.Close()
	_, err := CountWords(p, WordQuery{Forms: "juuri"}, forms)
	isKind(t, err, errForms)
	_, err = CountWords(p, WordQuery{StopLists: []string{"sv"}}, forms)
	isKind(t, err, errStopList)
}

// TestProjectStopWords: the project's own stop words apply with a list,
// and not without one.
func TestProjectStopWords(t *testing.T) {
	p := newProject(t)
	if _, err := p.SetStopWords(store.StopWords{Added: []string{"rahoitus"}, Kept: []string{"on"}}); err != nil {
		t.Fatal(err)
	}
	with := count(t, p, WordQuery{Forms: FormsRaw, StopLists: []string{"fi"}})
	for _, w := range with.Result.Words {
		if w.Word == "rahoitus" {
			t.Errorf("rahoitus counted though the project leaves it out")
		}
	}
	wordIn(t, with.Result.Words, "on")
	if len(with.Own.Added) != 1 {
		t.Errorf("own stop words %+v", with.Own)
	}
	without := count(t, p, WordQuery{Forms: FormsRaw})
	wordIn(t, without.Result.Words, "rahoitus")
}

// TestCountWithoutVoikko: lemmas asked for without Voikko are stems, and
// the count says why.
func TestCountWithoutVoikko(t *testing.T) {
	p := newProject(t)
	forms := NewForms()
	missing := voikko.ErrUnavailable.New(nil)
	forms.start.Do(func() { forms.err = missing; close(forms.ready) }) // as if Voikko had failed to open
	wc, err := CountWords(p, WordQuery{Forms: FormsLemma}, forms)
	if err != nil {
		t.Fatal(err)
	}
	if wc.Forms != FormsStem || len(wc.Notes) < 2 || wc.Notes[0].Kind != voikko.ErrUnavailable || wc.Notes[1].Kind != noteStems {
		t.Errorf("forms %s, notes %v", wc.Forms, wc.Notes)
	}
	if err := forms.Close(); err != nil {
		t.Error(err)
	}
}

// TestLongFinnishTextCountsFinnishLemmas imports a thesis: an English
// abstract and HTML left over from a web page, then pages of Finnish. It
// is counted as Finnish, by Finnish base forms, and says so; the count
// can also be told an interview's language.
func TestLongFinnishTextCountsFinnishLemmas(t *testing.T) {
	if v, err := voikko.Open(); err != nil {
		t.Skip("Voikko is not installed:", err)
	} else {
		v.Close()
	}
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	var b strings.Builder
	for b.Len() < 6000 {
		b.WriteString("Abstract. This thesis is about the customer experience of a service centre and what we know of it. " +
			"<div class=\"abstract\"><p>Keywords: customer experience, service</p></div>\n\n")
	}
	for i := 0; b.Len() < 100_000; i++ {
		fmt.Fprintf(&b, "Haastateltava %d kertoi, että asiakkaan kokemus syntyy palvelussa. Asiakkaan odotukset ja asiakkaiden palaute ohjaavat työtä, "+
			"ja yrityksen henkilöstö kuuntelee asiakasta.\n\n", i)
	}
	dir := t.TempDir()
	p, err := store.Create(filepath.Join(dir, "opinnayte.teema"))
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	if im := ImportFiles(p, writeFiles(t, dir, map[string]string{"opinnayte.txt": b.String()}), nil, nil); im.Added != 1 {
		t.Fatalf("imported %+v", im)
	}
	wc := count(t, p, WordQuery{StopLists: StopLists, MinLen: 2})
	for _, lemma := range []string{"asiakas", "yritys", "henkilöstö"} {
		if w := wordIn(t, wc.Result.Words, lemma); w.Count == 0 {
			t.Errorf("%s not counted; words %v", lemma, wc.Result.Words[:min(10, len(wc.Result.Words))])
		}
	}
	if hasNote(wc.Notes, noteEnglish) {
		t.Errorf("a Finnish thesis was counted as English: %v", wc.Notes)
	}
	docs, _ := p.Documents()
	en := count(t, p, WordQuery{Forms: FormsStem, Langs: map[int64]wordfreq.Lang{docs[0].ID: wordfreq.English}})
	if !hasNote(en.Notes, noteEnglish) || en.Result.DocLangs[docs[0].ID] != wordfreq.English {
		t.Errorf("told it is English, the count says %v", en.Notes)
	}
}
