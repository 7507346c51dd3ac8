package store

import (
	"testing"

	"teema/coding"
)

// TestCodeManyIsOneStep: many codings go in, and out on undo, in one
// transaction each way, under the same ids on redo; one refused coding
// refuses them all.
func TestCodeManyIsOneStep(t *testing.T) {
	p := newProject(t)
	d := addDoc(t, p, "A", "H1: Palvelu pelaa hyvin. Tiedotus kulkee sähköpostilla.")
	code := mustPath(t, p, "Kokemus/Palvelut")
	es := []coding.Excerpt{
		{DocID: d.ID, CodeID: code.ID, Start: 4, End: 11, Coder: "a"},
		{DocID: d.ID, CodeID: code.ID, Start: 25, End: 33, Coder: "a"},
	}
	bad := append(es[:1:1], coding.Excerpt{DocID: d.ID, CodeID: code.ID, Start: 40, End: 999, Coder: "a"})
	if _, err := (coding.CodeTexts{Excerpts: bad}).Apply(p); err == nil {
		t.Fatal("a coding outside the text was accepted")
	}
	if got, _ := p.Excerpts(coding.ExcerptFilter{}); len(got) != 0 {
		t.Fatalf("a refused batch left %d codings", len(got))
	}
	h := coding.NewHistory(10)
	if err := h.Do(p, coding.CodeTexts{Excerpts: es}); err != nil {
		t.Fatal(err)
	}
	first, _ := p.Excerpts(coding.ExcerptFilter{})
	if len(first) != 2 || first[0].Text != "Palvelu" {
		t.Fatalf("coded %+v", first)
	}
	if err := h.Undo(p); err != nil {
		t.Fatal(err)
	}
	if got, _ := p.Excerpts(coding.ExcerptFilter{}); len(got) != 0 {
		t.Fatalf("undo left %d", len(got))
	}
	if err := h.Redo(p); err != nil {
		t.Fatal(err)
	}
	again, _ := p.Excerpts(coding.ExcerptFilter{})
	if len(again) != 2 || again[0].ID != first[0].ID || again[1].ID != first[1].ID {
		t.Fatalf("redo %+v, was %+v", again, first)
	}
}
