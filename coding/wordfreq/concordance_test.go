package wordfreq

import (
	"math/rand/v2"
	"slices"
	"testing"
	"unicode/utf8"

	"teema/coding"
)

// TestConcordanceFindsNumbers: with numbers counted, "covid19" counted
// twice has two lines, each at its place in code points.
func TestConcordanceFindsNumbers(t *testing.T) {
	text := "H1: Äänestys: Covid19 muutti kaiken.\nH2: Covid19 vei tapaamiset."
	o := Options{Numbers: true}
	res := Count([]Text{{DocID: 7, Text: text}}, o)
	word := wordOf(t, res, "covid19")
	lines := NewConcordance(word, o, 10).Lines(Text{DocID: 7, Text: text}, 0)
	if len(lines) != word.Count || len(lines) != 2 {
		t.Fatalf("covid19 counted %d times, %d lines: %+v", word.Count, len(lines), lines)
	}
	rs := []rune(text)
	for _, l := range lines {
		if l.DocID != 7 || l.Token != "Covid19" || string(rs[l.Start:l.End]) != "Covid19" {
			t.Errorf("line %+v is not at Covid19", l)
		}
	}
	if lines[0].Left != "Äänestys: " || lines[0].Right != " muutti ka" {
		t.Errorf("context %q|%q, want ten code points either side", lines[0].Left, lines[0].Right)
	}
	if lines[1].Left != "iken. H2: " {
		t.Errorf("left context %q is not on one line", lines[1].Left)
	}
	if lines := NewConcordance(word, Options{}, 10).Lines(Text{Text: text}, 0); len(lines) != 0 {
		t.Errorf("without numbers covid19 is no token, yet %d lines", len(lines))
	}
}

// TestConcordanceAgreesWithCount: for texts with every edge a tally must
// get right, cut into random ranges, every word counted n times has n
// lines, however tokens are made and counted.
func TestConcordanceAgreesWithCount(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	var texts []Text
	for _, d := range tallyDocs(t) {
		tx := Text{DocID: d.ID, Text: d.Text}
		if n := utf8.RuneCountInString(d.Text); n > 0 && d.ID%3 == 0 {
			for k := 0; k < 4; k++ {
				a, b := r.IntN(n), r.IntN(n)
				tx.Ranges = append(tx.Ranges, coding.Span{Start: min(a, b), End: max(a, b)})
			}
		}
		texts = append(texts, tx)
	}
	for _, o := range []Options{
		{},
		{Numbers: true, Forms: Stems(), MinLen: 3},
		{PlainTokens: true, Stop: []string{"ja", "the"}},
		{Numbers: true, PlainTokens: true, Forms: Stems(), Stop: []string{"asiakas"}, Keep: []string{"and"}},
	} {
		res := Count(texts, o)
		for _, word := range res.Top(60) {
			c := NewConcordance(word, o, 5)
			n := 0
			for _, tx := range texts {
				lines := c.Lines(tx, 0)
				n += len(lines)
				for _, l := range lines {
					checkLine(t, tx, l, word, o)
				}
			}
			if n != word.Count {
				t.Errorf("%+v: %q counted %d times, %d lines", o, word.Word, word.Count, n)
			}
		}
	}
}

// checkLine fails unless the line is at its token, which alone tokenises
// as one of the word's forms.
func checkLine(t *testing.T, tx Text, l Line, word Word, o Options) {
	t.Helper()
	rs := []rune(tx.Text)
	toks := Tokenize(l.Token, o)
	if string(rs[l.Start:l.End]) != l.Token || len(toks) != 1 || !slices.Contains(word.Forms, toks[0]) {
		t.Errorf("%q: line %+v is not at a token of it", word.Word, l)
	}
}

func TestConcordanceLimit(t *testing.T) {
	text := "asiakas asiakkaan asiakas, asiakas"
	res := Count([]Text{{Text: text}}, Options{})
	if got := NewConcordance(wordOf(t, res, "asiakas"), Options{}, 3).Lines(Text{Text: text}, 2); len(got) != 2 {
		t.Errorf("limit 2 gave %d lines", len(got))
	}
}

func wordOf(t *testing.T, res Result, word string) Word {
	t.Helper()
	for _, w := range res.Words {
		if w.Word == word {
			return w
		}
	}
	t.Fatalf("%q not counted: %+v", word, res.Words)
	return Word{}
}
