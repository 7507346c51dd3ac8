package matrices

import (
	"path/filepath"
	"strings"
	"testing"

	"teema/app/kit"
	"teema/app/kit/kittest"
	"teema/i18n"
	"teema/store"
)

// TestMatrixWindowFollowsTheProject: one window per slot, which follows
// another project opened in the main window and closes with the project.
func TestMatrixWindowFollowsTheProject(t *testing.T) {
	h, _ := kittest.New(t, map[string]string{"Asiakas 5.txt": haastattelu})
	var slot kit.Slot[*Window]
	m := slot.Open(h, New)
	if slot.Open(h, New) != m || matrixWindows(h) != 1 {
		t.Fatalf("%d matrix windows open", matrixWindows(h))
	}
	other := filepath.Join(t.TempDir(), "toinen.teema")
	p, err := store.Create(other)
	if err != nil {
		t.Fatal(err)
	}
	p.Close()
	if err := h.S.Open(other); err != nil {
		t.Fatal(err)
	}
	if n := matrixWindows(h); n != 1 || !strings.HasSuffix(m.win.Title(), "toinen") || len(m.corpus.Docs) != 0 {
		t.Fatalf("%d matrix windows open after switching projects, showing %q", n, m.win.Title())
	}
	h.S.Close()
	if n := matrixWindows(h); n != 0 {
		t.Fatalf("%d matrix windows open after the project closed", n)
	}
}

func matrixWindows(h *kittest.Host) int {
	n := 0
	for _, w := range h.S.App().Driver().AllWindows() {
		if strings.HasPrefix(w.Title(), i18n.T("Matrices")) {
			n++
		}
	}
	return n
}
