package importer

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"errors"
	"hash/crc32"
	"image"
	"image/png"
	"io"
	"math/rand/v2"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/go-pdf/fpdf"
)

// hangLimit is far above any honest run, even under the race detector on
// a loaded CI machine, and far below what a hang would take.
const hangLimit = 30 * time.Second

func randomBytes(n int) []byte {
	r := rand.New(rand.NewPCG(1, 2))
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(r.Uint32())
	}
	return b
}

func pngBytes(t testing.TB) []byte {
	var buf bytes.Buffer
	if err := png.Encode(&buf, image.NewGray(image.Rect(0, 0, 64, 64))); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

const billionLaughs = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&lol3;</w:t></w:r></w:p></w:body></w:document>`

const minimalContent = `<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text><text:p>%s</text:p></office:text></office:body></office:document-content>`

// zipBomb is a .docx whose document.xml inflates to 300 MB of zeros, built
// once in memory (it compresses to about 300 KB).
var zipBomb = sync.OnceValue(func() []byte {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, _ := zw.Create("word/document.xml")
	zeros := make([]byte, 1<<20)
	for range 300 {
		w.Write(zeros)
	}
	zw.Close()
	return buf.Bytes()
})

// lyingZip stores document.xml with a header that claims 100 bytes while
// the data inflates to n bytes of valid XML, so only the byte count can stop it.
func lyingZip(t testing.TB, n int) []byte {
	body := `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>` +
		strings.Repeat("a", n) + `</w:t></w:r></w:p></w:body></w:document>`
	var comp bytes.Buffer
	fw, _ := flate.NewWriter(&comp, flate.BestSpeed)
	fw.Write([]byte(body))
	fw.Close()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, err := zw.CreateRaw(&zip.FileHeader{
		Name: "word/document.xml", Method: zip.Deflate,
		CRC32: crc32.ChecksumIEEE([]byte(body)), CompressedSize64: uint64(comp.Len()), UncompressedSize64: 100,
	})
	if err != nil {
		t.Fatal(err)
	}
	w.Write(comp.Bytes())
	zw.Close()
	return buf.Bytes()
}

func scannedPDF(t testing.TB) []byte {
	pdf := fpdf.New("P", "pt", "A5", "")
	pdf.AddPage()
	pdf.RegisterImageOptionsReader("scan", fpdf.ImageOptions{ImageType: "PNG"}, bytes.NewReader(pngBytes(t)))
	pdf.ImageOptions("scan", 20, 20, 380, 550, false, fpdf.ImageOptions{ImageType: "PNG"}, 0, "")
	var buf bytes.Buffer
	if err := pdf.Output(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestReadBadInputs(t *testing.T) {
	docx := fixture(t, "haastattelu-fi.docx")
	pdfData := fixture(t, "haastattelu-fi.hyphenated.pdf")
	ole := []byte("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1" + strings.Repeat("\x00", 512))
	tests := []struct {
		name     string
		data     []byte
		sentinel error
		says     string // part of the message
	}{
		{"tyhja.txt", nil, ErrEmpty, "empty"},
		{"tyhja.pdf", nil, ErrEmpty, "empty"},
		{"valit.txt", []byte(" \r\n\t\n  \u00A0\n"), ErrEmpty, "no text"},
		{"valit.md", []byte("\uFEFF\n\n"), ErrEmpty, "no text"},
		{"satunnainen.txt", randomBytes(4096), ErrBinary, "binary"},
		{"ohjaus.txt", []byte("abc\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f def"), ErrBinary, "control characters"},
		{"nul.txt", []byte("teksti\x00teksti"), ErrBinary, "NUL"},
		{"kuva.txt", pngBytes(t), ErrBinary, "PNG image"},
		{"jpeg.txt", []byte("\xFF\xD8\xFF\xE0\x00\x10JFIF"), ErrBinary, "JPEG image"},
		{"ohjelma.txt", []byte("\x7FELF\x02\x01\x01\x00"), ErrBinary, "program"},
		{"pdf.txt", pdfData, ErrBinary, "PDF"},
		{"word.txt", docx, ErrBinary, "Word"},
		{"nauhoite.txt", []byte("\x00\x00\x00\x20ftypM4A \x00\x00\x00\x00"), ErrBinary, "recording"},
		{"rtf.txt", []byte(`{\rtf1\ansi hello}`), ErrUnsupported, "RTF"},
		{"katkaistu.docx", docx[:len(docx)/2], ErrCorrupt, "not a readable Word document"},
		{"satunnainen.docx", randomBytes(2048), ErrCorrupt, "not really a .docx"},
		{"kuva.docx", pngBytes(t), ErrCorrupt, "PNG image"},
		{"ilman-dokumenttia.docx", zipFiles(t, []part{{"[Content_Types].xml", "<Types/>"}}), ErrCorrupt, "word/document.xml"},
		{"entiteetit.docx", zipFiles(t, docxParts(billionLaughs)), ErrCorrupt, "entity"},
		{"rikki.docx", zipFiles(t, docxParts("<w:document><w:body><w:p>")), ErrCorrupt, "not valid XML"},
		{"syva.docx", zipFiles(t, docxParts(strings.Repeat("<a>", 5000)+strings.Repeat("</a>", 5000))), ErrCorrupt, "nested too deeply"},
		{"pommi.docx", zipBomb(), ErrTooLarge, "zip bomb"},
		{"vanha.docx", ole, ErrUnsupported, "97–2003"},
		{"salattu.docx", append(bytes.Clone(ole), utf16LE("EncryptedPackage")...), ErrEncrypted, "password"},
		{"tyhja-sisalto.docx", zipFiles(t, docxParts(`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p/></w:body></w:document>`)), ErrEmpty, "no text"},
		{"katkaistu.odt", fixture(t, "quirks.odt")[:600], ErrCorrupt, "OpenDocument"},
		{"ilman-sisaltoa.odt", zipFiles(t, []part{{"mimetype", "application/vnd.oasis.opendocument.text"}}), ErrCorrupt, "content.xml"},
		{"entiteetit.odt", zipFiles(t, odtParts(strings.Replace(billionLaughs, "w:document", "office:document-content", 1))), ErrCorrupt, "entity"},
		{"salattu.odt", zipFiles(t, []part{{"META-INF/manifest.xml", `<manifest:encryption-data/>`}, {"content.xml", "\x8f\x01binary"}}), ErrEncrypted, "password"},
		{"valit.odt", zipFiles(t, odtParts(strings.Replace(minimalContent, "%s", "<text:s text:c=\"999999999\"/>", 1))), ErrEmpty, "no text"},
		{"vale.pdf", append([]byte("%PDF-1.4\n"), randomBytes(3000)...), ErrCorrupt, "not a readable PDF"},
		{"katkaistu.pdf", pdfData[:len(pdfData)/2], ErrCorrupt, "not a readable PDF"},
		{"kuva.pdf", pngBytes(t), ErrCorrupt, "PNG image"},
		{"skannattu.pdf", scannedPDF(t), ErrEmpty, "OCR"},
		{"vanha.doc", ole, ErrUnsupported, ".docx"},
		{"muistio.rtf", []byte(`{\rtf1}`), ErrUnsupported, ".txt, .md, .docx, .odt, .pdf"},
		{"taulukko.xlsx", docx, ErrUnsupported, "supported"},
		{"README", []byte("text"), ErrUnsupported, "no file extension"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			start := time.Now()
			_, err := Read(tt.name, tt.data)
			checkErr(t, err, tt.sentinel, tt.name)
			if !strings.Contains(err.Error(), tt.says) {
				t.Errorf("message %q does not say %q", err, tt.says)
			}
			// A hang guard, not a speed test: timings belong in benchmarks.
			if d := time.Since(start); d > hangLimit {
				t.Errorf("took %v: a hostile file must fail fast, not hang", d)
			}
		})
	}
}

func TestZipEntryLimit(t *testing.T) {
	// A header that understates the size is caught while inflating.
	_, err := Read("valehtelija.docx", lyingZip(t, 2<<20))
	if !errors.Is(err, ErrCorrupt) && !errors.Is(err, ErrTooLarge) {
		t.Fatalf("lying header: %v", err)
	}
	checkNamed(t, err, "valehtelija.docx")

	l := &limitedEntry{rc: io.NopCloser(strings.NewReader(strings.Repeat("a", 2000))), name: "word/document.xml", left: 1000}
	n, err := io.Copy(io.Discard, l)
	if !errors.Is(err, ErrTooLarge) || n != 1000 {
		t.Fatalf("limitedEntry read %d bytes, err %v", n, err)
	}
}

func TestRepairedPDFs(t *testing.T) {
	orig := fixture(t, "haastattelu-fi.hyphenated.pdf")
	want, err := Read("a.pdf", orig)
	if err != nil {
		t.Fatal(err)
	}
	v2 := bytes.Clone(orig)
	copy(v2, "%PDF-2.0")
	tests := map[string][]byte{
		"junk before header":   append([]byte("X-Mailer junk\r\n"), orig...),
		"junk after EOF":       append(bytes.Clone(orig), bytes.Repeat([]byte{0}, 500)...),
		"version 2.0":          v2,
		"comment after header": bytes.Replace(orig, []byte("%PDF-1.3\n"), []byte("%PDF-1.3 "), 1),
	}
	for name, data := range tests {
		t.Run(name, func(t *testing.T) {
			got, err := Read("a.pdf", data)
			if err != nil {
				t.Fatal(err)
			}
			if got.Text != want.Text {
				t.Error("text differs from the undamaged file")
			}
		})
	}
}
