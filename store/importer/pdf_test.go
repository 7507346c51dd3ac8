package importer

import (
	"bytes"
	"compress/zlib"
	"fmt"
	"strings"
	"testing"
	"time"
)

// buildPDF writes a PDF whose object n is objs[n-1], with a correct
// cross-reference table, so tests can state hostile structures directly.
func buildPDF(objs []string, trailerExtra string) []byte {
	var b bytes.Buffer
	b.WriteString("%PDF-1.4\n")
	offs := make([]int, len(objs))
	for i, o := range objs {
		offs[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, o := range offs {
		fmt.Fprintf(&b, "%010d 00000 n \n", o)
	}
	trailer := strings.ReplaceAll(trailerExtra, "XREF", fmt.Sprint(xref))
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R %s>>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, trailer, xref)
	return b.Bytes()
}

func pdfStream(dict, s string) string {
	return fmt.Sprintf("<< %s /Length %d >>\nstream\n%s\nendstream", dict, len(s), s)
}

// onePage is a page with content over the fonts F1 (Helvetica, no widths
// in the file) and F2 (a two-byte font with a ToUnicode map and widths).
func onePage(content string, extra ...string) []string {
	return append([]string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R /F2 6 0 R >> /XObject << /X1 9 0 R >> >> /Contents 5 0 R >>",
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
		pdfStream("", content),
		"<< /Type /Font /Subtype /Type0 /BaseFont /ABCDEF+Sans /Encoding /Identity-H /DescendantFonts [7 0 R] /ToUnicode 8 0 R >>",
		"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /ABCDEF+Sans /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 1000 /W [1 [700 500]] >>",
		pdfStream("", "/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Adobe-Identity-UCS def /CMapType 2 def 1 begincodespacerange <0000> <FFFF> endcodespacerange 2 beginbfchar <0001> <0048> <0002> <00E4> endbfchar endcmap CMapName currentdict /CMap defineresource pop end end"),
		pdfStream("/Type /XObject /Subtype /Form /BBox [0 0 500 500] /Resources << /Font << /F1 4 0 R >> >>", "BT /F1 12 Tf 0 0 Td (lomakkeessa) Tj ET"),
	}, extra...)
}

func TestReadPDFContent(t *testing.T) {
	tests := []struct {
		name, content, want string
	}{
		{"one string", "BT /F1 12 Tf 72 700 Td (Hei maailma) Tj ET", "Hei maailma"},
		{"words placed apart", "BT /F1 12 Tf 72 700 Td (Hei) Tj 30 0 Td (maailma) Tj ET", "Hei maailma"},
		{"kerning", `BT /F1 12 Tf 72 700 Td [(Hy) 80 (v\344)] TJ ET`, "Hyvä"},
		{"word spacing", "BT /F1 12 Tf 5 Tw 72 700 Td [(a b)] TJ ET", "a b"},
		{"drawn bottom first", "BT /F1 12 Tf 72 600 Td (toinen) Tj ET BT /F1 12 Tf 72 614 Td (ensimmainen) Tj ET", "ensimmainen toinen"},
		{"paragraph gap", "BT /F1 12 Tf 72 700 Td (yksi) Tj 0 -14 Td (kaksi) Tj 0 -40 Td (kolme) Tj ET", "yksi kaksi\n\nkolme"},
		{"unbalanced Q and junk", "Q Q BT /F1 12 Tf 72 700 Td (ok) Tj ET Q foo bar 1 2 3 Tj TJ Tf", "ok"},
		{"two-byte font widths", "BT /F2 12 Tf 72 700 Td <00010002> Tj 20 0 Td <0001> Tj ET", "Hä H"},
		{"form xobject", "q 1 0 0 1 100 100 cm /X1 Do Q", "lomakkeessa"},
		{"rotated page", `BT /F1 12 Tf 0 1 -1 0 300 100 Tm (yl\366s) Tj 0 -14 Td (alas) Tj ET`, "ylös alas"},
		{"fake bold", "BT /F1 12 Tf 72 700 Td (lihava) Tj ET BT /F1 12 Tf 72.3 700 Td (lihava) Tj ET", "lihava"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := Read("testi.pdf", buildPDF(onePage(tt.content), ""))
			if err != nil {
				t.Fatal(err)
			}
			if r.Text != tt.want {
				t.Errorf("got %q, want %q", r.Text, tt.want)
			}
		})
	}
}

