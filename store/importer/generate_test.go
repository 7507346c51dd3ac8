package importer

import (
	"archive/zip"
	"bytes"
	"flag"
	"html"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/go-pdf/fpdf"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// The fixtures in testdata/importer are generated from the transcripts in
// testdata/transcripts and checked in, so that tests need no LibreOffice:
//
//	go test ./store/importer -run TestGenerateFixtures -update
//
// The .docx, .odt and LibreOffice .pdf files need soffice on PATH
// (Debian: apt-get install libreoffice-writer-nogui).
var update = flag.Bool("update", false, "regenerate the fixtures in testdata/importer")

const (
	transcriptDir = "../../testdata/transcripts"
	fixtureDir    = "../../testdata/importer"
)

func TestGenerateFixtures(t *testing.T) {
	if !*update {
		t.Skip("run with -update to regenerate the fixtures")
	}
	fi := transcript(t, "haastattelu-fi.txt")
	en := transcript(t, "interview-en.txt")
	crlf := func(s string) string { return strings.ReplaceAll(s, "\n", "\r\n") }

	writeFixture(t, "haastattelu-fi.utf8-bom.txt", []byte("\uFEFF"+fi))
	writeFixture(t, "haastattelu-fi.utf16le.txt", encode(t, unicode.UTF16(unicode.LittleEndian, unicode.UseBOM), crlf(fi)))
	writeFixture(t, "haastattelu-fi.utf16be.txt", encode(t, unicode.UTF16(unicode.BigEndian, unicode.UseBOM), fi))
	writeFixture(t, "haastattelu-fi.cp1252.txt", encode(t, charmap.Windows1252, crlf(fi)))
	writeFixture(t, "interview-en.md", []byte(crlf(en)))
	writeFixture(t, "quirks.docx", zipFiles(t, docxParts(quirksDocumentXML)))
	writeFixture(t, "quirks.odt", zipFiles(t, odtParts(quirksContentXML)))
	writeFixture(t, "haastattelu-fi.hyphenated.pdf", hyphenatedPDF(t, fi))

	soffice, err := exec.LookPath("soffice")
	if err != nil {
		t.Fatal("soffice (LibreOffice) is needed for the .docx, .odt and .pdf fixtures")
	}
	for _, name := range []string{"haastattelu-fi", "interview-en"} {
		src := filepath.Join(t.TempDir(), name+".html")
		if err := os.WriteFile(src, []byte(transcriptHTML(transcript(t, name+".txt"))), 0o644); err != nil {
			t.Fatal(err)
		}
		for _, target := range []string{"docx:MS Word 2007 XML", "odt", "pdf:writer_pdf_Export"} {
			out := t.TempDir()
			cmd := exec.Command(soffice, "--headless", "--infilter=HTML (StarWriter)", "--convert-to", target, "--outdir", out, src)
			if b, err := cmd.CombinedOutput(); err != nil {
				t.Fatalf("soffice %s: %v\n%s", target, err, b)
			}
			ext := "." + strings.SplitN(target, ":", 2)[0]
			data, err := os.ReadFile(filepath.Join(out, name+ext))
			if err != nil {
				t.Fatal(err)
			}
			writeFixture(t, name+ext, data)
		}
	}
}

func transcript(t testing.TB, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(transcriptDir, name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func writeFixture(t *testing.T, name string, data []byte) {
	t.Helper()
	if len(data) > 100<<10 {
		t.Errorf("%s is %d KB; keep checked-in fixtures under 100 KB", name, len(data)>>10)
	}
	if err := os.WriteFile(filepath.Join(fixtureDir, name), data, 0o644); err != nil {
		t.Fatal(err)
	}
}

func encode(t *testing.T, enc encoding.Encoding, s string) []byte {
	t.Helper()
	out, err := enc.NewEncoder().String(s)
	if err != nil {
		t.Fatal(err)
	}
	return []byte(out)
}

// transcriptHTML turns a transcript into HTML the way a researcher's Word
// document is built: blank-line separated blocks are paragraphs, single
// newlines inside a block are manual line breaks. The large font makes the
// PDF run over several pages.
func transcriptHTML(s string) string {
	var b strings.Builder
	b.WriteString("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Transcript</title><style>p { font-size: 15pt; }</style></head><body>\n")
	for _, para := range strings.Split(strings.TrimSpace(s), "\n\n") {
		lines := strings.Split(para, "\n")
		for i := range lines {
			lines[i] = html.EscapeString(lines[i])
		}
		b.WriteString("<p>" + strings.Join(lines, "<br>") + "</p>\n")
	}
	b.WriteString("</body></html>\n")
	return b.String()
}

type part struct{ name, body string }

// zipFiles builds an OOXML or ODF container; a "mimetype" part is stored
// uncompressed, as ODF requires.
func zipFiles(t testing.TB, parts []part) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, p := range parts {
		h := &zip.FileHeader{Name: p.name, Method: zip.Deflate, Modified: time.Date(2024, 3, 14, 10, 0, 0, 0, time.UTC)}
		if p.name == "mimetype" {
			h.Method = zip.Store
		}
		w, err := zw.CreateHeader(h)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write([]byte(p.body)); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func docxParts(document string) []part {
	return []part{
		{"[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`},
		{"_rels/.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`},
		{"word/document.xml", document},
	}
}

func odtParts(content string) []part {
	return []part{
		{"mimetype", "application/vnd.oasis.opendocument.text"},
		{"META-INF/manifest.xml", `<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>`},
		{"content.xml", content},
	}
}

// quirksDocumentXML exercises what Word writes: runs split inside a word,
// whitespace handling, breaks, tabs and tab-stop definitions, tracked
// changes, field codes, hyphen characters, a table, a text box stored twice
// (DrawingML and VML fallback) and empty paragraphs.
const quirksDocumentXML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:v="urn:schemas-microsoft-com:vml" mc:Ignorable="wps">
<w:body>
<w:p><w:pPr><w:pStyle w:val="Heading1"/><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr><w:r><w:t>Haastattelu 7</w:t></w:r></w:p>
<w:p><w:r><w:t xml:space="preserve">H7: Minusta </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>asiakas</w:t></w:r><w:r><w:rPr><w:i/></w:rPr><w:t>kokemus</w:t></w:r><w:r><w:t xml:space="preserve"> on tärkeä.</w:t></w:r></w:p>
<w:p><w:r><w:t>Rivi yksi</w:t><w:br/><w:t>rivi kaksi</w:t><w:cr/><w:t>rivi kolme</w:t></w:r></w:p>
<w:p><w:r><w:t>Nimi:</w:t><w:tab/><w:t>Åsa Öhman</w:t></w:r></w:p>
<w:p><w:r><w:t>alku</w:t></w:r><w:r><w:t xml:space="preserve"> </w:t></w:r><w:r><w:t>  loppu  </w:t></w:r></w:p>
<w:p><w:r><w:t xml:space="preserve">Muutos: </w:t></w:r><w:del w:id="1" w:author="Tutkija" w:date="2024-03-14T10:00:00Z"><w:r><w:delText xml:space="preserve">POISTETTU TEKSTI </w:delText></w:r></w:del><w:ins w:id="2" w:author="Tutkija" w:date="2024-03-14T10:00:00Z"><w:r><w:t>lisätty teksti</w:t></w:r></w:ins><w:r><w:t xml:space="preserve"> jää.</w:t></w:r></w:p>
<w:p><w:r><w:t xml:space="preserve">Sivu </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>4</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>
<w:p><w:r><w:t>yhdys</w:t><w:softHyphen/><w:t>sana ja HR</w:t><w:noBreakHyphen/><w:t>yksikkö</w:t></w:r></w:p>
<w:p/>
<w:p><w:pPr><w:rPr><w:del w:id="3" w:author="Tutkija" w:date="2024-03-14T10:00:00Z"/></w:rPr></w:pPr></w:p>
<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol w:w="2000"/><w:gridCol w:w="6000"/></w:tblGrid>
<w:tr><w:trPr><w:tblHeader/></w:trPr><w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr><w:p><w:r><w:t>Puhuja</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Puheenvuoro</w:t></w:r></w:p></w:tc></w:tr>
<w:tr><w:tc><w:p><w:r><w:t>Haastattelija</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Mitä teit ensin?</w:t></w:r></w:p></w:tc></w:tr>
<w:tr><w:tc><w:p><w:r><w:t>H7</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Avasin jonon.</w:t></w:r></w:p><w:p><w:r><w:t>Sitten kahvia.</w:t></w:r></w:p></w:tc></w:tr>
</w:tbl>
<w:p><w:r><w:t xml:space="preserve">Ennen laatikkoa </w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:wsp><wps:txbx><w:txbxContent><w:p><w:r><w:t>Laatikon teksti</w:t></w:r></w:p></w:txbxContent></wps:txbx></wps:wsp></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>Laatikon teksti</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r><w:r><w:t>ja sen jälkeen.</w:t></w:r></w:p>
<w:p><w:hyperlink r:id="rId9"><w:r><w:t>Tom &amp; Jerry</w:t></w:r></w:hyperlink><w:r><w:t xml:space="preserve"> &lt;3</w:t></w:r></w:p>
<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>
</w:body>
</w:document>
`

// quirksDocx is what quirks.docx must read as.
const quirksDocx = `Haastattelu 7

H7: Minusta asiakaskokemus on tärkeä.

Rivi yksi
rivi kaksi
rivi kolme

Nimi:	Åsa Öhman

alku loppu

Muutos: lisätty teksti jää.

Sivu 4

yhdyssana ja HR-yksikkö

Puhuja	Puheenvuoro

Haastattelija	Mitä teit ensin?

H7	Avasin jonon.
Sitten kahvia.

Ennen laatikkoa
Laatikon teksti
ja sen jälkeen.

Tom & Jerry <3`

// quirksContentXML exercises ODF: spans inside a word, <text:s>, tabs and
// line breaks, white space from pretty-printing, tracked deletions,
// comments, footnotes, lists, a table with a merged cell and an image title.
const quirksContentXML = `<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3">
  <office:body>
    <office:text>
      <text:tracked-changes>
        <text:changed-region text:id="ct1">
          <text:deletion>
            <office:change-info><dc:creator>Tutkija</dc:creator><dc:date>2024-03-14T10:00:00</dc:date></office:change-info>
            <text:p>POISTETTU TEKSTI</text:p>
          </text:deletion>
        </text:changed-region>
      </text:tracked-changes>
      <text:sequence-decls><text:sequence-decl text:display-outline-level="0" text:name="Illustration"/></text:sequence-decls>
      <text:h text:outline-level="1">Haastattelu 8</text:h>
      <text:p>H8: Minusta <text:span text:style-name="T1">asiakas</text:span><text:span text:style-name="T2">kokemus</text:span> on tärkeä.</text:p>
      <text:p>Kolme<text:s text:c="3"/>välilyöntiä ja<text:tab/>sarkain.</text:p>
      <text:p>Rivi yksi<text:line-break/>rivi kaksi</text:p>
      <text:p>Muutos: <text:change text:change-id="ct1"/>jää.</text:p>
      <text:p>
        Tämä kappale on
        sisennetty XML:ssä.
      </text:p>
      <text:p>Kommentti<office:annotation><dc:creator>Tutkija</dc:creator><text:p>EI TEKSTIÄ</text:p></office:annotation> tässä.</text:p>
      <text:p>Alaviite<text:note text:id="ftn1" text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>VIITE</text:p></text:note-body></text:note> loppuu.</text:p>
      <text:list><text:list-item><text:p>ensimmäinen kohta</text:p></text:list-item><text:list-item><text:p>toinen kohta</text:p></text:list-item></text:list>
      <table:table table:name="Taulukko1">
        <table:table-column table:number-columns-repeated="2"/>
        <table:table-row><table:table-cell office:value-type="string"><text:p>Puhuja</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>Puheenvuoro</text:p></table:table-cell></table:table-row>
        <table:table-row><table:table-cell><text:p>H8</text:p></table:table-cell><table:table-cell><text:p>Avasin jonon.</text:p><text:p>Sitten kahvia.</text:p></table:table-cell></table:table-row>
        <table:table-row><table:table-cell table:number-columns-spanned="2"><text:p>Yhdistetty solu</text:p></table:table-cell><table:covered-table-cell><text:p>PIILOSSA</text:p></table:covered-table-cell></table:table-row>
      </table:table>
      <text:p>Kuva<draw:frame draw:name="Kuva1"><draw:image xlink:href="Pictures/kuva.png"/><svg:title>KUVAN OTSIKKO</svg:title></draw:frame> ohi.</text:p>
      <text:p>Åsa &amp; Öljy</text:p>
    </office:text>
  </office:body>
</office:document-content>
`

// quirksODT is what quirks.odt must read as.
const quirksODT = `Haastattelu 8

H8: Minusta asiakaskokemus on tärkeä.

Kolme   välilyöntiä ja	sarkain.

Rivi yksi
rivi kaksi

Muutos: jää.

Tämä kappale on sisennetty XML:ssä.

Kommentti tässä.

Alaviite loppuu.

ensimmäinen kohta

toinen kohta

Puhuja	Puheenvuoro

H8	Avasin jonon.
Sitten kahvia.

Yhdistetty solu

Kuva ohi.

Åsa & Öljy`

// hyphenatedPDF lays the transcript out on A5 pages in Helvetica with the
// cp1252 translator, hyphenating like a word processor: a word that does
// not fit is broken after one of its hyphens or at a dictionary point, with
// a hyphen added. The width is chosen so that both kinds of break happen.
func hyphenatedPDF(t *testing.T, text string) []byte {
	t.Helper()
	probe := fpdf.New("P", "pt", "A5", "")
	probe.SetFont("Helvetica", "", 11)
	tr := probe.UnicodeTranslatorFromDescriptor("")
	width := func(s string) float64 { return probe.GetStringWidth(tr(s)) }
	var lines [][]string
	for w := 200.0; w <= 330; w++ {
		var compound, hyphen bool
		lines = nil
		for _, para := range strings.Split(strings.TrimSpace(text), "\n\n") {
			var pl []string
			for _, hard := range strings.Split(para, "\n") {
				pl = append(pl, wrapHyphenated(hard, w, width, &compound, &hyphen)...)
			}
			lines = append(lines, pl)
		}
		if compound && hyphen {
			break
		}
		if w == 330 {
			t.Fatal("no width hyphenates both kinds of word")
		}
	}
	pdf := fpdf.New("P", "pt", "A5", "")
	pdf.SetCreationDate(time.Date(2024, 3, 14, 10, 0, 0, 0, time.UTC))
	pdf.SetCatalogSort(true)
	pdf.SetCompression(true)
	pdf.SetFooterFunc(func() {
		pdf.SetFont("Helvetica", "", 9)
		pdf.Text(200, 570, tr("Sivu "+strconv.Itoa(pdf.PageNo())))
	})
	const top, bottom, lead, gap = 50.0, 540.0, 14.0, 7.0
	pdf.AddPage()
	y := top
	for _, pl := range lines {
		for _, l := range pl {
			if y > bottom {
				pdf.AddPage()
				y = top
			}
			pdf.SetFont("Helvetica", "", 11)
			pdf.Text(50, y, tr(l))
			y += lead
		}
		y += gap
	}
	var buf bytes.Buffer
	if err := pdf.Output(&buf); err != nil {
		t.Fatal(err)
	}
	if pdf.PageNo() < 3 {
		t.Fatalf("hyphenated PDF has %d pages, want several", pdf.PageNo())
	}
	return buf.Bytes()
}

// compoundBreaks are the dictionary hyphenation points: compounds that occur
// unbroken elsewhere in the transcript, so the importer may rejoin them.
var compoundBreaks = []string{"asiakaskokemu", "asiakaspalvel"}

func wrapHyphenated(s string, w float64, width func(string) float64, compound, hyphen *bool) []string {
	var out []string
	cur := ""
	for _, word := range strings.Fields(s) {
		cand := strings.TrimPrefix(cur+" "+word, " ")
		if width(cand) <= w {
			cur = cand
			continue
		}
		left, right, kind := "", "", 0
		for i := len(word) - 1; i > 0; i-- {
			head := word[:i]
			lower := strings.ToLower(word)
			switch {
			case word[i-1] == '-':
			case i == len("asiakas") && (strings.HasPrefix(lower, compoundBreaks[0]) || strings.HasPrefix(lower, compoundBreaks[1])):
				head += "-"
			default:
				continue
			}
			if width(strings.TrimPrefix(cur+" "+head, " ")) <= w {
				left, right = head, word[i:]
				kind = 1
				if word[i-1] == '-' {
					kind = 2
				}
				break
			}
		}
		if kind == 0 {
			if cur != "" {
				out = append(out, cur)
			}
			cur = word
			continue
		}
		*compound = *compound || kind == 1
		*hyphen = *hyphen || kind == 2
		out = append(out, strings.TrimPrefix(cur+" "+left, " "))
		cur = right
	}
	return append(out, cur)
}
