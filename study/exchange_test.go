package study

import (
	"os"
	"path/filepath"
	"testing"

	"teema/store"
)

// TestExchangeRoundTrip exports a project and its code book and imports
// them into projects made for them.
func TestExchangeRoundTrip(t *testing.T) {
	p := newProject(t)
	code(t, p, "Kunta A", "Covid19 muutti kaiken.", "Muutos/Korona", "maija")
	dir := t.TempDir()
	for _, x := range []struct {
		kind       Exchange
		file       string
		docs, code int
	}{{QDPX, "palvelut.qdpx", 4, 2}, {QDC, "koodikirja.qdc", 0, 2}} {
		file := filepath.Join(dir, x.file)
		if err := ExportExchange(p, file, x.kind); err != nil {
			t.Fatal(err)
		}
		rep, err := ImportExchangeInto(filepath.Join(dir, x.file+".teema"), file, x.kind)
		if err != nil || rep.Documents != x.docs || rep.Codes != x.code {
			t.Errorf("%s: imported %+v (%v)", x.file, rep, err)
		}
	}
}

// TestExchangeIntoLeavesNothingOnFailure: a bad file leaves no project
// behind, and an existing project is kept.
func TestExchangeIntoLeavesNothingOnFailure(t *testing.T) {
	dir := t.TempDir()
	bad := writeFiles(t, dir, map[string]string{"rikki.qdpx": "ei zip-tiedosto"})[0]
	project := filepath.Join(dir, "uusi.teema")
	if _, err := ImportExchangeInto(project, bad, QDPX); err == nil {
		t.Fatal("a broken .qdpx was imported")
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("a failed import left %d files, want the .qdpx alone", len(entries))
	}
	p, err := store.Create(project)
	if err != nil {
		t.Fatal(err)
	}
	p.Close()
	if _, err := ImportExchangeInto(project, bad, QDPX); err == nil || !exists(project) {
		t.Errorf("a failed import into an existing project: %v; the project exists: %v", err, exists(project))
	}
}
