package wordfreq

import (
	"strings"
	"testing"
)

func TestStemmers(t *testing.T) {
	same := func(s Stemmer, words ...string) {
		t.Helper()
		want := s.Stem(words[0])
		for _, w := range words[1:] {
			if got := s.Stem(w); got != want {
				t.Errorf("Stem(%q) = %q, Stem(%q) = %q: want one stem", words[0], want, w, got)
			}
		}
	}
	same(FinnishStemmer, "asiakaskokemus", "asiakaskokemuksen", "asiakaskokemukset", "asiakaskokemuksia", "asiakaskokemusten", "asiakaskokemukseen")
	same(FinnishStemmer, "tapaaminen", "tapaamisen", "tapaamiset", "tapaamisissa")
	same(FinnishStemmer, "palvelu", "palvelun", "palveluissa", "palveluja")
	same(FinnishStemmer, "järjestelmä", "järjestelmät", "järjestelmien")
	same(EnglishStemmer, "service", "services", "serviced")
	same(EnglishStemmer, "run", "running", "runs")
	if got := FinnishStemmer.Stem("asiakaskokemuksen"); got != "asiakaskokemus" {
		t.Errorf("asiakaskokemuksen → %q", got)
	}
	if got := FinnishStemmer.Stem("hr-yksikköön"); !strings.HasPrefix(got, "hr-yksik") {
		t.Errorf("a hyphenated word stems its last part: %q", got)
	}
	if FinnishStemmer.Stem("kuks") != "kuks" || FinnishStemmer.Stem("") != "" {
		t.Error("short stems are left alone")
	}
}
