package importer

import (
	"strings"
	"testing"
)

// Decode reads each file in the encoding the evidence points to, and
// says where bytes could not be read.
func TestDecodeByEvidence(t *testing.T) {
	for _, c := range []struct {
		name, data, text, enc string
		stray, line           int
	}{
		{"utf-8", "Hyvä päivä", "Hyvä päivä", UTF8, 0, 0},
		// One stray byte once made the whole text Windows-1252: "HyvÃ¤".
		{"utf-8 and one stray byte", "Hyvä päivä\nkolmas rivi \xe4 tässä\nloppu", "Hyvä päivä\nkolmas rivi \uFFFD tässä\nloppu", UTF8, 1, 2},
		{"windows-1252", "Hyv\xe4 p\xe4iv\xe4", "Hyvä päivä", Windows1252, 0, 0},
		{"windows-1252 and one pair that looks like utf-8", "Hyv\xe4 p\xe4iv\xe4 \xc3\xa4", "Hyvä päivä Ã¤", Windows1252, 0, 0},
		{"ascii and one latin-1 letter", "Hyv\xe4 day", "Hyvä day", Windows1252, 0, 0},
		{"windows-1252 with an undefined byte", "a\nb\x81", "a\nb\uFFFD", Windows1252, 1, 2},
		{"utf-8 bom", "\xef\xbb\xbfHei", "Hei", UTF8, 0, 0},
		{"utf-16le bom", "\xff\xfeH\x00\xe4\x00", "Hä", UTF16LE, 0, 0},
		{"utf-16le lone surrogate", "\xff\xfeH\x00\n\x00\x00\xd8i\x00", "H\n\uFFFDi", UTF16LE, 1, 2},
		{"utf-16be pair", "\xfe\xff\x00H\xd8\x3d\xde\x00", "H😀", UTF16BE, 0, 0},
		{"utf-16le odd byte", "\xff\xfeH\x00i", "H\uFFFD", UTF16LE, 1, 1},
	} {
		t.Run(c.name, func(t *testing.T) {
			d := Decode([]byte(c.data))
			if d.Text != c.text || d.Encoding != c.enc || d.Stray != c.stray || d.StrayLine != c.line {
				t.Errorf("got %q %s, %d stray on line %d; want %q %s, %d on line %d",
					d.Text, d.Encoding, d.Stray, d.StrayLine, c.text, c.enc, c.stray, c.line)
			}
		})
	}
}

// A transcript with a stray byte imports as UTF-8, and the report names
// the encoding and the line; a Windows-1252 file says it was read so.
func TestReadPlainSaysHowItWasRead(t *testing.T) {
	r, err := Read("haastattelu.txt", []byte("H1: Hyvä päivä.\nH2: Kiitos \xe4.\n"))
	if err != nil {
		t.Fatal(err)
	}
	if r.Text != "H1: Hyvä päivä.\nH2: Kiitos \uFFFD." || r.Encoding != UTF8 {
		t.Fatalf("got %q in %s", r.Text, r.Encoding)
	}
	if len(r.Notes) != 1 || r.Notes[0].String() != "haastattelu.txt: 1 bytes could not be read as UTF-8 and show as �; the first is on line 2." {
		t.Fatalf("notes %v", r.Notes)
	}
	r, err = Read("vanha.txt", []byte("H1: Hyv\xe4 p\xe4iv\xe4."))
	if err != nil || r.Encoding != Windows1252 || len(r.Notes) != 1 || r.Notes[0].String() != "vanha.txt was read as Windows-1252." {
		t.Fatalf("got %q %s %v: %v", r.Text, r.Encoding, r.Notes, err)
	}
}

// UTF-16 with one lone half of a pair is text with one unreadable
// character, not a binary file.
func TestLoneSurrogateIsNotBinary(t *testing.T) {
	data := []byte("\xff\xfe")
	for _, r := range "H1: Tämä on lyhyt vastaus." {
		data = append(data, byte(r), byte(r>>8))
	}
	data = append(data, 0x00, 0xdc) // a low surrogate without its high one
	r, err := Read("puolikas.txt", data)
	if err != nil || !strings.HasSuffix(r.Text, "\uFFFD") || len(r.Notes) != 2 {
		t.Fatalf("got %q %v: %v", r.Text, r.Notes, err)
	}
}

// Bytes no encoding reads, many of them, are still refused.
func TestMostlyStrayRefused(t *testing.T) {
	data := []byte("\xff\xfe")
	for range 100 {
		data = append(data, 'a', 0, 0x00, 0xd8) // a letter, then a lone high surrogate
	}
	_, err := Read("rikki.txt", data)
	checkErr(t, err, ErrCorrupt, "rikki.txt")
}
