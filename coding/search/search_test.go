package search

import (
	"sync"
	"testing"

	"teema/coding"
	"teema/coding/units"
	"teema/coding/wordfreq"
)

func TestWordsMatchByForm(t *testing.T) {
	same(t, "base form", find(t, "asiakas", Options{}),
		"1:asiakkaat", "1:Asiakkaat", "1:asiakkaan", "2:Asiakkaana")
	same(t, "an inflected form finds the others", find(t, "asiakkaan", Options{}),
		"1:asiakkaat", "1:Asiakkaat", "1:asiakkaan", "2:Asiakkaana")
	same(t, "as written", find(t, "asiakkaan", Options{Forms: wordfreq.Raw()}), "1:asiakkaan")
	same(t, "a speaker's label is no word", find(t, "h1", Options{}))
}

func TestPrefixMatchesTokenOrForm(t *testing.T) {
	same(t, "prefix", find(t, "analytiik*", Options{}), "3:Analytiikan")
	same(t, "prefix of compound parts", find(t, "analytiik*", Options{Compounds: true, Parts: fakeParts{}}),
		"1:Data-analytiikkaa", "3:tekstianalytiikasta", "3:Tekstianalytiikka", "3:Analytiikan")
	same(t, "prefix of the whole hyphenated word", find(t, "data-anal*", Options{}), "1:Data-analytiikkaa")
}

func TestPhraseIsWordsInARow(t *testing.T) {
	same(t, "phrase, each word in any form", find(t, `"oma yhteyshenkilö"`, Options{}),
		"1:Oma yhteyshenkilö", "2:Omaa yhteyshenkilöä")
	same(t, "not across a line", find(t, `"kysymyksiin asiakaskokemus"`, Options{}))
}

func TestCompoundParts(t *testing.T) {
	same(t, "without compounds", find(t, "asiakas", Options{}),
		"1:asiakkaat", "1:Asiakkaat", "1:asiakkaan", "2:Asiakkaana")
	same(t, "with compounds", find(t, "asiakas", Options{Compounds: true, Parts: fakeParts{}}),
		"1:asiakkaat", "1:Asiakkaat", "1:asiakkaan", "1:Asiakaskokemus", "1:kanta-asiakkaat", "1:Kanta-asiakkaalle", "2:Asiakkaana")
	same(t, "analytiikka in compounds", find(t, "analytiikka", Options{Compounds: true, Parts: fakeParts{}}),
		"1:Data-analytiikkaa", "3:tekstianalytiikasta", "3:Tekstianalytiikka", "3:Analytiikan")
	same(t, "without Voikko, the stem inside words", find(t, "analytiikka", Options{Compounds: true}),
		"1:Data-analytiikkaa", "3:tekstianalytiikasta", "3:Tekstianalytiikka", "3:Analytiikan")
}

func TestOnlyWordsWithTheFirstLettersAreAnalysed(t *testing.T) {
	p := fakeParts{asked: map[string]bool{}}
	find(t, "analytiikka", Options{Compounds: true, Parts: p})
	if p.asked["asiakaskokemus"] || p.asked["soittavat"] || !p.asked["tekstianalytiikka"] {
		t.Errorf("analysed %v", p.asked)
	}
}

func TestAndWithinEachUnit(t *testing.T) {
	for _, c := range []struct {
		scope units.Kind
		want  []string
	}{
		{units.Sentence, nil},
		{units.Paragraph, []string{"1:Oma", "1:Asiakaskokemus"}},
		{units.Turn, []string{"1:Oma", "1:Asiakaskokemus"}},
		{units.Document, []string{"1:Oma", "1:Asiakaskokemus"}},
	} {
		same(t, "oma asiakaskokemus in a "+c.scope.String(), find(t, "oma asiakaskokemus", Options{Scope: c.scope}), c.want...)
	}
	same(t, "a turn is not a paragraph", find(t, "asiakkaat tiedote IN paragraph", Options{}))
	same(t, "but the document is", find(t, "asiakkaat tiedote IN document", Options{}),
		"1:asiakkaat", "1:Asiakkaat", "1:asiakkaan", "1:tiedote")
	same(t, "the query names its unit", find(t, "oma asiakaskokemus IN turn", Options{Scope: units.Sentence}),
		"1:Oma", "1:Asiakaskokemus")
}

