//go:build linux

package store

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
)

// mountTiny mounts a tmpfs of the given size, a disk that really fills
// up; it needs root, so elsewhere the test is skipped.
func mountTiny(t *testing.T, size string) string {
	t.Helper()
	dir := t.TempDir()
	if err := syscall.Mount("tmpfs", dir, "tmpfs", 0, "size="+size); err != nil {
		t.Skipf("cannot mount a tmpfs (needs root): %v", err)
	}
	t.Cleanup(func() { syscall.Unmount(dir, 0) })
	return dir
}

// fillDisk writes a file until the disk is full, and returns its path.
func fillDisk(t *testing.T, dir string) string {
	t.Helper()
	path := filepath.Join(dir, "filler")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	chunk := make([]byte, 1024)
	for {
		if _, err := f.Write(chunk); err != nil {
			if !errors.Is(err, syscall.ENOSPC) {
				t.Fatal(err)
			}
			return path
		}
	}
}

func TestDiskReallyFull(t *testing.T) {
	dir := mountTiny(t, "400k")
	p, err := Create(filepath.Join(dir, "täysi.teema"))
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	addDoc(t, p, "Asiakas 1", "H1: Asiakaskokemus on hyvä.")
	filler := fillDisk(t, dir)
	n, err := fillUntilRefused(t, p, 1000)
	t.Logf("%d writes, then: %v", n, err)
	if !errors.Is(err, ErrDiskFull) {
		t.Fatalf("write to a full disk: %v, want ErrDiskFull", err)
	}
	checkUnchangedByFailure(t, p, n)
	// Once there is room again, writing simply works.
	os.Remove(filler)
	if _, err := p.AddCode(0, "Tilaa taas", "", ""); err != nil {
		t.Fatalf("write after freeing space: %v", err)
	}
}

// An immutable folder refuses the rollback journal, so every write fails.
func TestFolderNotWritable(t *testing.T) {
	if _, err := exec.LookPath("chattr"); err != nil || os.Geteuid() != 0 {
		t.Skip("needs root and chattr: root ignores permissions")
	}
	dir := t.TempDir()
	p, err := Create(filepath.Join(dir, "lukittu.teema"))
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	addDoc(t, p, "Asiakas 1", "H1: teksti")
	if out, err := exec.Command("chattr", "+i", dir).CombinedOutput(); err != nil {
		t.Skipf("chattr +i: %v %s", err, out)
	}
	defer exec.Command("chattr", "-i", dir).Run()
	_, err = p.AddCode(0, "Ei mahdu", "", "")
	t.Logf("write: %v", err)
	if !errors.Is(err, ErrNotWritable) {
		t.Fatalf("write in an immutable folder: %v, want ErrNotWritable", err)
	}
	checkUnchangedByFailure(t, p, 0)
}
