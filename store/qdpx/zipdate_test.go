package qdpx

import (
	"archive/zip"
	"bytes"
	"path/filepath"
	"testing"
	"time"

	"teema/store"
)

// TestExportDatesItsEntries: the archive's entries carry the time of the
// export, not 1980 (issue 16).
func TestExportDatesItsEntries(t *testing.T) {
	p, err := store.Create(filepath.Join(t.TempDir(), "p.teema"))
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	before := time.Now().Add(-2 * time.Second) // zip keeps times to two seconds
	var buf bytes.Buffer
	if err := Export(p, &buf); err != nil {
		t.Fatal(err)
	}
	r, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range r.File {
		if f.Modified.Before(before) {
			t.Errorf("%s is dated %v", f.Name, f.Modified)
		}
	}
}
