package importer

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"teema/coding"
	"teema/message"
)

func fixture(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(fixtureDir, name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestReadFixtures(t *testing.T) {
	fi := coding.Normalize(transcript(t, "haastattelu-fi.txt"))
	en := coding.Normalize(transcript(t, "interview-en.txt"))
	tests := []struct {
		file, want, format string
	}{
		{"../transcripts/haastattelu-fi.txt", fi, "txt"},
		{"../transcripts/interview-en.txt", en, "txt"},
		{"haastattelu-fi.utf8-bom.txt", fi, "txt"},
		{"haastattelu-fi.utf16le.txt", fi, "txt"},
		{"haastattelu-fi.utf16be.txt", fi, "txt"},
		{"haastattelu-fi.cp1252.txt", fi, "txt"},
		{"interview-en.md", en, "md"},
		{"haastattelu-fi.docx", fi, "docx"},
		{"interview-en.docx", en, "docx"},
		{"haastattelu-fi.odt", fi, "odt"},
		{"interview-en.odt", en, "odt"},
		{"haastattelu-fi.pdf", fi, "pdf"},
		{"interview-en.pdf", en, "pdf"},
		{"haastattelu-fi.hyphenated.pdf", fi, "pdf"},
		{"quirks.docx", quirksDocx, "docx"},
		{"quirks.odt", quirksODT, "odt"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			r, err := Read(tt.file, fixture(t, tt.file))
			if err != nil {
				t.Fatal(err)
			}
			if r.Format != tt.format {
				t.Errorf("Format = %q, want %q", r.Format, tt.format)
			}
			if tt.format == "pdf" {
				// Layout is inferred, so demand every paragraph, in order,
				// and nothing the source does not have.
				checkParagraphsInOrder(t, r.Text, tt.want)
			}
			if r.Text != tt.want {
				t.Errorf("text differs from the source:\n%s", firstDiff(r.Text, tt.want))
			}
			if strings.Contains(tt.want, "ä") && !strings.ContainsAny(r.Text, "äöÅ") {
				t.Error("Finnish letters lost")
			}
		})
	}
}

func checkParagraphsInOrder(t *testing.T, got, want string) {
	t.Helper()
	rest := got
	for _, p := range strings.Split(want, "\n\n") {
		i := strings.Index(rest, p)
		if i < 0 {
			t.Errorf("paragraph missing or out of order: %.60q", p)
			continue
		}
		rest = rest[i+len(p):]
	}
}

// firstDiff shows where two texts part, for readable failures.
func firstDiff(got, want string) string {
	i := 0
	for i < len(got) && i < len(want) && got[i] == want[i] {
		i++
	}
	from := max(0, i-40)
	return "got:  ..." + strings.ReplaceAll(got[from:min(len(got), i+40)], "\n", `\n`) +
		"\nwant: ..." + strings.ReplaceAll(want[from:min(len(want), i+40)], "\n", `\n`)
}

func TestReadHyphenatedPDF(t *testing.T) {
	r, err := Read("h.pdf", fixture(t, "haastattelu-fi.hyphenated.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"asiakaskokemus?", "asiakaskokemusta", "HR-yksikölle", "2 100 €", "”tällä", "Åström"} {
		if !strings.Contains(r.Text, s) {
			t.Errorf("missing %q", s)
		}
	}
	for _, s := range []string{"asiakas-", "HR-\n", "HR- ", "Sivu 1", "Sivu 2"} {
		if strings.Contains(r.Text, s) {
			t.Errorf("unexpected %q", s)
		}
	}
}

func TestReadFile(t *testing.T) {
	r, err := ReadFile(filepath.Join(fixtureDir, "quirks.odt"))
	if err != nil || r.Text != quirksODT {
		t.Fatalf("ReadFile = %q, %v", r.Text, err)
	}

	dir := t.TempDir()
	big := filepath.Join(dir, "valtava.txt")
	if err := os.WriteFile(big, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Truncate(big, MaxFileSize+1); err != nil { // sparse: no disk used
		t.Fatal(err)
	}
	_, err = ReadFile(big)
	checkErr(t, err, ErrTooLarge, "valtava.txt")

	_, err = ReadFile(filepath.Join(dir, "puuttuu.docx"))
	checkErr(t, err, fs.ErrNotExist, "puuttuu.docx")

	_, err = ReadFile(filepath.Join(dir, "kuva.heic"))
	checkErr(t, err, ErrUnsupported, "kuva.heic")

	folder := filepath.Join(dir, "kansio.txt")
	if err := os.Mkdir(folder, 0o755); err != nil {
		t.Fatal(err)
	}
	_, err = ReadFile(folder)
	checkErr(t, err, ErrUnsupported, "kansio.txt")
}

func checkErr(t *testing.T, err, sentinel error, name string) {
	t.Helper()
	if !errors.Is(err, sentinel) {
		t.Fatalf("error = %v, want %v", err, sentinel)
	}
	checkNamed(t, err, name)
}

// checkNamed checks that err is a message that names the file.
func checkNamed(t *testing.T, err error, name string) {
	t.Helper()
	var m *message.Error
	if !errors.As(err, &m) || m.Args["File"] != name || !strings.Contains(m.Note.String(), name) {
		t.Errorf("%v is not a message naming %q", err, name)
	}
}

func TestReadDocxMainPart(t *testing.T) {
	body := `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Word Online</w:t></w:r></w:p></w:body></w:document>`
	data := zipFiles(t, []part{
		{"_rels/.rels", `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/word/document2.xml"/></Relationships>`},
		{"word/document2.xml", body},
	})
	r, err := Read("verkko.docx", data)
	if err != nil || r.Text != "Word Online" {
		t.Fatalf("got %q, %v", r.Text, err)
	}
}
