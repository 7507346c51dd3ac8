package store

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func codeCount(t *testing.T, p *Project) int {
	t.Helper()
	cb, err := p.CodeBook()
	if err != nil {
		t.Fatal(err)
	}
	return cb.Len()
}

func TestRestoreFromBackupKeepsCurrentState(t *testing.T) {
	now := time.Date(2026, 5, 12, 10, 0, 0, 0, time.Local)
	withBackupClock(t, &now)
	path := filepath.Join(t.TempDir(), "tutkimus.teema")
	p, err := Create(path)
	if err != nil {
		t.Fatal(err)
	}
	addDoc(t, p, "Asiakas 1", "H1: Asiakaskokemus on hyvä.")
	if _, err := p.AddCode(0, "Ennen", "", ""); err != nil {
		t.Fatal(err)
	}
	p.Close()
	p, err = Open(path) // makes the backup "10-00-00"
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	if _, err := p.AddCode(0, "Jälkeen", "", ""); err != nil {
		t.Fatal(err)
	}
	bs, err := Backups(path)
	if err != nil || len(bs) != 1 {
		t.Fatalf("backups: %v %v", bs, err)
	}

	// Same second as the backup restored from: the kept one is "(2)".
	kept, err := p.RestoreFromBackup(bs[0].Path)
	if err != nil {
		t.Fatal(err)
	}
	if want := filepath.Join(BackupDir(path), "tutkimus 2026-05-12 10-00-00 (2).teema"); kept.Path != want {
		t.Fatalf("kept %s, want %s", kept.Path, want)
	}
	if n := codeCount(t, p); n != 1 {
		t.Fatalf("restored project has %d codes, want 1", n)
	}
	if _, err := p.AddCode(0, "Palautuksen jälkeen", "", ""); err != nil {
		t.Fatalf("the restored project cannot be written: %v", err)
	}
	if err := p.IntegrityCheck(); err != nil {
		t.Fatal(err)
	}
	bs, _ = Backups(path)
	if len(bs) != 2 || bs[0].Path != kept.Path {
		t.Fatalf("backups after restore, newest first: %+v", bs)
	}
	k, err := OpenReadOnly(kept.Path)
	if err != nil {
		t.Fatal(err)
	}
	defer k.Close()
	if n := codeCount(t, k); n != 2 {
		t.Fatalf("the kept state has %d codes, want 2", n)
	}
}

func TestRestoreFromBackupRefusesNonProjects(t *testing.T) {
	p := newProject(t)
	addDoc(t, p, "A", "teksti")
	junk := filepath.Join(t.TempDir(), "roska.teema")
	if err := os.WriteFile(junk, []byte(strings.Repeat("not a database ", 20)), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := p.RestoreFromBackup(junk); !errors.Is(err, ErrNotProject) {
		t.Fatalf("restore from junk: %v", err)
	}
	if ds, err := p.Documents(); err != nil || len(ds) != 1 {
		t.Fatalf("the project changed: %v %v", ds, err)
	}
	if bs, _ := Backups(p.Path()); len(bs) != 0 {
		t.Fatalf("a refused restore made a backup: %v", bs)
	}
}
