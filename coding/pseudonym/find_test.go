package pseudonym

import (
	"fmt"
	"strings"
	"testing"
)

// describe lists candidates as "word kind count forms", a line each.
func describe(cs []Candidate) string {
	var b strings.Builder
	for _, c := range cs {
		fmt.Fprintf(&b, "%s %s %d %v", c.Word, c.Kind, c.Count, c.Forms)
		if c.Speaker {
			b.WriteString(" speaker")
		}
		if c.Ambiguous > 0 {
			fmt.Fprintf(&b, " ambiguous %d", c.Ambiguous)
		}
		b.WriteString("\n")
	}
	return b.String()
}

// Without Voikko the list holds the capitalised words within sentences,
// the speaker labels, and the forms that are a word with an ending;
// nothing is ticked, as nothing is known to be a name.
func TestFindWithoutVoikko(t *testing.T) {
	texts := []Text{
		{DocID: 1, Text: "Haastattelija: Kerro Calprosta.\nKati: Calpro palkkasi minut. Katille ja Calpron väelle.\nHaastattelija: Entä Aalto?\nKati: Aallolle soitin. Niinku aina."},
		{DocID: 2, Text: "Haastattelija: Kuka?\nHenkilö B: Kati:n kanssa.\nHaastattelija: Ja?\nHenkilö B: Ei muuta."},
	}
	want := "Haastattelija word 4 [Haastattelija] speaker\n" +
		"Kati word 4 [Kati Kati:n Katille] speaker\n" +
		"Calpro word 3 [Calpro Calpron Calprosta]\n" +
		"Aalto word 1 [Aalto]\n" +
		"Henkilö B speaker 2 [Henkilö B] speaker\n"
	cs := Find(texts, nil)
	if got := describe(cs); got != want {
		t.Errorf("found\n%swant\n%s", got, want)
	}
	for _, c := range cs {
		if c.Likely() {
			t.Errorf("%s is ticked without Voikko", c.Word)
		}
	}
	kati := cs[1]
	if fmt.Sprint(kati.Docs) != "[1 2]" || len(kati.Lines) != 4 || kati.Lines[1].Match != "Katille" ||
		kati.Lines[1].Before != "Kati: Calpro palkkasi minut. " || kati.Lines[1].After != " ja Calpron väelle." {
		t.Errorf("Kati in %v: %+v", kati.Docs, kati.Lines)
	}
}

// Without Voikko the key still replaces every form that keeps the
// name's stem, its ending kept.
func TestReplaceWithoutVoikko(t *testing.T) {
	key, err := Key{{Original: "Kati", Replacement: "H2"}, {Original: "Calpro", Replacement: "[yritys]"}}.Check()
	if err != nil {
		t.Fatal(err)
	}
	got, made := NewReplacer(key, nil).Replace("Kati: Calpro palkkasi minut. Katille ja Calpron väelle, Kati:n kanssa Calpro:hon. katille ei.")
	want := "H2: [yritys] palkkasi minut. H2:lle ja [yritys]en väelle, H2:n kanssa [yritys]een. katille ei."
	if got != want || len(made) != 6 {
		t.Errorf("replaced %d:\n%s\nwant\n%s", len(made), got, want)
	}
}
