package coding

import (
	"errors"
	"testing"
)

func TestStepWordMovesAnEdgeByAWord(t *testing.T) {
	const text = "Se oli hyödyllistämisessä minimi! Eli ei."
	at := func(s string) int { i, _, _ := FindNth(text, s, 1); return i }
	end := func(s string) int { _, e, _ := FindNth(text, s, 1); return e }
	for _, c := range []struct {
		name       string
		start, end int
		edge       Edge
		grow       bool
		want       string
	}{
		{"grow a cut start to its word", at("yllistä"), end("minimi"), StartEdge, true, "hyödyllistämisessä minimi"},
		{"grow the start by a word", at("minimi"), end("minimi"), StartEdge, true, "hyödyllistämisessä minimi"},
		{"shrink a cut start past its word", at("yllistä"), end("Eli"), StartEdge, false, "minimi! Eli"},
		{"grow the end over punctuation", at("minimi"), end("minimi"), EndEdge, true, "minimi! Eli"},
		{"shrink a cut end back to a word", at("minimi"), at("Eli") + 1, EndEdge, false, "minimi"},
		{"shrink the end by a word", at("oli"), end("minimi"), EndEdge, false, "oli hyödyllistämisessä"},
		{"never empty", at("minimi"), end("minimi"), EndEdge, false, "minimi"},
		{"grow at the text's end stays", at("ei"), len([]rune(text)), EndEdge, true, "ei."},
	} {
		t.Run(c.name, func(t *testing.T) {
			s, e := StepWord(text, c.start, c.end, c.edge, c.grow)
			if got := Slice(text, s, e); got != c.want {
				t.Errorf("StepWord = %q, want %q", got, c.want)
			}
		})
	}
}

func TestResizedKeepsTheRulesOfACoding(t *testing.T) {
	doc := Document{ID: 1, Name: "H1", Text: "Hei vain. Toinen lause tässä.", Chars: 29}
	book := NewCodeBook([]Code{{ID: 5, Name: "Tuki"}})
	e := Excerpt{ID: 7, DocID: 1, CodeID: 5, Start: 0, End: 3, Coder: "A"}
	other := Excerpt{ID: 8, DocID: 1, CodeID: 5, Start: 0, End: 9, Coder: "A"}
	got, err := Resized(doc, book, e, 0, 8, []Excerpt{e, other})
	if err != nil || got.Text != "Hei vain" || got.ID != 7 {
		t.Fatalf("Resized = %+v, %v", got, err)
	}
	if _, err := Resized(doc, book, e, 0, 9, []Excerpt{e, other}); !errors.Is(err, errAlreadyCoded) {
		t.Errorf("onto another coding: %v", err)
	}
	if _, err := Resized(doc, book, e, 3, 4, nil); !errors.Is(err, errBlank) {
		t.Errorf("blank: %v", err)
	}
	if _, err := Resized(doc, book, e, 20, 40, nil); !errors.Is(err, errOutside) {
		t.Errorf("outside: %v", err)
	}
}
