package qdpx

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"teema/coding"
)

// validate runs xmllint against the official QDA-XML 1.0 schema, which is
// copied into testdata so the test needs nothing outside the repository.
func validate(t *testing.T, name string, doc []byte) {
	t.Helper()
	lint, err := exec.LookPath("xmllint")
	if err != nil {
		t.Skip("xmllint not found; install Debian's libxml2-utils (make deps-test) to check exports against Project.xsd")
	}
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, doc, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(lint, "--noout", "--schema", filepath.Join(fixtures, "Project.xsd"), path).CombinedOutput()
	if err != nil {
		t.Fatalf("%s does not validate against Project.xsd: %v\n%s", name, err, out)
	}
}

func TestExportValidatesAgainstSchema(t *testing.T) {
	validate(t, "project.qde", unzipEntry(t, exportBytes(t, richDemo(t)), "project.qde"))
}

func TestExportOfEmptyProjectValidates(t *testing.T) {
	validate(t, "project.qde", unzipEntry(t, exportBytes(t, newProject(t)), "project.qde"))
}

// The code book schema is not in the repository; its Code elements are
// the project schema's, so the exported codes are checked inside a project.
func TestCodeBookExportValidates(t *testing.T) {
	var buf bytes.Buffer
	if err := ExportCodeBook(richDemo(t), &buf); err != nil {
		t.Fatal(err)
	}
	qdc := buf.String()
	if !strings.Contains(qdc, `<CodeBook xmlns="`+codebookNS+`" origin="Teema">`) {
		t.Fatalf("code book root:\n%.300s", qdc)
	}
	inner := qdc[strings.Index(qdc, "<Codes>") : strings.Index(qdc, "</Codes>")+len("</Codes>")]
	wrapped := `<Project xmlns="` + projectNS + `" name="x"><CodeBook>` + inner + `</CodeBook></Project>`
	validate(t, "codebook.qde", []byte(wrapped))
}

func TestExportedTextsAreUTF8WithoutBOM(t *testing.T) {
	p := richDemo(t)
	b := exportBytes(t, p)
	infos, _ := p.Documents()
	created, _ := p.CreatedAt()
	g := contents{created: created}.guids()
	for _, info := range infos {
		d, err := p.Document(info.ID)
		if err != nil {
			t.Fatal(err)
		}
		raw := unzipEntry(t, b, "sources/"+g.ofID("document", d.ID)+".txt")
		if bytes.HasPrefix(raw, []byte{0xEF, 0xBB, 0xBF}) || !utf8.Valid(raw) || string(raw) != d.Text {
			t.Errorf("%s: the exported text is not the document's text as UTF-8 without BOM", d.Name)
		}
	}
	qde := string(unzipEntry(t, b, "project.qde"))
	es, _ := p.Excerpts(coding.ExcerptFilter{})
	for _, e := range es {
		if e.Coder == "Kati" && !strings.Contains(qde, `startPosition="3" endPosition="25"`) {
			t.Error("offsets are not written in code points")
		}
	}
}

func TestGUIDsAreValidAndDistinct(t *testing.T) {
	g := guids{seed: "2026-01-01T00:00:00Z"}
	seen := map[string]bool{}
	for _, id := range []string{g.ofID("code", 1), g.ofID("code", 2), g.ofID("document", 1), g.of("user", "Kati")} {
		if len(id) != 36 || id[14] != '5' || seen[id] {
			t.Errorf("bad or repeated GUID %s", id)
		}
		seen[id] = true
	}
	if g.ofID("code", 1) != (guids{seed: "2026-01-01T00:00:00Z"}).ofID("code", 1) {
		t.Error("GUIDs are not stable")
	}
	if g.ofID("code", 1) == (guids{seed: "2026-01-01T00:00:01Z"}).ofID("code", 1) {
		t.Error("two projects share GUIDs")
	}
}
