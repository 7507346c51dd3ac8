package lemma

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
	same(Finnish, "asiakaskokemus", "asiakaskokemuksen", "asiakaskokemukset", "asiakaskokemuksia", "asiakaskokemusten", "asiakaskokemukseen")
	same(Finnish, "tapaaminen", "tapaamisen", "tapaamiset", "tapaamisissa")
	same(Finnish, "palvelu", "palvelun", "palveluissa", "palveluja")
	same(Finnish, "järjestelmä", "järjestelmät", "järjestelmien")
	same(English, "service", "services", "serviced")
	same(English, "run", "running", "runs")
	if got := Finnish.Stem("asiakaskokemuksen"); got != "asiakaskokemus" {
		t.Errorf("asiakaskokemuksen → %q", got)
	}
	if got := Finnish.Stem("hr-yksikköön"); !strings.HasPrefix(got, "hr-yksik") {
		t.Errorf("a hyphenated word stems its last part: %q", got)
	}
	if Finnish.Stem("kuks") != "kuks" || Finnish.Stem("") != "" {
		t.Error("short stems are left alone")
	}
	var r Reducer = English
	if r.Reduce("services") != "servic" {
		t.Error("Reduce is Stem")
	}
}
