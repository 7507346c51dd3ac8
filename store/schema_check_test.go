package store

import (
	"bytes"
	"database/sql"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"teema/coding"
)

// tamper changes a closed project with SQL, as another program would,
// bypassing every check of Teema's.
func tamper(t *testing.T, path string, stmts ...string) {
	t.Helper()
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	for _, s := range stmts {
		if _, err := db.Exec(s); err != nil {
			t.Fatalf("%s: %v", s, err)
		}
	}
}

// closedProject is a small project, closed, for tampering with.
func closedProject(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "muutettu"+Extension)
	p, err := Create(path)
	if err != nil {
		t.Fatal(err)
	}
	addDoc(t, p, "H1", "H1: Yhteistyö sujuu hyvin.")
	mustPath(t, p, "Teema/Alateema/Alin")
	p.Close()
	return path
}

// refusedUntouched opens path both ways and wants err each time, with the
// file's bytes as they were.
func refusedUntouched(t *testing.T, path string, want error, says string) {
	t.Helper()
	before, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for name, open := range map[string]func(string) (*Project, error){"Open": Open, "OpenReadOnly": OpenReadOnly} {
		p, err := open(path)
		if err == nil {
			p.Close()
		}
		if !errors.Is(err, want) || !strings.Contains(err.Error(), says) {
			t.Errorf("%s: %v, want %v saying %q", name, err, want, says)
		}
	}
	if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
		t.Error("the refused file was changed")
	}
	if _, err := os.Stat(BackupDir(path)); err == nil {
		t.Error("a refused file was backed up as if it were a project")
	}
}

func TestAlteredSchemaRefused(t *testing.T) {
	for _, c := range []struct {
		name  string
		stmts []string
		says  string
	}{
		{"trigger deleting codings", []string{`CREATE TRIGGER vanish AFTER INSERT ON excerpts BEGIN DELETE FROM excerpts WHERE id = new.id; END`},
			`"vanish", which Teema does not make`},
		{"documents a view without end", []string{
			`PRAGMA foreign_keys = OFF`,
			`ALTER TABLE documents RENAME TO documents_old`,
			`CREATE VIEW documents AS WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r)
				SELECT n AS id, 'x' AS name, '' AS text, 'txt' AS format, '' AS original_name, '' AS hash,
				'' AS imported_at, 0 AS chars, 0 AS words FROM r`},
			`has been altered by another program`},
		{"index dropped", []string{`DROP INDEX excerpts_code`}, `"excerpts_code" is missing`},
		{"trigger changed", []string{`DROP TRIGGER codes_memo_cleanup`,
			`CREATE TRIGGER codes_memo_cleanup AFTER DELETE ON codes BEGIN DELETE FROM memos; END`}, `"codes_memo_cleanup" is missing or not as Teema makes it`},
		{"column added", []string{`ALTER TABLE codes ADD COLUMN secret TEXT`}, `"codes" is missing or not as Teema makes it`},
	} {
		t.Run(c.name, func(t *testing.T) {
			path := closedProject(t)
			tamper(t, path, c.stmts...)
			refusedUntouched(t, path, ErrAltered, c.says)
		})
	}
}

// A database of another program that carries Teema's mark is refused as
// that, untouched, whatever schema version it claims: a reading command
// once upgraded it, adding Teema's tables to someone else's file.
func TestForeignDatabaseWithTeemaMarkRefused(t *testing.T) {
	for _, version := range []int{0, SchemaVersion()} {
		path := filepath.Join(t.TempDir(), "vieras"+Extension)
		tamper(t, path, `PRAGMA application_id = 1413825869`, `CREATE TABLE kirjat (nimi TEXT)`,
			`PRAGMA user_version = `+string(rune('0'+version)))
		refusedUntouched(t, path, ErrNotProject, "a database of another program")
	}
}

// Statistics SQLite's ANALYZE keeps only guide its planner: a project
// with them still opens.
func TestAnalyzedProjectOpens(t *testing.T) {
	path := closedProject(t)
	tamper(t, path, `ANALYZE`)
	p, err := OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	p.Close()
}

// A code tree that loops, or hangs from a code that is not there, would
// hide a theme and its codings from every view: the project is refused,
// naming the code, and left as it was.
func TestBrokenCodeTreeRefused(t *testing.T) {
	for _, c := range []struct {
		name  string
		stmts []string
		says  string
	}{
		{"loop", []string{`UPDATE codes SET parent_id = (SELECT id FROM codes WHERE name = 'Alin') WHERE name = 'Teema'`},
			`the code "Teema" lies under itself`},
		{"self", []string{`UPDATE codes SET parent_id = id WHERE name = 'Alateema'`}, `the code "Alateema" lies under itself`},
		{"root id", []string{`PRAGMA foreign_keys = OFF`, `UPDATE codes SET id = 0 WHERE name = 'Teema'`}, `the code "Teema" lies under itself`},
		{"orphan", []string{`PRAGMA foreign_keys = OFF`, `UPDATE codes SET parent_id = 999 WHERE name = 'Teema'`},
			`the code "Teema" lies under a code that is not there`},
	} {
		t.Run(c.name, func(t *testing.T) {
			path := closedProject(t)
			tamper(t, path, c.stmts...)
			refusedUntouched(t, path, ErrAltered, c.says)
		})
	}
}

// A backup is checked as the project it is about to become.
func TestRestoreRefusesAlteredBackup(t *testing.T) {
	bad := closedProject(t)
	tamper(t, bad, `CREATE TRIGGER vanish AFTER INSERT ON excerpts BEGIN DELETE FROM excerpts WHERE id = new.id; END`)
	p := newProject(t)
	doc := addDoc(t, p, "H2", "H2: Toinen haastattelu.")
	if _, err := p.RestoreFromBackup(bad); !errors.Is(err, ErrAltered) {
		t.Fatalf("restoring an altered backup: %v", err)
	}
	if _, err := p.Document(doc.ID); err != nil {
		t.Fatalf("the project lost its document: %v", err)
	}
	if err := p.AddExcerpts([]coding.Excerpt{{DocID: doc.ID, CodeID: mustPath(t, p, "K").ID, Start: 0, End: 2}}); err != nil {
		t.Fatal(err)
	}
}
