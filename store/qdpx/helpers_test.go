package qdpx

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"teema/coding"
	"teema/message"
	"teema/store"
	"teema/store/demo"
)

const fixtures = "../../testdata/qdpx"

func newProject(t *testing.T) *store.Project {
	t.Helper()
	p, err := store.Create(filepath.Join(t.TempDir(), "uusi.teema"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { p.Close() })
	return p
}

func demoProject(t *testing.T) *store.Project {
	t.Helper()
	path := filepath.Join(t.TempDir(), "demo.teema")
	if err := demo.Write(path); err != nil {
		t.Fatal(err)
	}
	p, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { p.Close() })
	return p
}

func exportBytes(t *testing.T, p *store.Project) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := Export(p, &buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func importBytes(p *store.Project, b []byte) (Report, error) {
	return Import(p, bytes.NewReader(b), int64(len(b)))
}

// english is report lines in English, one a line.
func english(ns []message.Note) string {
	var b strings.Builder
	for _, n := range ns {
		b.WriteString(n.String() + "\n")
	}
	return b.String()
}

// zipDir packs a fixture folder as another program would have.
func zipDir(t *testing.T, dir string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(dir, path)
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		w, err := zw.Create(filepath.ToSlash(rel))
		if err != nil {
			return err
		}
		_, err = w.Write(b)
		return err
	})
	if err == nil {
		err = zw.Close()
	}
	if err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func unzipEntry(t *testing.T, b []byte, name string) []byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range zr.File {
		if f.Name == name {
			rc, err := f.Open()
			if err != nil {
				t.Fatal(err)
			}
			defer rc.Close()
			var out bytes.Buffer
			if _, err := out.ReadFrom(rc); err != nil {
				t.Fatal(err)
			}
			return out.Bytes()
		}
	}
	t.Fatalf("%s not in archive", name)
	return nil
}

// dump describes everything an exchange must keep, independent of ids,
// one line per fact, so two projects compare as text.
func dump(t *testing.T, p *store.Project) string {
	t.Helper()
	var lines []string
	add := func(format string, a ...any) { lines = append(lines, fmt.Sprintf(format, a...)) }
	cb, err := p.CodeBook()
	if err != nil {
		t.Fatal(err)
	}
	cb.Walk(func(c coding.Code, depth int) {
		add("code %d %s %s %q", depth, cb.Path(c.ID), c.Color, c.Description)
	})
	infos, err := p.Documents()
	if err != nil {
		t.Fatal(err)
	}
	names := map[int64]string{}
	for _, info := range infos {
		d, err := p.Document(info.ID)
		if err != nil {
			t.Fatal(err)
		}
		names[d.ID] = d.Name
		add("doc %s hash=%s attrs=%s", d.Name, d.Hash, coding.AttributeLine(d.Attributes, "=", ";"))
	}
	es, err := p.Excerpts(coding.ExcerptFilter{})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range es {
		add("excerpt %s %d-%d %s coder=%q memo=%q at=%s text=%q", names[e.DocID], e.Start, e.End, cb.Path(e.CodeID), e.Coder, e.Memo, e.Created.UTC().Format("2006-01-02T15:04:05.000000000"), e.Text)
	}
	memos, err := p.Memos()
	if err != nil {
		t.Fatal(err)
	}
	for k, text := range memos {
		target := ""
		switch k.Kind {
		case coding.DocumentMemo:
			target = names[k.ID]
		case coding.CodeMemo:
			target = cb.Path(k.ID)
		}
		add("memo %s %s %q", k.Kind, target, text)
	}
	name, _ := p.Name()
	add("name %q", name)
	sort.Strings(lines)
	return strings.Join(lines, "\n")
}

func writeFixture(t *testing.T, dir, name, text string) {
	t.Helper()
	path := filepath.Join(dir, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}
