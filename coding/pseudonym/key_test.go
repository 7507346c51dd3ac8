package pseudonym

import (
	"errors"
	"fmt"
	"testing"

	"teema/message"
)

// TestKeyCheck keeps a right key, trimmed, each original once, and
// refuses a wrong one naming its row.
func TestKeyCheck(t *testing.T) {
	k, err := Key{
		{Row: 2, Original: " Kati ", Replacement: "H2"},
		{Row: 3, Original: "Espoo", Replacement: "[kaupunki]"},
		{Row: 4, Original: "Kati", Replacement: "H2"}, // the same again: kept once
		{Row: 5, Original: "H1", Replacement: "H1"},   // itself: changes nothing
		{Row: 6, Original: "Kati Virtanen", Replacement: "H2"},
	}.Check()
	if err != nil {
		t.Fatal(err)
	}
	if got := fmt.Sprint(k); got != "[{2 Kati H2} {3 Espoo [kaupunki]} {6 Kati Virtanen H2}]" {
		t.Errorf("checked key %s", got)
	}
	for _, tc := range []struct {
		key  Key
		kind *message.Kind
		row  int
	}{
		{Key{{Row: 1, Original: "Kati", Replacement: "H2"}, {Row: 2, Original: "Onni", Replacement: " "}}, errKeyNoReplacement, 2},
		{Key{{Row: 7, Original: "", Replacement: "H2"}}, errKeyNoOriginal, 7},
		{Key{{Row: 1, Original: "Kati", Replacement: "H2"}, {Row: 4, Original: "Kati", Replacement: "H3"}}, errKeyTwice, 4},
		{Key{{Row: 1, Original: "Kati", Replacement: "Onni"}, {Row: 2, Original: "Onni", Replacement: "H3"}}, errKeyCircular, 1},
		{Key{{Row: 3, Original: "Kati", Replacement: "H2\nH3"}}, errKeyLine, 3},
		{Key{{Row: 3, Original: "H1", Replacement: "H1"}}, errKeyEmpty, 0},
		{nil, errKeyEmpty, 0},
	} {
		_, err := tc.key.Check()
		var m *message.Error
		if !errors.Is(err, tc.kind) || !errors.As(err, &m) || tc.row != 0 && m.Args["Row"] != tc.row {
			t.Errorf("%v: %v, want %q on row %d", tc.key, err, tc.kind.Text(), tc.row)
		}
	}
}

// TestSuggest numbers persons after the codes the labels use, speakers
// first, the names in a speaker's label with the speaker's code; places
// and other names get placeholders, role labels themselves.
func TestSuggest(t *testing.T) {
	cs := []Candidate{
		{Word: "Onni", Kind: Person},
		{Word: "Kati", Kind: Person},
		{Word: "Kati Virtanen", Kind: Person, Speaker: true},
		{Word: "Espoo", Kind: Place},
		{Word: "Kesko", Kind: Organisation},
		{Word: "Calpro", Kind: Word},
		{Word: "Verhoef", Kind: Word, Speaker: true},
		{Word: "H3", Kind: Speaker, Speaker: true},
		{Word: "Haastattelija", Kind: Speaker, Speaker: true},
	}
	want := "[H6 H4 H4 [paikka] [organisaatio] [nimi] H5 H3 Haastattelija]"
	if got := fmt.Sprint(Suggest(cs)); got != want {
		t.Errorf("suggested %s, want %s", got, want)
	}
}
