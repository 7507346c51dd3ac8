package store

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

// withBackupClock makes backups at the times *now says.
func withBackupClock(t *testing.T, now *time.Time) {
	t.Helper()
	old := backupNow
	backupNow = func() time.Time { return *now }
	t.Cleanup(func() { backupNow = old })
}

func reopen(t *testing.T, path string) {
	t.Helper()
	p, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	p.Close()
}

func TestBackupOnOpenAndRotation(t *testing.T) {
	now := time.Date(2026, 5, 12, 10, 0, 0, 0, time.Local)
	withBackupClock(t, &now)
	dir := t.TempDir()
	path := filepath.Join(dir, "tutkimus.teema")
	p, err := Create(path)
	if err != nil {
		t.Fatal(err)
	}
	d := addDoc(t, p, "Asiakas 1", "H1: Asiakaskokemus on hyvä.")
	p.Close()
	if bs, err := Backups(path); err != nil || len(bs) != 0 {
		t.Fatalf("backups after Create: %v %v", bs, err)
	}

	reopen(t, path)
	bs, err := Backups(path)
	if err != nil || len(bs) != 1 {
		t.Fatalf("backups after Open: %v %v", bs, err)
	}
	want := filepath.Join(dir, "tutkimus.teema-backups", "tutkimus 2026-05-12 10-00-00.teema")
	if bs[0].Path != want || !bs[0].Time.Equal(now) || bs[0].Size <= 0 {
		t.Fatalf("backup %+v, want %s", bs[0], want)
	}

	// Within ten minutes of the newest backup, no new one.
	now = now.Add(9 * time.Minute)
	reopen(t, path)
	if bs, _ := Backups(path); len(bs) != 1 {
		t.Fatalf("backup made within 10 minutes: %d", len(bs))
	}

	// The backup is a project that holds the data.
	b, err := OpenReadOnly(bs[0].Path)
	if err != nil {
		t.Fatal(err)
	}
	got, err := b.Document(d.ID)
	if err != nil || got.Text != d.Text {
		t.Fatalf("document in the backup: %+v %v", got, err)
	}
	if err := b.IntegrityCheck(); err != nil {
		t.Fatal(err)
	}
	b.Close()

	// Rotation keeps the newest ten.
	for range 14 {
		now = now.Add(11 * time.Minute)
		reopen(t, path)
	}
	bs, err = Backups(path)
	if err != nil || len(bs) != backupKeep {
		t.Fatalf("after rotation %d backups, want %d (%v)", len(bs), backupKeep, err)
	}
	if !bs[0].Time.Equal(now) || !bs[0].Time.After(bs[1].Time) {
		t.Fatalf("not newest first: %v, %v (now %v)", bs[0].Time, bs[1].Time, now)
	}
	files, _ := os.ReadDir(BackupDir(path))
	if len(files) != backupKeep {
		t.Fatalf("%d files in the backup folder", len(files))
	}
}

func TestBackupFailureDoesNotStopOpen(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "p.teema")
	p, err := Create(path)
	if err != nil {
		t.Fatal(err)
	}
	p.Close()
	// A file where the backup folder should be.
	if err := os.WriteFile(BackupDir(path), []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	p, err = Open(path)
	if err != nil {
		t.Fatalf("Open with backups failing: %v", err)
	}
	p.Close()
}
