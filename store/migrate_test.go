package store

import (
	"bytes"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// TestOldSchemaMigrates builds a project as the first Teema wrote it
// (schema 1), then opens it with this Teema.
func TestOldSchemaMigrates(t *testing.T) {
	path := filepath.Join(t.TempDir(), "old.teema")
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	stmts := []string{
		fmt.Sprintf("PRAGMA application_id = %d", applicationID),
		migrations()[0],
		"PRAGMA user_version = 1",
		`INSERT INTO documents(name, text, format, original_name, hash, imported_at, chars, words)
			VALUES ('Asiakas 1', 'H1: vanha', 'txt', 'a.txt', 'x', '2026-01-01T00:00:00Z', 9, 2)`,
		`INSERT INTO codes(name, color) VALUES ('Teema', '#112233')`,
		`INSERT INTO excerpts(doc_id, code_id, start, end, text, coder, created_at) VALUES (1, 1, 4, 9, 'vanha', 'a', '2026-01-01T00:00:00Z')`,
	}
	for _, s := range stmts {
		if _, err := db.Exec(s); err != nil {
			t.Fatalf("%s: %v", s, err)
		}
	}
	db.Close()

	before, _ := os.ReadFile(path)
	if _, err := OpenReadOnly(path); !errors.Is(err, ErrOutdated) {
		t.Fatalf("read-only open of an old project: %v, want ErrOutdated", err)
	}
	if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
		t.Fatal("the refused read-only open changed the file")
	}
	p, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	var v int
	p.db.QueryRow("PRAGMA user_version").Scan(&v)
	if v != SchemaVersion() || SchemaVersion() < 2 {
		t.Fatalf("user_version %d, schema %d", v, SchemaVersion())
	}
	c, err := p.Corpus()
	if err != nil || len(c.Docs) != 1 || len(c.Excerpts) != 1 || c.Excerpts[0].Text != "vanha" {
		t.Fatalf("content after migration: %+v %v", c, err)
	}
	if _, err := p.SetSummary(summaryKeyFor(c.Book.Children(0)[0]), "- uusi"); err != nil {
		t.Fatalf("new table missing: %v", err)
	}
	if err := p.IntegrityCheck(); err != nil {
		t.Fatal(err)
	}
}
