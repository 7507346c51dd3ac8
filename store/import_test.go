package store

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"teema/store/importer"
)

func TestImportFilesEachOnItsOwn(t *testing.T) {
	p := newProject(t)
	fixtures := filepath.Join("..", "testdata", "importer")
	bad := filepath.Join(t.TempDir(), "rikki.docx")
	os.WriteFile(bad, []byte("PK\x03\x04 truncated"), 0o644)
	empty := filepath.Join(t.TempDir(), "tyhjä.txt")
	os.WriteFile(empty, nil, 0o644)
	paths := []string{
		filepath.Join(fixtures, "haastattelu-fi.docx"),
		bad,
		filepath.Join(fixtures, "interview-en.odt"),
		empty,
		filepath.Join(fixtures, "haastattelu-fi.utf16le.txt"), // same text as the .docx
		filepath.Join(fixtures, "interview-en.pdf"),           // extracts to the same text as the .odt
	}
	var progress []int
	results := p.ImportFiles(paths, map[string]string{"ryhmä": "Kunnat"}, func(done int, _ ImportResult) { progress = append(progress, done) })
	if len(results) != len(paths) || len(progress) != len(paths) || progress[len(progress)-1] != len(paths) {
		t.Fatalf("results %d progress %v", len(results), progress)
	}
	want := []error{nil, importer.ErrCorrupt, nil, importer.ErrEmpty, ErrDuplicate, ErrDuplicate}
	for i, r := range results {
		if want[i] == nil && r.Err != nil || want[i] != nil && !errors.Is(r.Err, want[i]) {
			t.Errorf("%s: err %v, want %v", filepath.Base(r.File), r.Err, want[i])
		}
		if r.Err != nil && !strings.Contains(r.Err.Error(), filepath.Base(r.File)) {
			t.Errorf("error does not name the file: %v", r.Err)
		}
	}
	docs, _ := p.Documents()
	if len(docs) != 2 {
		t.Fatalf("%d documents, want 2", len(docs))
	}
	d, _ := p.Document(results[0].Doc.ID)
	if d.Name != "haastattelu-fi" || d.Format != "docx" || d.Attributes["ryhmä"] != "Kunnat" || len(d.Turns) < 4 {
		t.Fatalf("imported docx: name %q format %q attrs %v turns %d", d.Name, d.Format, d.Attributes, len(d.Turns))
	}
	if !strings.Contains(d.Text, "ä") || strings.Contains(d.Text, "\r") {
		t.Fatal("text not normalised or letters lost")
	}
	if err := p.IntegrityCheck(); err != nil {
		t.Fatal(err)
	}
}
