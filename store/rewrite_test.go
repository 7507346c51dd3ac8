package store

import (
	"os"
	"strings"
	"testing"

	"teema/coding"
	"teema/coding/wordfreq"
)

// A rewrite replaces many stretches of a document in one transaction,
// codings with it, and gives back the document as it was; the file name
// a document came from changes the same way.
func TestRewriteText(t *testing.T) {
	p := newProject(t)
	d := addDoc(t, p, "Kati", "Kati: Katille soitin Espoossa.")
	code, _, _ := p.EnsureCodePath("Yhteistyö", "", "")
	e, err := p.AddExcerpt(coding.Excerpt{DocID: d.ID, CodeID: code.ID, Start: 6, End: 29})
	if err != nil {
		t.Fatal(err)
	}
	rw := coding.Rewrite{{Start: 0, End: 4, Insert: "H2"}, {Start: 6, End: 13, Insert: "H2:lle"}, {Start: 21, End: 29, Insert: "[kaupunki]ssa"}}
	before, err := p.RewriteText(d.ID, rw)
	if err != nil || before.Text != d.Text || len(before.Excerpts) != 1 || before.Excerpts[0].Text != e.Text {
		t.Fatalf("before %+v, %v", before, err)
	}
	after, _ := p.Document(d.ID)
	es, _ := p.Excerpts(coding.ExcerptFilter{DocID: d.ID})
	if after.Text != "H2: H2:lle soitin [kaupunki]ssa." || after.Turns[0].Speaker != "H2" || es[0].Text != "H2:lle soitin [kaupunki]ssa" || es[0].ID != e.ID {
		t.Fatalf("after %q %v, coding %+v", after.Text, after.Turns, es[0])
	}
	if old, err := p.SetOriginalName(d.ID, "H2.txt"); err != nil || old != "Kati.txt" {
		t.Fatalf("file name was %q: %v", old, err)
	}
	if err := p.RestoreText(before); err != nil {
		t.Fatal(err)
	}
	if back, _ := p.Document(d.ID); back.Text != d.Text {
		t.Errorf("restored %q", back.Text)
	}
}

// Scrubbed, a project file holds no word its documents no longer hold:
// not in the full-text index, the word tallies or the free pages.
func TestScrub(t *testing.T) {
	p := newProject(t)
	d := addDoc(t, p, "A", strings.Repeat("H1: Zyxwvut kertoi asiasta. ", 200))
	countOf(t, p, wordfreq.Scope{}) // keeps a tally that lists the word
	rw := coding.Rewrite{}
	for i := range 200 {
		rw = append(rw, coding.Edit{Start: i*28 + 4, End: i*28 + 11, Insert: "H9"})
	}
	if _, err := p.RewriteText(d.ID, rw); err != nil {
		t.Fatal(err)
	}
	if err := p.Scrub(); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(p.Path())
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(strings.ToLower(string(data)), "zyxwvut") {
		t.Error("the file still holds the word")
	}
	if hits, err := p.Search("kertoi", 0); err != nil || len(hits) != 200 {
		t.Errorf("the index after the scrub: %d hits, %v", len(hits), err)
	}
	if err := p.IntegrityCheck(); err != nil {
		t.Error(err)
	}
}
