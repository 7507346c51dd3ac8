package store

import (
	"database/sql"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// A project opened through a symbolic link is restored in the file the
// link points to: the link stays a link, and the backups lie beside the
// file itself. Restoring once replaced the link with a plain file and left
// the project as it was.
func TestRestoreThroughSymlink(t *testing.T) {
	now := time.Date(2026, 5, 12, 10, 0, 0, 0, time.Local)
	withBackupClock(t, &now)
	dir := t.TempDir()
	real := filepath.Join(dir, "data", "tutkimus"+Extension)
	os.Mkdir(filepath.Dir(real), 0o755)
	p, err := Create(real)
	if err != nil {
		t.Fatal(err)
	}
	mustPath(t, p, "Ennen")
	p.Close()
	link := filepath.Join(dir, "linkki"+Extension)
	if err := os.Symlink(real, link); err != nil {
		t.Skipf("no symbolic links here: %v", err)
	}
	p, err = Open(link)
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	if p.Path() != real {
		t.Fatalf("path %q, want the file itself %q", p.Path(), real)
	}
	kept, err := p.BackupNow()
	if err != nil {
		t.Fatal(err)
	}
	mustPath(t, p, "Jälkeen")
	now = now.Add(time.Minute)
	if _, err := p.RestoreFromBackup(kept.Path); err != nil {
		t.Fatal(err)
	}
	if st, err := os.Lstat(link); err != nil || st.Mode()&os.ModeSymlink == 0 {
		t.Fatalf("the link is no longer a link: %v", err)
	}
	if filepath.Dir(kept.Path) != BackupDir(real) {
		t.Fatalf("backup in %s, want beside the file itself", filepath.Dir(kept.Path))
	}
	p.Close()
	q, err := OpenReadOnly(real)
	if err != nil {
		t.Fatal(err)
	}
	defer q.Close()
	if n := codeCount(t, q); n != 1 {
		t.Fatalf("the file itself holds %d codes after the restore, want the backup's 1", n)
	}
}

// A backup or restore cut short leaves a temporary file; the next open for
// writing removes it, backup due or not. Once only a due backup did.
func TestLeftoversRemovedOnOpen(t *testing.T) {
	now := time.Date(2026, 5, 12, 10, 0, 0, 0, time.Local)
	withBackupClock(t, &now)
	path := filepath.Join(t.TempDir(), "keskeytetty"+Extension)
	p, err := Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := p.BackupNow(); err != nil {
		t.Fatal(err)
	}
	p.Close()
	partial := filepath.Join(BackupDir(path), "keskeytetty 2026-05-12 09-59-00"+Extension+backupTemp)
	restoring := path + restoreTemp
	for _, f := range []string{partial, restoring} {
		if err := os.WriteFile(f, make([]byte, 4096), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	now = now.Add(time.Minute) // no backup is due
	reopen(t, path)
	for _, f := range []string{partial, restoring} {
		if _, err := os.Stat(f); !errors.Is(err, os.ErrNotExist) {
			t.Errorf("%s left behind: %v", filepath.Base(f), err)
		}
	}
}

// hotJournal leaves path as a crash in the middle of a change leaves it:
// the project file part-written and the rollback journal beside it.
func hotJournalProject(t *testing.T) (path string, codes int) {
	t.Helper()
	src := closedProject(t)
	p, err := Open(src)
	if err != nil {
		t.Fatal(err)
	}
	codes = codeCount(t, p)
	p.Close()
	db, err := sql.Open("sqlite", src+"?_pragma=cache_size(1)")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	tx, err := db.Begin()
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	// A change larger than the page cache spills into the file before its
	// commit, with the journal synced first.
	big := make([]byte, 1<<20)
	for i := range 8 {
		if _, err := tx.Exec(`INSERT INTO codes(name, color) VALUES (?, '#000000')`, string(rune('a'+i))+string(big[:1<<17])); err != nil {
			t.Fatal(err)
		}
	}
	path = filepath.Join(t.TempDir(), "kaatunut"+Extension)
	for _, suffix := range []string{"", "-journal"} {
		b, err := os.ReadFile(src + suffix)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path+suffix, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return path, codes
}

// A crash can leave a change half-written. A reading command once failed
// with "attempt to write a readonly database (776)" until a writer opened
// the project; now the change is rolled back and the project read as it
// was saved.
func TestReadAfterCrashRecovers(t *testing.T) {
	path, codes := hotJournalProject(t)
	p, err := OpenReadOnly(path)
	if err != nil {
		t.Fatalf("read after a crash: %v", err)
	}
	defer p.Close()
	if n := codeCount(t, p); n != codes {
		t.Fatalf("%d codes, want the %d saved", n, codes)
	}
	if err := p.IntegrityCheck(); err != nil {
		t.Fatal(err)
	}
}
