package coding

import (
	"errors"
	"testing"
	"time"

	"teema/message"
)

// oneCode is a code book of the one code 1, Teema.
var oneCode = NewCodeBook([]Code{{ID: 1, Name: "Teema"}})

// cut codes [start, end) of doc with code 1.
func cut(t *testing.T, doc Document, start, end int) Excerpt {
	t.Helper()
	e, err := NewExcerpt(doc, oneCode, Excerpt{CodeID: 1, Start: start, End: end}, nil)
	if err != nil {
		t.Fatal(err)
	}
	return e
}

func TestNewExcerpt(t *testing.T) {
	d := NewDocument("Asiakas 1", "H1: Yhteistyö sujuu hyvin.", "txt", "a.txt", time.Now())
	d.ID = 7
	e := cut(t, d, 4, 14)
	if e.Text != "Yhteistyö " || e.DocID != 7 {
		t.Fatalf("%+v", e)
	}
	if e.Drifted(d.Text) {
		t.Fatal("fresh excerpt drifted")
	}
	if !e.Drifted("X" + d.Text) {
		t.Fatal("shifted text not detected")
	}
	if d.Words != 4 || d.Chars != 26 || len(d.Turns) != 1 || d.Hash != ContentHash(d.Text) {
		t.Errorf("document derived fields: %+v", d)
	}
}

// TestExcerptRules refuses what no coding may be, each with its own kind
// naming the particulars.
func TestExcerptRules(t *testing.T) {
	d := NewDocument("Asiakas 1", "H1: Yhteistyö sujuu hyvin.\n\nH2: Niin.", "txt", "a.txt", time.Now())
	d.ID = 7
	liisa := Excerpt{DocID: 7, CodeID: 1, Start: 4, End: 13, Coder: "Liisa"}
	tests := []struct {
		name     string
		e        Excerpt
		existing []Excerpt
		want     *message.Kind
		args     message.Args
	}{
		{"before the text", Excerpt{CodeID: 1, Start: -1, End: 3}, nil, errOutside, message.Args{"Document": "Asiakas 1", "Chars": 37}},
		{"empty", Excerpt{CodeID: 1, Start: 5, End: 5}, nil, errOutside, nil},
		{"backwards", Excerpt{CodeID: 1, Start: 6, End: 2}, nil, errOutside, nil},
		{"past the end", Excerpt{CodeID: 1, Start: 0, End: 1000}, nil, errOutside, message.Args{"End": 1000}},
		{"blank", Excerpt{CodeID: 1, Start: 26, End: 28}, nil, errBlank, nil},
		{"no such code", Excerpt{CodeID: 2, Start: 4, End: 13}, nil, ErrNoCode, nil},
		{"the coder's repeat", liisa, []Excerpt{liisa}, errAlreadyCoded, message.Args{"Code": "Teema"}},
	}
	for _, tt := range tests {
		_, err := NewExcerpt(d, oneCode, tt.e, tt.existing)
		var m *message.Error
		if !errors.As(err, &m) || m.Kind != tt.want {
			t.Errorf("%s: %v, want %q", tt.name, err, tt.want.Text())
			continue
		}
		for k, v := range tt.args {
			if m.Args[k] != v {
				t.Errorf("%s: %s = %v, want %v", tt.name, k, m.Args[k], v)
			}
		}
	}
	matti := liisa
	matti.Coder = "Matti"
	if _, err := NewExcerpt(d, oneCode, matti, []Excerpt{liisa}); err != nil {
		t.Errorf("another coder's coding of the same words: %v", err)
	}
	if _, err := NewExcerpt(d, oneCode, Excerpt{CodeID: 1, Start: 0, End: 1}, nil); err != nil {
		t.Errorf("a one-character coding: %v", err)
	}
}
