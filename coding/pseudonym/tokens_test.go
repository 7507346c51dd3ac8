package pseudonym

import (
	"fmt"
	"testing"
)

// TestTokenize finds words with their hyphens, apostrophes and endings
// after a colon, and the words that open a sentence, a line or a turn.
func TestTokenize(t *testing.T) {
	text := "Kati: Hän sanoi, että Kati-täti ja EU:n \"Onni\" vaa'an.\nH1: klo 10:30 Espoo–Vantaa. Calpro:lle – ja asiakas- ja"
	var got []string
	for _, tok := range tokenize(text) {
		mark := ""
		if tok.sentenceStart {
			mark = "^"
		}
		got = append(got, fmt.Sprintf("%s%s@%d", mark, tok.text, tok.start))
	}
	want := "[^Kati@0 ^Hän@6 sanoi@10 että@17 Kati-täti@22 ja@32 EU:n@35 Onni@41 vaa'an@47 ^H1@55 ^klo@59 10@63 ^30@66 Espoo@69 Vantaa@75 ^Calpro:lle@83 ja@96 asiakas@99 ja@108]"
	if fmt.Sprint(got) != want {
		t.Errorf("tokens\n%s\nwant\n%s", fmt.Sprint(got), want)
	}
}

// TestFits reads STRUCTURE against the word as written.
func TestFits(t *testing.T) {
	for _, tc := range []struct {
		structure, word string
		start, want     bool
	}{
		{"=ipppppp", "Katille", false, true},
		{"=ppppppp", "Katille", false, false}, // katti wants no capital inside a sentence
		{"=ppppppp", "Katille", true, true},   // but a sentence opens with one
		{"=ipppppp", "katille", false, false},
		{"=ipppppp", "katille", true, false},
		{"=ippp-=pppp", "Kati-täti", false, true},
		{"=jj:p", "EU:n", false, true},
		{"=ppp", "Katille", false, true}, // not comparable: not ruled out
	} {
		if got := fits(tc.structure, tc.word, tc.start); got != tc.want {
			t.Errorf("%s %s (opens %v): %v", tc.structure, tc.word, tc.start, got)
		}
	}
}

// TestParseParts reads WORDBASES, a "+" in brackets included.
func TestParseParts(t *testing.T) {
	got := fmt.Sprint(parseParts("+saarijärve(Saari=järvi)+läi+nen(+nen)"))
	if want := "[{saarijärve Saarijärvi false} {läi  true} {nen +nen true}]"; got != want {
		t.Errorf("%s, want %s", got, want)
	}
	got = fmt.Sprint(parseParts("+espoo(Espoo)+-+keskeinen(keskeinen)"))
	if want := "[{espoo Espoo false} {-  false} {keskeinen keskeinen false}]"; got != want {
		t.Errorf("%s, want %s", got, want)
	}
}
