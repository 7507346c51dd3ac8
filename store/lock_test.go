package store

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestOneWriter(t *testing.T) {
	path := filepath.Join(t.TempDir(), "lukko.teema")
	p, err := Create(path)
	if err != nil {
		t.Fatal(err)
	}
	// Create holds the lock too.
	if q, err := Open(path); !errors.Is(err, ErrInUse) {
		if q != nil {
			q.Close()
		}
		t.Fatalf("Open while Create's project is open: %v", err)
	}
	p.Close()

	p, err = Open(path)
	if err != nil {
		t.Fatal(err)
	}
	_, err = Open(path)
	if !errors.Is(err, ErrInUse) {
		t.Fatalf("second Open: %v, want ErrInUse", err)
	}
	if !strings.Contains(err.Error(), "open it read-only") {
		t.Fatalf("error does not tell what to do: %v", err)
	}
	ro, err := OpenReadOnly(path)
	if err != nil {
		t.Fatalf("read-only open while locked: %v", err)
	}
	if _, err := ro.CodeBook(); err != nil {
		t.Fatal(err)
	}
	ro.Close()
	if _, err := p.AddCode(0, "Teema", "", ""); err != nil {
		t.Fatalf("writer after a read-only open: %v", err)
	}
	if err := p.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(lockPath(p.Path())); !errors.Is(err, os.ErrNotExist) && removeLockWhileHeld {
		t.Fatalf("lock file left after Close: %v", err)
	}

	p, err = Open(path)
	if err != nil {
		t.Fatalf("Open after Close: %v", err)
	}
	defer p.Close()
	if cb, err := p.CodeBook(); err != nil || cb.Len() != 1 {
		t.Fatalf("code book: %v", err)
	}
}

func TestOpenNonProjectMakesNoLockFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "muu.teema")
	os.WriteFile(path, []byte("ei tietokanta"), 0o644)
	if _, err := Open(path); !errors.Is(err, ErrNotProject) {
		t.Fatal(err)
	}
	if _, err := os.Stat(lockPath(path)); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("lock file made for a non-project: %v", err)
	}
}
