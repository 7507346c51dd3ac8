package store

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"teema/store/importer"
)

// A 100 MB text file is refused by its size, before it is read, with
// ErrTooLarge within seconds, and the project is left as it was.
func TestImportHugeTextFile(t *testing.T) {
	p := newProject(t)
	addDoc(t, p, "Asiakas 1", "H1: Asiakaskokemus on hyvä.")
	before, err := os.ReadFile(p.Path())
	if err != nil {
		t.Fatal(err)
	}
	huge := filepath.Join(t.TempDir(), "valtava.txt")
	line := []byte(strings.Repeat("H1: Asiakaskokemus on parantunut vuodesta toiseen. ", 20) + "\n")
	if err := os.WriteFile(huge, bytes.Repeat(line, 100<<20/len(line)+1), 0o644); err != nil {
		t.Fatal(err)
	}

	start := time.Now()
	rs := p.ImportFiles([]string{huge}, nil, nil)
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("refusing a 100 MB file took %v", d)
	}
	if len(rs) != 1 || !errors.Is(rs[0].Err, importer.ErrTooLarge) || !strings.Contains(rs[0].Err.Error(), "too large") {
		t.Fatalf("result %+v, want ErrTooLarge", rs)
	}
	after, err := os.ReadFile(p.Path())
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(before, after) {
		t.Error("the refused file changed the project file")
	}
}
