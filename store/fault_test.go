package store

import (
	"errors"
	"fmt"
	"strings"
	"testing"
)

// fillUntilRefused adds codes until a write fails, and returns how many
// were written and the error.
func fillUntilRefused(t *testing.T, p *Project, limit int) (int, error) {
	t.Helper()
	for i := range limit {
		if _, err := p.AddCode(0, fmt.Sprintf("Teema %d", i), "", strings.Repeat("kuvaus ", 100)); err != nil {
			return i, err
		}
	}
	t.Fatalf("%d writes and none refused", limit)
	return 0, nil
}

// checkUnchangedByFailure: the project holds exactly the writes that
// succeeded and passes the integrity check.
func checkUnchangedByFailure(t *testing.T, p *Project, written int) {
	t.Helper()
	if n := codeCount(t, p); n != written {
		t.Errorf("%d codes after the failed write, want %d", n, written)
	}
	if err := p.IntegrityCheck(); err != nil {
		t.Error(err)
	}
}

// A database that may not grow fails like a full disk, without root.
func TestDiskFullAtPageLimit(t *testing.T) {
	p := newProject(t)
	var pages int
	if err := p.db.QueryRow("PRAGMA page_count").Scan(&pages); err != nil {
		t.Fatal(err)
	}
	if _, err := p.db.Exec(fmt.Sprintf("PRAGMA max_page_count = %d", pages+2)); err != nil {
		t.Fatal(err)
	}
	n, err := fillUntilRefused(t, p, 1000)
	if !errors.Is(err, ErrDiskFull) {
		t.Fatalf("write to a full project: %v, want ErrDiskFull", err)
	}
	checkUnchangedByFailure(t, p, n)
}
