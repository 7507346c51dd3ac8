package search

import (
	"errors"
	"testing"

	"teema/coding/units"
	"teema/message"
)

func TestParse(t *testing.T) {
	q, err := Parse(`asiakas "oma yhteyshenkilö" -kunta analytiik* OR tiedote TAI "Kela-korvaus" IN turn`)
	if err != nil {
		t.Fatal(err)
	}
	if len(q.Groups) != 3 || !q.Scoped || q.In(units.Sentence) != units.Turn {
		t.Fatalf("%+v", q)
	}
	g := q.Groups[0]
	if len(g.Find) != 3 || len(g.Omit) != 1 || g.Omit[0].Words[0].Text != "kunta" {
		t.Fatalf("first group %+v", g)
	}
	if w := g.Find[1].Words; len(w) != 2 || w[0].Text != "oma" || w[1].Text != "yhteyshenkilö" || g.Find[1].Text != `"oma yhteyshenkilö"` {
		t.Errorf("phrase %+v", g.Find[1])
	}
	if w := g.Find[2].Words; len(w) != 1 || !w[0].Prefix || w[0].Text != "analytiik" {
		t.Errorf("prefix %+v", g.Find[2])
	}
	if w := q.Groups[2].Find[0].Words; len(w) != 1 || w[0].Text != "kela-korvaus" {
		t.Errorf("a hyphenated word in quotes is one word: %+v", w)
	}
	if q, _ := Parse("asiakas/kunta"); len(q.Groups[0].Find[0].Words) != 2 {
		t.Errorf("a slash joins two words in a row: %+v", q)
	}
	if q, _ := Parse("asiakas palvelu"); q.Scoped || q.In(units.Paragraph) != units.Paragraph {
		t.Errorf("no IN: the caller's unit, got %+v", q)
	}
	if q, _ := Parse("“oma yhteyshenkilö” IN lause"); len(q.Groups[0].Find[0].Words) != 2 || q.Scope != units.Sentence {
		t.Errorf("typographic quotes and Finnish units: %+v", q)
	}
}

func TestParseErrorsPointAtTheWord(t *testing.T) {
	for _, c := range []struct {
		query string
		kind  *message.Kind
		word  any
		n     any
	}{
		{"", errEmpty, nil, nil},
		{"   ", errEmpty, nil, nil},
		{"asiakas OR", errLoneOr, "OR", 2},
		{"OR asiakas", errLoneOr, "OR", 1},
		{"asiakas OR OR kunta", errLoneOr, "OR", 3},
		{`asiakas "oma yhteys`, errQuote, `"oma`, 2},
		{`asiakas ""`, errEmptyPhrase, nil, 2},
		{"-kunta", errOnlyOmit, "-kunta", 1},
		{"asiakas OR -kunta", errOnlyOmit, "-kunta", 3},
		{"as*iakas", errStar, "as*iakas", 1},
		{"a*", errShortPrefix, "a*", 1},
		{"asiakas 2016", errNoLetters, "2016", 2},
		{"asiakas IN lauseke", errScope, "lauseke", 3},
		{"asiakas IN osuma", errScope, "osuma", 3},
		{"asiakas IN turn kunta", errInLast, nil, 2},
		{"asiakas IN", errInLast, nil, 2},
	} {
		_, err := Parse(c.query)
		var m *message.Error
		if !errors.As(err, &m) || m.Kind != c.kind || !errors.Is(err, ErrQuery) {
			t.Errorf("%q: %v, want %q", c.query, err, c.kind.Text())
			continue
		}
		if m.Args["Word"] != c.word || m.Args["N"] != c.n {
			t.Errorf("%q points at %v (word %v), want %v (word %v)", c.query, m.Args["Word"], m.Args["N"], c.word, c.n)
		}
	}
}

func TestParseBoundsTheQuery(t *testing.T) {
	long := ""
	for range maxTerms + 1 {
		long += "sana "
	}
	if _, err := Parse(long); !errors.Is(err, errTooMany) {
		t.Errorf("%d words: %v", maxTerms+1, err)
	}
}

// FuzzParse: any text is a query or a message naming what is wrong with
// it, and a query's words are never empty.
func FuzzParse(f *testing.F) {
	for _, s := range []string{"asiakas", `"oma yhteyshenkilö" -kunta`, "analytiik* OR tiedote IN turn", "-", `"`, "a OR", "IN IN", "**", "ä*ö"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		q, err := Parse(s)
		if err != nil {
			var m *message.Error
			if !errors.As(err, &m) || !errors.Is(err, ErrQuery) {
				t.Fatalf("%q: %v is not a query mistake", s, err)
			}
			return
		}
		for _, g := range q.Groups {
			if len(g.Find) == 0 {
				t.Fatalf("%q: a group finds nothing", s)
			}
			for _, term := range append(g.Find, g.Omit...) {
				for _, w := range term.Words {
					if w.Text == "" {
						t.Fatalf("%q: an empty word", s)
					}
				}
			}
		}
	})
}
