//go:build linux

package store

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// Two hard links are two names for one project, and one lock: the GUI on
// one name and the CLI on the other once wrote at the same time.
func TestHardLinksShareOneLock(t *testing.T) {
	dir := t.TempDir()
	a := filepath.Join(dir, "a"+Extension)
	p, err := Create(a)
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	os.Mkdir(filepath.Join(dir, "muualla"), 0o755)
	b := filepath.Join(dir, "muualla", "b"+Extension)
	if err := os.Link(a, b); err != nil {
		t.Skipf("no hard links here: %v", err)
	}
	if q, err := Open(b); !errors.Is(err, ErrInUse) {
		if q != nil {
			q.Close()
		}
		t.Fatalf("second writer through a hard link: %v, want ErrInUse", err)
	}
	p.Close()
	q, err := Open(b)
	if err != nil {
		t.Fatalf("after the first writer closed: %v", err)
	}
	q.Close()
}

// immutable makes dir immutable (chattr +i) for the rest of the test; it
// needs root, which ignores file permissions, so elsewhere it skips.
func immutable(t *testing.T, dir string) {
	t.Helper()
	if _, err := exec.LookPath("chattr"); err != nil || os.Geteuid() != 0 {
		t.Skip("needs root and chattr: root ignores permissions")
	}
	if out, err := exec.Command("chattr", "+i", dir).CombinedOutput(); err != nil {
		t.Skipf("chattr +i: %v %s", err, out)
	}
	t.Cleanup(func() { exec.Command("chattr", "-i", dir).Run() })
}

// A project in a folder nobody may write to opens for writing with a
// plain message, not "lock: open …-lock: operation not permitted", and
// read-only as usual.
func TestImmutableFolderSaysSo(t *testing.T) {
	path := closedProject(t)
	immutable(t, filepath.Dir(path))
	_, err := Open(path)
	if !errors.Is(err, ErrFolderReadOnly) || !strings.Contains(err.Error(), "open it read-only") {
		t.Fatalf("open for writing: %v, want ErrFolderReadOnly", err)
	}
	p, err := OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	p.Close()
}

// A crash's half-written change in a folder Teema cannot write to cannot
// be rolled back: reading says what happened and what to do.
func TestReadAfterCrashInImmutableFolder(t *testing.T) {
	path, _ := hotJournalProject(t)
	immutable(t, filepath.Dir(path))
	_, err := OpenReadOnly(path)
	if !errors.Is(err, errNeedsRecovery) || !strings.Contains(err.Error(), "Open it once where it can be written to") {
		t.Fatalf("read after a crash, in an immutable folder: %v", err)
	}
}

// A restore puts another file in the project's place; the lock on the
// file itself moves to it, so a hard link made after the restore still
// shares the one lock.
func TestRestoreKeepsTheFileLocked(t *testing.T) {
	p := newProject(t)
	kept, err := p.BackupNow()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := p.RestoreFromBackup(kept.Path); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(t.TempDir(), "linkki"+Extension)
	if err := os.Link(p.Path(), link); err != nil {
		t.Skipf("no hard links here: %v", err)
	}
	if q, err := Open(link); !errors.Is(err, ErrInUse) {
		if q != nil {
			q.Close()
		}
		t.Fatalf("second writer after a restore: %v, want ErrInUse", err)
	}
}