func TestOrAndLeavingOut(t *testing.T) {
	same(t, "OR", find(t, "tiedote OR kunta", Options{}), "1:tiedote", "2:kunta", "2:Kunta", "2:kunta")
	same(t, "TAI", find(t, "tiedote TAI kunta", Options{}), "1:tiedote", "2:kunta", "2:Kunta", "2:kunta")
	same(t, "-word leaves out its units", find(t, "kunta -vaativa", Options{}), "2:kunta", "2:Kunta")
	same(t, "-word in a turn", find(t, "asiakas -kysymys IN turn", Options{}), "1:asiakkaat", "2:Asiakkaana")
	same(t, "a hit two terms match is one", find(t, "asiakas OR asiakkaat", Options{}),
		"1:asiakkaat", "1:Asiakkaat", "1:asiakkaan", "2:Asiakkaana")
	same(t, "groups: (a and b) or c", find(t, "kunta palvelu OR tiedote", Options{Forms: wordfreq.Raw()}), "1:tiedote")
}

func TestWithinRanges(t *testing.T) {
	ix, load := index(t)
	// Only doc 2's last paragraph ("H2: Omaa yhteyshenkilöä ei ole.").
	within := func(d *Doc) ([]coding.Span, bool) {
		if d.ID != 2 {
			return nil, false
		}
		at := len([]rune(texts[2])) - len([]rune("Omaa yhteyshenkilöä ei ole."))
		return []coding.Span{{Start: at, End: at + 5}}, false
	}
	same(t, "hits begin inside the ranges", findIn(t, ix, load, `"oma yhteyshenkilö"`, Options{}, within), "2:Omaa yhteyshenkilöä")
	same(t, "outside them nothing", findIn(t, ix, load, "kunta", Options{}, within))
}

func TestTalliesSpareReading(t *testing.T) {
	ix := NewIndex([]string{"tiedote", "kunta", "rahoitus"})
	ix.Knows(1, []int32{0}, wordfreq.Finnish)
	ix.Knows(2, []int32{1}, wordfreq.Finnish)
	ix.Knows(3, []int32{2}, wordfreq.Finnish)
	_, load := index(t)
	var read []int64
	var mu sync.Mutex // Read reads in parallel
	counting := func(id int64) (coding.Document, wordfreq.Lang, error) {
		mu.Lock()
		read = append(read, id)
		mu.Unlock()
		return load(id)
	}
	same(t, "kunta", findIn(t, ix, counting, "kunta", Options{}, whole), "2:kunta", "2:Kunta", "2:kunta")
	if len(read) != 1 || read[0] != 2 {
		t.Errorf("read %v, want only the document whose tally has the word", read)
	}
	if err := ix.Read(allDocs, counting); err != nil || len(read) != 3 {
		t.Errorf("Read read %v, %v", read, err)
	}
}

func TestHitsSayWhereAndWho(t *testing.T) {
	ix, load := index(t)
	q, _ := Parse("tiedote")
	hits, err := ix.Search(q, Options{Forms: fakeForms{}, Scope: units.Sentence, Context: 12}, allDocs, whole, load)
	if err != nil || len(hits) != 1 {
		t.Fatalf("%v %v", hits, err)
	}
	h := hits[0]
	if h.Speaker != "H1" || h.Left() != " lähetetään " || h.Right() != ". Data-analy" || h.Form != "tiedote" || h.Term != "tiedote" {
		t.Errorf("%+v", h)
	}
	d, _ := ix.Doc(1)
	for k, want := range map[units.Kind]string{
		units.Hit:       "tiedote",
		units.Sentence:  "Kanta-asiakkaalle lähetetään tiedote.",
		units.Turn:      "Kanta-asiakkaalle lähetetään tiedote. Data-analytiikkaa käytetään vähän.",
		units.Paragraph: "Kanta-asiakkaalle lähetetään tiedote. Data-analytiikkaa käytetään vähän.",
	} {
		s := d.Around(k, h)
		if got := string([]rune(texts[1])[s.Start:s.End]); got != want {
			t.Errorf("%s: %q, want %q", k, got, want)
		}
	}
}

func TestCounts(t *testing.T) {
	ix, load := index(t)
	q, _ := Parse("asiakas")
	hits, _ := ix.Search(q, Options{Forms: fakeForms{}, Scope: units.Sentence}, allDocs, whole, load)
	c := Count(hits)
	if len(c.Docs) != 2 || c.Docs[0] != (DocCount{1, 3}) || c.Docs[1] != (DocCount{2, 1}) {
		t.Errorf("per document %+v", c.Docs)
	}
	if c.Forms[0] != (FormCount{Written: "asiakkaat", Form: "asiakas", Hits: 2, Docs: 1}) || len(c.Forms) != 3 {
		t.Errorf("per form %+v", c.Forms)
	}
}
