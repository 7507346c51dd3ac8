package autocode

import (
	"testing"

	"teema/coding"
)

func span(s, e int) coding.Span { return coding.Span{Start: s, End: e} }

func TestPlanMergesAndSkips(t *testing.T) {
	existing := []coding.Excerpt{
		{DocID: 1, CodeID: 7, Start: 0, End: 20, Coder: "Aino"},   // covers the first hit
		{DocID: 1, CodeID: 7, Start: 40, End: 45, Coder: "Pekka"}, // another coder's: no reason to skip
		{DocID: 2, CodeID: 8, Start: 0, End: 50, Coder: "Aino"},   // another code
	}
	p := New(7, "Aino", []Stretch{
		{2, span(10, 20)},
		{1, span(5, 10)},  // inside Aino's coding: skipped
		{1, span(40, 45)}, // the same sentence twice: one coding
		{1, span(40, 45)},
		{1, span(44, 60)}, // overlapping: merged
		{2, span(30, 35)},
	}, existing)
	if p.Asked != 6 || p.Skipped != 1 {
		t.Errorf("asked %d, skipped %d", p.Asked, p.Skipped)
	}
	want := []coding.Excerpt{
		{DocID: 2, CodeID: 7, Start: 10, End: 20, Coder: "Aino"},
		{DocID: 2, CodeID: 7, Start: 30, End: 35, Coder: "Aino"},
		{DocID: 1, CodeID: 7, Start: 40, End: 60, Coder: "Aino"},
	}
	if len(p.Excerpts) != len(want) {
		t.Fatalf("%+v", p.Excerpts)
	}
	for i := range want {
		if p.Excerpts[i] != want[i] {
			t.Errorf("%d: %+v, want %+v", i, p.Excerpts[i], want[i])
		}
	}
	c, ok := p.Change().(coding.CodeTexts)
	if !ok || len(c.Excerpts) != 3 || c.Label() != Label || c.Excerpts[0] != want[0] {
		t.Fatalf("one undo step of three codings: %+v", p.Change())
	}
}

func TestNothingToCode(t *testing.T) {
	p := New(7, "Aino", []Stretch{{1, span(0, 5)}}, []coding.Excerpt{{DocID: 1, CodeID: 7, Start: 0, End: 5, Coder: "Aino"}})
	if p.Change() != nil || p.Skipped != 1 {
		t.Errorf("%+v", p)
	}
}
