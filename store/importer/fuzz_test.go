package importer

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"teema/coding"
	"teema/message"
)

// classes are the sentinels every error of Read is one of.
var classes = []error{ErrUnsupported, ErrEmpty, ErrBinary, ErrCorrupt, ErrTooLarge, ErrEncrypted}

// checkRead is the contract every input must meet: no panic, and either
// normalised non-empty text or a message that names the file, in one of
// the classes.
func checkRead(t *testing.T, name string, data []byte) {
	r, err := Read(name, data)
	if err != nil {
		var m *message.Error
		if !errors.As(err, &m) || m.Args["File"] != name || !slices.ContainsFunc(classes, func(c error) bool { return errors.Is(err, c) }) {
			t.Fatalf("not a classified message naming the file: %v", err)
		}
		return
	}
	if r.Text == "" || coding.Normalize(r.Text) != r.Text {
		t.Fatalf("text not normalised: %q", r.Text)
	}
}

func addSeeds(f *testing.F, files ...string) {
	for _, name := range files {
		f.Add(fixture(f, name))
	}
}

func FuzzReadTxt(f *testing.F) {
	addSeeds(f, "haastattelu-fi.utf8-bom.txt", "haastattelu-fi.utf16le.txt", "haastattelu-fi.utf16be.txt", "haastattelu-fi.cp1252.txt", "interview-en.md")
	f.Add([]byte("\xFF\xFE\x00"))
	f.Add(pngBytes(f))
	f.Fuzz(func(t *testing.T, data []byte) { checkRead(t, "f.txt", data) })
}

func FuzzReadDocx(f *testing.F) {
	addSeeds(f, "quirks.docx", "haastattelu-fi.docx", "interview-en.docx")
	f.Add(zipFiles(f, docxParts(billionLaughs)))
	f.Fuzz(func(t *testing.T, data []byte) { checkRead(t, "f.docx", data) })
}

func FuzzReadODT(f *testing.F) {
	addSeeds(f, "quirks.odt", "interview-en.odt")
	f.Fuzz(func(t *testing.T, data []byte) { checkRead(t, "f.odt", data) })
}

func FuzzReadPDF(f *testing.F) {
	addSeeds(f, "haastattelu-fi.hyphenated.pdf", "interview-en.pdf")
	f.Add(buildPDF(onePage("BT /F2 12 Tf 72 700 Td <00010002> Tj ET q /X1 Do Q"), ""))
	f.Fuzz(func(t *testing.T, data []byte) { checkRead(t, "f.pdf", data) })
}

// FuzzDecode: whatever the bytes, the text is valid UTF-8, the count of
// unreadable units matches the replacement characters made, and valid
// UTF-8 without a byte-order mark (nor the zero bytes of UTF-16) is taken
// as it is.
func FuzzDecode(f *testing.F) {
	f.Add([]byte("Hyvä päivä\n\xe4 tässä"))
	f.Add([]byte("\xff\xfeH\x00\n\x00\x00\xd8"))
	f.Add([]byte("Hyv\xe4 p\xe4iv\xe4"))
	f.Fuzz(func(t *testing.T, data []byte) {
		d := Decode(data)
		if !utf8.ValidString(d.Text) || d.Stray < 0 || d.Stray > 0 && d.StrayLine < 1 {
			t.Fatalf("%+v", d)
		}
		if d.Stray > strings.Count(d.Text, "\uFFFD") && d.Encoding != UTF8 {
			t.Fatalf("%d stray, %d replacement characters", d.Stray, strings.Count(d.Text, "\uFFFD"))
		}
		if d.Encoding == UTF8 && !d.BOM && utf8.Valid(data) && d.Text != string(data) {
			t.Fatalf("valid UTF-8 changed: %q", d.Text)
		}
	})
}