// TestReadHostilePDFs: structures that make naive readers loop, blow up or
// panic must end quickly, with text or with a plain error.
func TestReadHostilePDFs(t *testing.T) {
	text := "BT /F1 12 Tf 72 700 Td (Hei) Tj ET"
	cyclicKids := onePage(text)
	cyclicKids[1] = "<< /Type /Pages /Kids [2 0 R 2 0 R 3 0 R] /Count 3 >>"
	cyclicParent := onePage(text)
	cyclicParent[1] = "<< /Type /Pages /Parent 3 0 R /Kids [3 0 R] /Count 1 >>"
	cyclicParent[2] = "<< /Type /Page /Parent 2 0 R /Contents 5 0 R >>"
	selfForm := onePage("/X1 Do")
	selfForm[8] = pdfStream("/Type /XObject /Subtype /Form /BBox [0 0 9 9] /Resources << /XObject << /X1 9 0 R >> >>", "/X1 Do /X1 Do")
	inline := onePage("BI /W 2 /H 1 /BPC 8 /CS /G ID \xff\x00 EI " + text)
	deepQ := onePage(strings.Repeat("q ", 100_000) + text)
	badCmap := onePage("BT /F2 12 Tf 72 700 Td <00010002> Tj ET")
	badCmap[7] = pdfStream("", "1 begincodespacerange <0000> <FFFF> endcodespacerange 1 beginbfchar <0001> <00")
	var bomb bytes.Buffer
	fw, _ := zlib.NewWriterLevel(&bomb, zlib.BestSpeed)
	fw.Write(bytes.Repeat([]byte(" "), maxStreamSize+1))
	fw.Close()
	flateBomb := onePage("")
	flateBomb[4] = pdfStream("/Filter /FlateDecode", bomb.String())
	blank := onePage(text, "<< /Type /Page /Parent 2 0 R >>")
	blank[1] = "<< /Type /Pages /Kids [10 0 R 3 0 R 10 0 R] /Count 3 >>"
	tests := []struct {
		name string
		data []byte
		err  error // nil: must read without error
	}{
		{"content ends in hex string", buildPDF(onePage(text+" <0001"), ""), ErrCorrupt},
		{"font map ends in hex string", buildPDF(badCmap, ""), ErrEmpty}, // codes without a map are no text
		{"flate bomb", buildPDF(flateBomb, ""), ErrTooLarge},
		{"blank pages", buildPDF(blank, ""), nil},
		{"cyclic page tree", buildPDF(cyclicKids, ""), ErrCorrupt}, // every page read, or none
		{"cyclic parent chain", buildPDF(cyclicParent, ""), nil},
		{"form drawing itself", buildPDF(selfForm, ""), ErrCorrupt},
		{"inline image", buildPDF(inline, ""), nil},
		{"deep q nesting", buildPDF(deepQ, ""), nil},
		{"xref Prev cycle", buildPDF(onePage(text), "/Prev XREF "), ErrCorrupt},
		{"impossible object count", buildPDF(onePage(text), "/Size 99999999999 "), ErrCorrupt},
		{"impossible xref section", bytes.Replace(buildPDF(onePage(text), ""), []byte("xref\n0 10\n"), []byte("xref\n0 4000000000\n"), 1), ErrCorrupt},
		{"AES-256 encryption", buildPDF(onePage(text), "/Encrypt << /Filter /Standard /V 5 /R 6 /Length 256 >> /ID [<00> <00>] "), ErrEncrypted},
		{"no pages", buildPDF([]string{"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [] /Count 0 >>"}, ""), ErrCorrupt},
		{"missing object", buildPDF([]string{"<< /Type /Catalog /Pages 7 0 R >>"}, ""), ErrCorrupt},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			start := time.Now()
			_, err := Read("vihamielinen.pdf", tt.data)
			if tt.err == nil && err != nil {
				t.Fatalf("unexpected error: %v", err)
			}
			if tt.err != nil {
				checkErr(t, err, tt.err, "vihamielinen.pdf")
			}
			// A hang guard, not a speed test: timings belong in benchmarks.
			if d := time.Since(start); d > hangLimit {
				t.Errorf("took %v: a hostile file must fail fast, not hang", d)
			}
		})
	}
}

func TestBudget(t *testing.T) {
	defer func() {
		if _, ok := recover().(abort); !ok {
			t.Error("an exceeded heap limit did not abort")
		}
	}()
	b := newBudget()
	b.heapLimit = 0
	b.check()
}

func TestWrapJoin(t *testing.T) {
	words := map[string]bool{"asiakaskokemus": true, "hr": true, "yksikkö": true, "linja": true, "auto": true}
	tests := []struct{ para, next, want string }{
		{"Minusta asiakas-", "kokemus on", "Minusta asiakaskokemus on"},
		{"Minusta asiakas-", "kokemuksen kannalta", "Minusta asiakaskokemuksen kannalta"},
		{"kuuluu HR-", "yksikölle tai", "kuuluu HR-yksikölle tai"},
		{"matkustin linja-", "autolla", "matkustin linja-autolla"},
		{"Etelä-", "Suomessa", "Etelä-Suomessa"},
		{"vuosina 2019-", "2020", "vuosina 2019-2020"},
		{"sana -", "toinen", "sana - toinen"},
		{"ajatus –", "ja toinen", "ajatus – ja toinen"},
		{"yhdys\u00AD", "sana", "yhdyssana"},
		{"tavallinen", "rivi", "tavallinen rivi"},
		{"lähetin e-", "mailin", "lähetin e-mailin"},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			drop, sep := wrapJoin(tt.para, tt.next, words)
			if got := tt.para[:len(tt.para)-drop] + sep + tt.next; got != tt.want {
				t.Errorf("got %q", got)
			}
		})
	}
}

func TestPageNumber(t *testing.T) {
	for s, want := range map[string]bool{
		"3": true, "- 12 -": true, "Sivu 4": true, "Page 2 of 9": true, "4 / 10": true, "s. 7": true,
		"H3:": false, "2024": true, "3 vuotta": false, "Haastattelija: 12": false,
	} {
		if got := pageNumber.MatchString(s); got != want {
			t.Errorf("pageNumber(%q) = %v", s, got)
		}
	}
}
