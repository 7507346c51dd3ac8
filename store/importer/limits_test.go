package importer

import (
	"archive/zip"
	"bytes"
	"strings"
	"testing"
)

// bigDocx is a .docx of n paragraphs of 64 KB of text each; it packs to a
// few hundred kilobytes.
func bigDocx(t testing.TB, n int) []byte {
	para := `<w:p><w:r><w:t>` + strings.Repeat("sana ", 64<<10/5) + `</w:t></w:r></w:p>`
	return zipFiles(t, docxParts(`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>`+
		strings.Repeat(para, n)+`</w:body></w:document>`))
}

// One limit holds for the text of a document, not only for the file's
// size: a small .docx that unpacks to more text than MaxTextBytes is
// refused while it is read (a 614 KB file once brought 240 MB of text),
// and so is a text of more lines than MaxTextLines, whatever its format.
func TestTextLimits(t *testing.T) {
	docx := bigDocx(t, MaxTextBytes>>16+16)
	if len(docx) > MaxFileSize/16 {
		t.Fatalf("the .docx is %d bytes; it should be small", len(docx))
	}
	_, err := Read("paisuva.docx", docx)
	checkErr(t, err, ErrTooLarge, "paisuva.docx")
	if !strings.Contains(err.Error(), "MB of text in one document") {
		t.Errorf("message %q", err)
	}
	lines := strings.Repeat("H: a\n", MaxTextLines+1)
	_, err = Read("rivit.txt", []byte(lines))
	checkErr(t, err, ErrTooLarge, "rivit.txt")
	if !strings.Contains(err.Error(), "lines in one document") {
		t.Errorf("message %q", err)
	}
}

// BenchmarkReadDocxOverLimit measures what refusing a .docx that unpacks
// past MaxTextBytes costs; run with -benchmem.
func BenchmarkReadDocxOverLimit(b *testing.B) {
	docx := bigDocx(b, MaxTextBytes>>16+16)
	for b.Loop() {
		if _, err := Read("paisuva.docx", docx); err == nil {
			b.Fatal("read")
		}
	}
}

// encryptedDocx is a .docx whose parts are flagged as encrypted, as zip
// tools write a password-protected archive.
func encryptedDocx(t *testing.T) []byte {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, p := range docxParts(`<w:document/>`) {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: p.name, Method: zip.Deflate, Flags: 0x1})
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(p.body))
	}
	zw.Close()
	return buf.Bytes()
}

// Messages that say what the file is: a file of zero-width characters is
// empty, an encrypted .docx is password-protected, not damaged.
func TestRefusalsSayWhatTheFileIs(t *testing.T) {
	for _, c := range []struct {
		name     string
		data     []byte
		sentinel error
		says     string
	}{
		{"nakymaton.txt", []byte("\u200b\u200b\u200c\u200d\u2060\ufeff\u200b\n\u200b"), ErrEmpty, "no visible text"},
		{"salasana.docx", encryptedDocx(t), ErrEncrypted, "password"},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := Read(c.name, c.data)
			checkErr(t, err, c.sentinel, c.name)
			if !strings.Contains(err.Error(), c.says) {
				t.Errorf("message %q does not say %q", err, c.says)
			}
		})
	}
}

// A DOCTYPE that only names an external DTD declares no entities: the
// document reads (it was once refused as "entity declarations"), and one
// that declares entities is still refused.
func TestDoctypeWithoutEntities(t *testing.T) {
	doc := `<?xml version="1.0"?>
<!DOCTYPE w:document PUBLIC "-//Teema//Testi//FI" "http://example.invalid/document.dtd">
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Hei</w:t></w:r></w:p></w:body></w:document>`
	r, err := Read("dtd.docx", zipFiles(t, docxParts(doc)))
	if err != nil || r.Text != "Hei" {
		t.Fatalf("got %q: %v", r.Text, err)
	}
	_, err = Read("entiteetti.docx", zipFiles(t, docxParts(strings.Replace(doc, `">`, `" [<!ENTITY x "y">]>`, 1))))
	checkErr(t, err, ErrCorrupt, "entiteetti.docx")
}
