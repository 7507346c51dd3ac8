package study

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"
)

// TestWriteFileWholeOrNothing: an export replaces its file only when
// made whole, and leaves nothing else in the folder.
func TestWriteFileWholeOrNothing(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "sanat.csv")
	write := func(text string, err error) func(io.Writer) error {
		return func(w io.Writer) error {
			io.WriteString(w, text)
			return err
		}
	}
	if err := WriteFile(path, write("sana,määrä\n", nil)); err != nil {
		t.Fatal(err)
	}
	broken := errors.New("kesken")
	if err := WriteFile(path, write("puoli", broken)); !errors.Is(err, broken) {
		t.Errorf("a failed export returned %v", err)
	}
	if got, _ := os.ReadFile(path); string(got) != "sana,määrä\n" {
		t.Errorf("a failed export left %q", got)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("the folder holds %d files, want the export only", len(entries))
	}
	if st, err := os.Stat(path); err != nil || st.Mode().Perm() != 0o644 {
		t.Errorf("the export's mode %v (%v)", st.Mode(), err)
	}
	err := WriteFile(filepath.Join(dir, "ei ole", "sanat.csv"), write("sana", nil))
	isKind(t, err, errWrite)
}
