package store

import (
	"errors"
	"fmt"
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

// A batch larger than one transaction's chunk imports every file in order,
// finds them in search, and leaves the full-text index merging as SQLite's
// default has it.
func TestImportFilesInChunks(t *testing.T) {
	p := newProject(t)
	dir := t.TempDir()
	var paths []string
	for i := 0; i < 2*importChunk+3; i++ {
		path := filepath.Join(dir, fmt.Sprintf("haastattelu_%02d.txt", i))
		text := fmt.Sprintf("Haastattelija: Kerro työstäsi.\n\nH%d: Teen työtä numero%d ja palvelen asiakkaita.", i, i)
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, path)
	}
	paths = append(paths, paths[3]) // the same file again: a duplicate
	results := p.ImportFiles(paths, nil, nil)
	for i, r := range results[:len(results)-1] {
		if r.Err != nil || r.Doc.Name != fmt.Sprintf("haastattelu_%02d", i) {
			t.Fatalf("file %d: %+v", i, r)
		}
	}
	if last := results[len(results)-1]; !errors.Is(last.Err, ErrDuplicate) {
		t.Errorf("the repeated file: %v", last.Err)
	}
	hits, err := p.Search(fmt.Sprintf("numero%d", 2*importChunk+2), 10)
	if err != nil || len(hits) != 1 {
		t.Errorf("search for the last file's word: %v, %v", hits, err)
	}
	var merge string
	if err := p.db.QueryRow(`SELECT v FROM documents_fts_config WHERE k = 'automerge'`).Scan(&merge); err != nil || merge != "4" {
		t.Errorf("automerge %q, %v", merge, err)
	}
	if err := p.IntegrityCheck(); err != nil {
		t.Fatal(err)
	}
}

// The outcome of each file says how it was read: its encoding, and the
// line of a byte that could not be read.
func TestImportSaysHowFilesWereRead(t *testing.T) {
	p := newProject(t)
	dir := t.TempDir()
	old := filepath.Join(dir, "vanha.txt")
	slip := filepath.Join(dir, "lipsahdus.txt")
	os.WriteFile(old, []byte("H1: Hyv\xe4 p\xe4iv\xe4."), 0o644)
	os.WriteFile(slip, []byte("H1: Hyvä päivä.\nH2: \xe4 kiitos."), 0o644)
	rs := p.ImportFiles([]string{old, slip}, nil, nil)
	if rs[0].Encoding != importer.Windows1252 || len(rs[0].Notes) != 1 || rs[0].Doc.Text != "H1: Hyvä päivä." {
		t.Errorf("Windows-1252: %+v", rs[0])
	}
	if rs[1].Encoding != importer.UTF8 || len(rs[1].Notes) != 1 || !strings.Contains(rs[1].Notes[0].String(), "line 2") ||
		rs[1].Doc.Text != "H1: Hyvä päivä.\nH2: \uFFFD kiitos." {
		t.Errorf("UTF-8 with a stray byte: %+v", rs[1])
	}
}
