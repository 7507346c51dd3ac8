package merge

import (
	"database/sql"
	"errors"
	"reflect"
	"strings"
	"testing"

	"teema/coding"
	"teema/store"
	"teema/store/importer"
)

// A .teema whose documents table another program replaced with a view
// that recurses without end once hung a merge for ever: it is refused
// before anything reads it, and our project is left as it was.
func TestMergeRefusesAlteredProject(t *testing.T) {
	dir := t.TempDir()
	p := ours(t, dir)
	path := theirs(t, dir)
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{
		`PRAGMA foreign_keys = OFF`,
		`ALTER TABLE documents RENAME TO documents_old`,
		`CREATE VIEW documents AS WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r)
			SELECT n AS id, 'x' AS name, '' AS text, 'txt' AS format, '' AS original_name, '' AS hash,
			'' AS imported_at, 0 AS chars, 0 AS words FROM r`,
	} {
		if _, err := db.Exec(s); err != nil {
			t.Fatal(err)
		}
	}
	db.Close()
	before := state(t, p)
	_, _, err = ReadFile(path)
	if !errors.Is(err, store.ErrAltered) || !strings.Contains(err.Error(), "matti.teema has been altered by another program") {
		t.Fatalf("merging an altered project: %v", err)
	}
	if after := state(t, p); !reflect.DeepEqual(before, after) {
		t.Fatal("a refused merge changed our project")
	}
}

// A source whose code book is deeper than Teema keeps is refused whole.
func TestMergeBoundsTheCodeBook(t *testing.T) {
	p := ours(t, t.TempDir())
	var codes []coding.Code
	for i := range store.MaxCodeDepth + 1 {
		codes = append(codes, coding.Code{ID: int64(i + 1), ParentID: int64(i), Name: "Taso"})
	}
	before := state(t, p)
	_, err := Into(p, Source{Name: "syvä", Book: coding.NewCodeBook(codes)})
	if !errors.Is(err, store.ErrCodeTooDeep) {
		t.Fatalf("merging a code book %d deep: %v", len(codes), err)
	}
	if after := state(t, p); !reflect.DeepEqual(before, after) {
		t.Fatal("a refused merge changed our project")
	}
}

// Their documents are held to the limits of every imported text.
func TestMergeBoundsTheText(t *testing.T) {
	p := ours(t, t.TempDir())
	before := state(t, p)
	lines := strings.Repeat("H: a\n", importer.MaxTextLines+1)
	_, err := Into(p, Source{Name: "pitkä", Docs: []coding.Document{{ID: 1, Name: "Rivit", Text: lines}}})
	if !errors.Is(err, importer.ErrTooLarge) || !strings.Contains(err.Error(), `"Rivit" has 1000001 lines`) {
		t.Fatalf("merging a text of %d lines: %v", importer.MaxTextLines+1, err)
	}
	if after := state(t, p); !reflect.DeepEqual(before, after) {
		t.Fatal("a refused merge changed our project")
	}
}
