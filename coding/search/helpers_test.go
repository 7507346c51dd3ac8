package search

import (
	"fmt"
	"strings"
	"testing"

	"teema/coding"
	"teema/coding/units"
	"teema/coding/wordfreq"
)

// Fictional interviews of a payroll service's customers, with speaker
// turns, several sentences a turn and a paragraph of two lines.
var texts = map[int64]string{
	1: "Haastattelija: Miten asiakkaat ottavat yhteyttä?\n\n" +
		"H1: Asiakkaat soittavat yleensä. Oma yhteyshenkilö vastaa asiakkaan kysymyksiin.\n" +
		"Asiakaskokemus on parantunut.\n\n" +
		"Haastattelija: Entä kanta-asiakkaat?\n\n" +
		"H1: Kanta-asiakkaalle lähetetään tiedote. Data-analytiikkaa käytetään vähän.",
	2: "Haastattelija: Mitä kunta odottaa?\n\n" +
		"H2: Kunta odottaa nopeaa palvelua. Asiakkaana kunta on vaativa.\n\n" +
		"H2: Omaa yhteyshenkilöä ei ole.",
	3: "Haastattelija: Kertokaa tekstianalytiikasta.\n\n" +
		"H3: Tekstianalytiikka on uutta. Analytiikan hyödyt näkyvät myöhemmin.",
}

// lemmas are the base forms a fake Voikko gives; other words are their own.
var lemmas = map[string]string{
	"asiakkaat": "asiakas", "asiakkaan": "asiakas", "asiakkaana": "asiakas", "kanta-asiakkaat": "kanta-asiakas",
	"kanta-asiakkaalle": "kanta-asiakas", "soittavat": "soittaa", "analytiikkaa": "analytiikka",
	"data-analytiikkaa": "data-analytiikka", "analytiikan": "analytiikka", "tekstianalytiikasta": "tekstianalytiikka",
	"omaa": "oma", "yhteyshenkilöä": "yhteyshenkilö", "odottaa": "odottaa", "kysymyksiin": "kysymys",
}

// compounds are the fake Voikko's parts of compounds, of their base
// forms and of some inflected forms.
var compounds = map[string][]string{
	"kanta-asiakas":       {"kanta", "asiakas"},
	"data-analytiikka":    {"data", "analytiikka"},
	"asiakaskokemus":      {"asiakas", "kokemus"},
	"kanta-asiakkaat":     {"kanta", "asiakas"},
	"kanta-asiakkaalle":   {"kanta", "asiakas"},
	"data-analytiikkaa":   {"data", "analytiikka"},
	"tekstianalytiikasta": {"teksti", "analytiikka"},
	"tekstianalytiikka":   {"teksti", "analytiikka"},
	"yhteyshenkilö":       {"yhteys", "henkilö"},
	"yhteyshenkilöä":      {"yhteys", "henkilö"},
}

type fakeForms struct{}

func (fakeForms) Name() string { return "lemma" }

func (fakeForms) Form(tok string, _ wordfreq.Lang) string {
	if l, ok := lemmas[tok]; ok {
		return l
	}
	return tok
}

type fakeParts struct{ asked map[string]bool }

func (p fakeParts) Parts(word string) []string {
	if p.asked != nil {
		p.asked[word] = true
	}
	return compounds[word]
}

// index reads the fixtures into a fresh index, as a search reads them.
func index(t *testing.T) (*Index, Loader) {
	t.Helper()
	ix := NewIndex(nil)
	return ix, func(id int64) (coding.Document, wordfreq.Lang, error) {
		text, ok := texts[id]
		if !ok {
			return coding.Document{}, 0, fmt.Errorf("no document %d", id)
		}
		return coding.Document{ID: id, Text: text, Turns: coding.ParseTurns(text)}, wordfreq.Finnish, nil
	}
}

var allDocs = []int64{1, 2, 3}

func whole(*Doc) ([]coding.Span, bool) { return nil, true }

// find searches the fixtures and lists the hits as "doc:words".
func find(t *testing.T, query string, o Options) []string {
	t.Helper()
	ix, load := index(t)
	return findIn(t, ix, load, query, o, whole)
}

func findIn(t *testing.T, ix *Index, load Loader, query string, o Options, within Within) []string {
	t.Helper()
	q, err := Parse(query)
	if err != nil {
		t.Fatalf("%q: %v", query, err)
	}
	if o.Forms == nil {
		o.Forms = fakeForms{}
	}
	if o.Scope == units.Hit {
		o.Scope = units.Sentence
	}
	hits, err := ix.Search(q, o, allDocs, within, load)
	if err != nil {
		t.Fatal(err)
	}
	out := make([]string, len(hits))
	for i, h := range hits {
		out[i] = fmt.Sprintf("%d:%s", h.DocID, h.Text)
		if got := []rune(texts[h.DocID])[h.Start:h.End]; string(got) != h.Text {
			t.Errorf("%q: hit %q at %d–%d, where the text says %q", query, h.Text, h.Start, h.End, string(got))
		}
	}
	return out
}

func same(t *testing.T, what string, got []string, want ...string) {
	t.Helper()
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("%s:\n got %q\nwant %q", what, got, want)
	}
}
