package store

import (
	"slices"
	"testing"

	"teema/coding"
	"teema/coding/codequery"
)

// TestSavedQueriesTravelWithTheProject: saved coding queries are kept in
// the project file, and setting them says what they were, for undo.
func TestSavedQueriesTravelWithTheProject(t *testing.T) {
	p := newProject(t)
	if qs, err := p.SavedQueries(); err != nil || len(qs) != 0 {
		t.Fatalf("a new project has %+v, %v", qs, err)
	}
	want := []codequery.Saved{{Name: "Kunnat", Query: "Tapaamiset AND Tiedottaminen IN turn WHERE ryhmä=Kunnat"}}
	if old, err := p.SetSavedQueries(want); err != nil || len(old) != 0 {
		t.Fatalf("set: old %+v, %v", old, err)
	}
	if got, err := p.SavedQueries(); err != nil || !slices.Equal(got, want) {
		t.Errorf("saved %+v, %v", got, err)
	}
	if old, _ := p.SetSavedQueries(nil); !slices.Equal(old, want) {
		t.Errorf("the old queries %+v", old)
	}
}

func TestDocumentHashesAndSpeakers(t *testing.T) {
	p := newProject(t)
	d := addDoc(t, p, "Kunta A", "Haastattelija: Miten menee?\nH1: Hyvin.\nHaastattelija: Entä?\nH1: Samoin.")
	hashes, err := p.DocumentHashes()
	if err != nil || hashes[d.ID] != coding.ContentHash(d.Text) {
		t.Errorf("hashes %v, %v", hashes, err)
	}
	speakers, err := p.Speakers()
	slices.Sort(speakers)
	if err != nil || !slices.Equal(speakers, []string{"H1", "Haastattelija"}) {
		t.Errorf("speakers %q, %v", speakers, err)
	}
}
