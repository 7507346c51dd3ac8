package coding

import (
	"errors"
	"testing"
)

// A rewrite makes every edit in one pass, whatever their order.
func TestRewriteApply(t *testing.T) {
	text := "Kati: Katille soitin Espoossa."
	rw := Rewrite{{Start: 21, End: 29, Insert: "[kaupunki]ssa"}, {Start: 0, End: 4, Insert: "H2"}, {Start: 6, End: 13, Insert: "H2:lle"}}
	got, err := rw.Apply(text)
	if want := "H2: H2:lle soitin [kaupunki]ssa."; err != nil || got != want {
		t.Fatalf("%q %v, want %q", got, err, want)
	}
	for name, tc := range map[string]struct {
		rw   Rewrite
		kind error
	}{
		"overlap":      {Rewrite{{Start: 0, End: 4, Insert: "H2"}, {Start: 3, End: 6, Insert: "x"}}, errRewriteOverlap},
		"outside":      {Rewrite{{Start: 25, End: 40, Insert: "x"}}, errEditOutside},
		"empty range":  {Rewrite{{Start: 4, End: 4, Insert: "x"}}, errEditOutside},
		"blank line":   {Rewrite{{Start: 4, End: 5, Insert: "\n\n\n"}}, errEditLayout},
		"no text left": {Rewrite{{Start: 0, End: 30, Insert: ""}}, errEditEmpty},
	} {
		if _, err := tc.rw.Apply(text); !errors.Is(err, tc.kind) {
			t.Errorf("%s: %v", name, err)
		}
	}
}

// Codings keep to their words: one that holds a replaced word holds its
// replacement, one of the replaced word alone codes the replacement, and
// one with an edge inside a replaced word grows to hold all of it, so no
// coding is lost and each still selects its words.
func TestRewriteShift(t *testing.T) {
	text := "Kati: Katille soitin Espoossa eilen."
	doc := NewDocument("d", text, "txt", "d.txt", timeZero)
	rw := Rewrite{{Start: 0, End: 4, Insert: "H2"}, {Start: 6, End: 13, Insert: "H2:lle"}, {Start: 21, End: 29, Insert: "[kaupunki]ssa"}}
	newText, err := rw.Apply(text)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		start, end int
		want       string
	}{
		{6, 29, "H2:lle soitin [kaupunki]ssa"}, // holds two replacements
		{6, 13, "H2:lle"},                      // the replaced word alone
		{14, 20, "soitin"},                     // between two
		{30, 35, "eilen"},                      // after all
		{8, 20, "H2:lle soitin"},               // starts inside a replaced word
		{14, 25, "soitin [kaupunki]ssa"},       // ends inside one
		{0, 36, newText},                       // the whole text
	} {
		es := rw.Shift([]Excerpt{cut(t, doc, tc.start, tc.end)}, newText)
		e := es[0]
		if e.Text != tc.want || Slice(newText, e.Start, e.End) != e.Text {
			t.Errorf("%d–%d: %q at %d–%d, want %q", tc.start, tc.end, e.Text, e.Start, e.End, tc.want)
		}
	}
}
