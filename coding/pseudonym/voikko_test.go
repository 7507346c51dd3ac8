package pseudonym_test

import (
	"fmt"
	"strings"
	"testing"

	"teema/coding/pseudonym"
	"teema/voikko"
)

// analyser is Voikko's, or the test is skipped where Voikko is missing.
func analyser(t *testing.T) pseudonym.Analyser {
	t.Helper()
	v, err := voikko.Open()
	if err != nil {
		t.Skipf("Voikko is not installed here (%v); install libvoikko1 and voikko-fi to run this test", err)
	}
	t.Cleanup(func() { v.Close() })
	return pseudonym.Cached(func(w string) []pseudonym.Reading {
		rs := v.Readings(w)
		out := make([]pseudonym.Reading, len(rs))
		for i, r := range rs {
			out[i] = pseudonym.Reading(r)
		}
		return out
	})
}

// A fictional interview: Kati speaks of her work at Calpro in Espoo, of
// Onni and of her superior Pekka Aalto; "onni" (luck), "aalto" (a wave)
// and "katille" (to a cat) are common words here.
var interview = []string{
	"Haastattelija: Kerro, miten aloitit työt Calprolla.",
	"Kati: Aloitin Espoossa vuonna 2015. Esimieheni Pekka Aalto otti minut vastaan, ja Aallolle soitin ensimmäisenä päivänä.",
	"Haastattelija: Entä Onni?",
	"Kati: Onni tuli taloon myöhemmin. Meillä Onnille annettiin Espoo-keskeinen projekti, ja Kati-täti eli minä autoin häntä.",
	"Haastattelija: Mitä Calpron asiakkaat sanoivat Katista?",
	"Kati: Kaikki kysyivät Katilta ja Katin tiimiltä. Työssä onni on tärkeää, sanoi Pekka aina, kun ensimmäinen aalto tuli.",
	"Haastattelija: Entä Virtaset?",
	"Kati: Virtasille kerroin Espoon-matkalla, että helsinkiläiset muuttivat Espooseen. Annoin ruokaa katille. Katillekin riitti työtä, ei Katiakaan unohdettu.",
}

// pseudonymised is the interview with the key below applied: every form
// with its ending, nothing else changed.
var pseudonymised = []string{
	"Haastattelija: Kerro, miten aloitit työt [yritys]llä.",
	"H2: Aloitin [kaupunki]ssa vuonna 2015. Esimieheni H4 otti minut vastaan, ja H4:lle soitin ensimmäisenä päivänä.",
	"Haastattelija: Entä H3?",
	"H2: H3 tuli taloon myöhemmin. Meillä H3:lle annettiin [kaupunki]-keskeinen projekti, ja H2-täti eli minä autoin häntä.",
	"Haastattelija: Mitä [yritys]en asiakkaat sanoivat H2:sta?",
	"H2: Kaikki kysyivät H2:lta ja H2:n tiimiltä. Työssä onni on tärkeää, sanoi H5 aina, kun ensimmäinen aalto tuli.",
	"Haastattelija: Entä H6:t?",
	"H2: H6:ille kerroin [kaupunki]n-matkalla, että [kaupunki]laiset muuttivat [kaupunki]in. Annoin ruokaa katille. H2:llekin riitti työtä, ei H2:takaan unohdettu.",
}

var key = pseudonym.Key{
	{Original: "Kati", Replacement: "H2"}, {Original: "Onni", Replacement: "H3"},
	{Original: "Pekka Aalto", Replacement: "H4"}, {Original: "Aalto", Replacement: "H4"}, {Original: "Pekka", Replacement: "H5"},
	{Original: "Virtanen", Replacement: "H6"}, {Original: "Espoo", Replacement: "[kaupunki]"},
	{Original: "Helsinki", Replacement: "[kaupunki]"}, {Original: "Calpro", Replacement: "[yritys]"},
}

// TestReplaceEveryForm replaces each form of a name with its ending, in
// compounds too, and leaves the common words that are spelt like names.
func TestReplaceEveryForm(t *testing.T) {
	a := analyser(t)
	k, err := key.Check()
	if err != nil {
		t.Fatal(err)
	}
	got, _ := pseudonym.NewReplacer(k, a).Replace(strings.Join(interview, "\n"))
	for i, line := range strings.Split(got, "\n") {
		if line != pseudonymised[i] {
			t.Errorf("line %d:\n%s\nwant\n%s", i+1, line, pseudonymised[i])
		}
	}
}

// TestFindNames groups each name's forms under its base form, tells
// persons from places, finds names inside compounds, marks the forms that
// may be common words, and lists the speaker labels.
func TestFindNames(t *testing.T) {
	cs := pseudonym.Find([]pseudonym.Text{{DocID: 1, Text: strings.Join(interview, "\n")}}, analyser(t))
	got := map[string]string{}
	for _, c := range cs {
		got[c.Word] = fmt.Sprintf("%s %d %v amb=%d speaker=%v likely=%v", c.Kind, c.Count, c.Forms, c.Ambiguous, c.Speaker, c.Likely())
	}
	for word, want := range map[string]string{
		"Kati":          "person 10 [Kati Kati-täti Katiakaan Katillekin Katilta Katin Katista] amb=1 speaker=true likely=true",
		"Onni":          "person 3 [Onni Onnille] amb=1 speaker=false likely=true",
		"Aalto":         "person 2 [Aallolle Aalto] amb=0 speaker=false likely=true",
		"Espoo":         "place 4 [Espoo-keskeinen Espoon-matkalla Espooseen Espoossa] amb=0 speaker=false likely=true",
		"Helsinki":      "place 1 [helsinkiläiset] amb=0 speaker=false likely=true",
		"Virtanen":      "person 2 [Virtaset Virtasille] amb=0 speaker=false likely=true",
		"Calpro":        "word 2 [Calprolla Calpron] amb=0 speaker=false likely=false",
		"Haastattelija": "speaker 4 [Haastattelija] amb=0 speaker=true likely=false",
	} {
		if got[word] != want {
			t.Errorf("%s: %s\n want %s", word, got[word], want)
		}
	}
	if _, ok := got["katille"]; ok {
		t.Error("the common word katille is listed")
	}
}
