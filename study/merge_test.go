package study

import (
	"os"
	"path/filepath"
	"testing"

	"teema/store"
	"teema/store/merge"
)

// otherCoder is a second coder's copy of the project, with a coding of
// theirs, closed.
func otherCoder(t *testing.T) string {
	t.Helper()
	other := newProject(t)
	code(t, other, "Yhdistys C", "Rahoitus on aina epävarmaa.", "Talous", "ville")
	if err := other.Close(); err != nil {
		t.Fatal(err)
	}
	return other.Path()
}

func TestMergeRefusesTheProjectItself(t *testing.T) {
	p := newProject(t)
	_, err := Merge(p, p.Path())
	isKind(t, err, errMergeSelf)
	link := filepath.Join(t.TempDir(), "linkki.teema")
	if err := os.Symlink(p.Path(), link); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	_, err = Merge(p, link)
	isKind(t, err, errMergeSelf)
}

func TestMerge(t *testing.T) {
	p := newProject(t)
	m, err := Merge(p, otherCoder(t))
	if err != nil {
		t.Fatal(err)
	}
	if c := m.Report.Counts; c[merge.Codings].Added != 1 || c[merge.Codes].Added != 1 || c[merge.Documents].Matched != 4 {
		t.Errorf("merge report %+v", m.Report)
	}
	if !exists(m.Backup.Path) {
		t.Errorf("no backup at %q", m.Backup.Path)
	}
}

// TestMergeNeedsBackup: a project that cannot be backed up (here, one
// open read-only) gets nothing merged.
func TestMergeNeedsBackup(t *testing.T) {
	p := newProject(t)
	other := otherCoder(t)
	if err := p.Close(); err != nil {
		t.Fatal(err)
	}
	ro, err := store.OpenReadOnly(p.Path())
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	_, err = Merge(ro, other)
	isKind(t, err, errNoBackup)
}
