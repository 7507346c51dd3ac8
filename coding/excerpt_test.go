package coding

import (
	"testing"
	"time"
)

func TestNewExcerpt(t *testing.T) {
	d := NewDocument("Asiakas 1", "H1: Yhteistyö sujuu hyvin.", "txt", "a.txt", time.Now())
	e, err := NewExcerpt(d, 3, 4, 14, "Liisa", time.Now())
	if err != nil || e.Text != "Yhteistyö " {
		t.Fatalf("%q %v", e.Text, err)
	}
	if e.Drifted(d.Text) {
		t.Fatal("fresh excerpt drifted")
	}
	if !e.Drifted("X" + d.Text) {
		t.Fatal("shifted text not detected")
	}
	for _, r := range [][2]int{{-1, 3}, {5, 5}, {6, 2}, {0, 1000}} {
		if _, err := NewExcerpt(d, 3, r[0], r[1], "", time.Now()); err == nil {
			t.Errorf("range %v accepted", r)
		}
	}
	if d.Words != 4 || d.Chars != 26 || len(d.Turns) != 1 || d.Hash != ContentHash(d.Text) {
		t.Errorf("document derived fields: %+v", d)
	}
}
