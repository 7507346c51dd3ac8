package qdpx

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"errors"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"teema/message"
)

func zipOf(t *testing.T, files map[string]string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for name, text := range files {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(text))
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// lyingZip holds a project.qde whose header claims 100 bytes but which
// inflates to many megabytes.
func lyingZip(t *testing.T) []byte {
	t.Helper()
	var body bytes.Buffer
	fw, _ := flate.NewWriter(&body, flate.BestCompression)
	fw.Write(bytes.Repeat([]byte(" "), 20<<20))
	fw.Close()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, err := zw.CreateRaw(&zip.FileHeader{Name: "project.qde", Method: zip.Deflate,
		CompressedSize64: uint64(body.Len()), UncompressedSize64: 100})
	if err != nil {
		t.Fatal(err)
	}
	w.Write(body.Bytes())
	zw.Close()
	return buf.Bytes()
}

// bomb holds a project.qde that inflates past what Teema reads of one.
func bomb(t *testing.T) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, _ := zw.Create("project.qde")
	w.Write([]byte(`<Project xmlns="urn:QDA-XML:project:1.0" name="x">`))
	spaces := bytes.Repeat([]byte(" "), 1<<20)
	for range maxXML>>20 + 1 {
		w.Write(spaces)
	}
	w.Write([]byte(`</Project>`))
	zw.Close()
	return buf.Bytes()
}

func TestHostileArchivesChangeNothing(t *testing.T) {
	good := exportBytes(t, newProject(t))
	random := make([]byte, 4096)
	rand.New(rand.NewSource(1)).Read(random)
	minimal := `<Project xmlns="urn:QDA-XML:project:1.0" name="x"/>`
	cases := []struct {
		name string
		data []byte
		want error
		text string
	}{
		{"path traversal", zipOf(t, map[string]string{"project.qde": minimal, "../../etc/evil.txt": "x"}), ErrUnsafe, "points outside"},
		{"absolute path", zipOf(t, map[string]string{"project.qde": minimal, "/tmp/evil.txt": "x"}), ErrUnsafe, "points outside"},
		{"windows drive", zipOf(t, map[string]string{"project.qde": minimal, `C:\evil.txt`: "x"}), ErrUnsafe, "points outside"},
		{"zip bomb", bomb(t), ErrTooLarge, "zip bomb"},
		{"lying size", lyingZip(t), ErrNotProject, "damaged"},
		{"truncated", good[:len(good)/2], ErrNotProject, "damaged"},
		{"random bytes", random, ErrNotProject, "not a zip"},
		{"no qde", zipOf(t, map[string]string{"sources/a.txt": "x"}), ErrNotProject, "no .qde"},
		{"two qde", zipOf(t, map[string]string{"a.qde": minimal, "b.qde": minimal}), ErrNotProject, "2 .qde"},
		{"not xml", zipOf(t, map[string]string{"project.qde": "<Project name='x'><oops></Project>"}), nil, "not valid QDA-XML"},
		{"wrong root", zipOf(t, map[string]string{"project.qde": "<CodeBook/>"}), nil, "not valid QDA-XML"},
	}
	p := richDemo(t)
	before := dump(t, p)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := importBytes(p, c.data)
			if err == nil || c.want != nil && !errors.Is(err, c.want) || !strings.Contains(err.Error(), c.text) {
				t.Fatalf("got error %v, want %v mentioning %q", err, c.want, c.text)
			}
			if dump(t, p) != before {
				t.Error("a refused file changed the project")
			}
		})
	}
}

// A source path inside the XML that climbs out of the archive costs that
// source only.
func TestSourcePathOutsideArchive(t *testing.T) {
	p := newProject(t)
	rep, err := importBytes(p, zipOf(t, map[string]string{"project.qde": `<Project xmlns="urn:QDA-XML:project:1.0" name="x"><Sources>
<TextSource guid="22222222-2222-2222-2222-222222222222" name="Evil" plainTextPath="internal://../../etc/passwd"/>
<TextSource guid="33333333-3333-3333-3333-333333333333" name="Far" plainTextPath="file:///etc/passwd"/>
</Sources></Project>`}))
	if err != nil {
		t.Fatal(err)
	}
	s := english(rep.Notes())
	if rep.Documents != 0 || !strings.Contains(s, "points outside the archive") || !strings.Contains(s, "outside the archive (file:///etc/passwd)") {
		t.Errorf("report:\n%s", s)
	}
}

// A refused file is named in the message, as the researcher knows it.
func TestRefusalNamesTheFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "rikki.qdpx")
	if err := os.WriteFile(path, []byte("PK\x03\x04 not really a zip"), 0o644); err != nil {
		t.Fatal(err)
	}
	p := newProject(t)
	_, err := ImportFile(p, path)
	if !errors.Is(err, ErrNotProject) {
		t.Fatalf("project: %v", err)
	}
	checkNamed(t, err, "rikki.qdpx")
	_, err = ImportCodeBookFile(p, path)
	checkNamed(t, err, "rikki.qdpx")
}

func checkNamed(t *testing.T, err error, name string) {
	t.Helper()
	var m *message.Error
	if !errors.As(err, &m) || !strings.HasPrefix(m.Note.String(), name+" is not a REFI-QDA") {
		t.Errorf("%v does not name %s", err, name)
	}
}
