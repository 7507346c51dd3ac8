package qdpx

import (
	"bytes"
	"path/filepath"
	"testing"

	"teema/store"
	"teema/store/demo"
)

// fuzzProject is one project per fuzzing process (creating one per input
// would spend the time on SQLite instead of on the input): the demo study
// to export seeds from, or an empty one to import into.
func fuzzProject(f *testing.F, withDemo bool) *store.Project {
	path := filepath.Join(f.TempDir(), "sumea.teema")
	open := store.Create
	if withDemo {
		if err := demo.Write(path); err != nil {
			f.Fatal(err)
		}
		open = store.Open
	}
	p, err := open(path)
	if err != nil {
		f.Fatal(err)
	}
	f.Cleanup(func() { p.Close() })
	return p
}

// FuzzImport: any bytes given as a .qdpx either import or fail with an
// error, never a panic or hang, and the project stays sound either way.
func FuzzImport(f *testing.F) {
	// testdata/fuzz/FuzzImport holds zipped fixtures of other programs.
	var buf bytes.Buffer
	if err := Export(fuzzProject(f, true), &buf); err != nil {
		f.Fatal(err)
	}
	f.Add(buf.Bytes())
	p := fuzzProject(f, false)
	f.Fuzz(func(t *testing.T, data []byte) {
		importBytes(p, data)
		if err := p.IntegrityCheck(); err != nil {
			t.Fatal(err)
		}
	})
}

// FuzzImportCodeBook does the same for a .qdc code book.
func FuzzImportCodeBook(f *testing.F) {
	var buf bytes.Buffer
	if err := ExportCodeBook(fuzzProject(f, true), &buf); err != nil {
		f.Fatal(err)
	}
	f.Add(buf.Bytes())
	p := fuzzProject(f, false)
	f.Fuzz(func(t *testing.T, data []byte) {
		ImportCodeBook(p, bytes.NewReader(data))
		if err := p.IntegrityCheck(); err != nil {
			t.Fatal(err)
		}
	})
}
