package app

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/widget"

	"teema/study"
)

// Importing a large code book shows a bar that fills as the codes go in,
// not a spinner that never says how far it has come.
func TestImportShowsProgress(t *testing.T) {
	const n = 3000
	var qdc strings.Builder
	qdc.WriteString(`<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>`)
	for i := range n {
		fmt.Fprintf(&qdc, `<Code guid="00000000-0000-0000-0000-%012d" name="Koodi %d" isCodable="true"/>`, i, i)
	}
	qdc.WriteString(`</Codes></CodeBook>`)
	path := filepath.Join(t.TempDir(), "iso.qdc")
	if err := os.WriteFile(path, []byte(qdc.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	u, check := newTestUI(t, nil)
	var work func()
	u.background = func(f func()) { work = f }
	u.importExchange(path, study.QDC)
	bar := find(t, u.win, func(b *widget.ProgressBar) bool { return b.Visible() })
	if bar.Value != 0 {
		t.Fatalf("the bar starts at %v", bar.Value)
	}
	work()
	if bar.Max != n || bar.Value != n {
		t.Fatalf("the bar ended at %v of %v, want %d of %d", bar.Value, bar.Max, n, n)
	}
	if cb, _ := check.CodeBook(); cb.Len() < n {
		t.Fatalf("%d codes imported", cb.Len())
	}
}
