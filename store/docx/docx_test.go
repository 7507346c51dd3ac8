package docx

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"image"
	"image/color"
	"image/png"
	"io"
	"strings"
	"testing"
)

// sample holds every kind of block, and user text that looks like markup,
// a field or a formula.
func sample(t *testing.T) Document {
	t.Helper()
	img := image.NewRGBA(image.Rect(0, 0, 40, 20))
	img.Set(1, 1, color.Black)
	var pic bytes.Buffer
	if err := png.Encode(&pic, img); err != nil {
		t.Fatal(err)
	}
	return Document{Title: "Tulokset <koe> & muuta", Lang: "fi", Blocks: []Block{
		Heading{Level: 1, Text: "Yhteistyö"},
		Text("=SUM(A1:A3) ja <w:p> ja { MERGEFIELD nimi }\nuusi rivi\tsarkain\x01"),
		Caption{Label: "Taulukko", Text: "Yhteistyö ryhmittäin"},
		Table{Header: []Cell{{Blocks: []Block{Text("Yhteistyö")}}, {Blocks: []Block{Text("Tapaamiset")}}},
			Rows:   [][]Cell{{{Blocks: []Block{Text("Kunnat")}}, {Blocks: []Block{Bullet{Runs: []Run{{Text: "Kerran kuussa"}}}, Bullet{Runs: []Run{{Text: "Tarpeen mukaan"}}}}}}},
			Widths: []int{1, 3}},
		Heading{Level: 2, Text: "Tapaamiset"},
		Quote{Runs: []Run{{Text: "\u201cTavataan kerran kuussa.\u201d (H2)"}}},
		Caption{Label: "Taulukko", Text: "Toinen"},
		Landscape{Blocks: []Block{Table{Header: []Cell{{Blocks: []Block{Text("a")}}}}}},
		Caption{Label: "Kuvio", Text: "Sanapilvi"},
		Picture{PNG: pic.Bytes(), WidthCM: 12},
	}}
}

// parts writes a document and returns its parts by name.
func parts(t *testing.T, d Document) map[string]string {
	t.Helper()
	var b bytes.Buffer
	if err := Write(&b, d); err != nil {
		t.Fatal(err)
	}
	z, err := zip.NewReader(bytes.NewReader(b.Bytes()), int64(b.Len()))
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, f := range z.File {
		if f.Modified.Year() < 2020 {
			t.Errorf("%s is dated %v", f.Name, f.Modified)
		}
		r, _ := f.Open()
		body, _ := io.ReadAll(r)
		r.Close()
		out[f.Name] = string(body)
	}
	return out
}

func TestEveryPartIsWellFormed(t *testing.T) {
	for name, body := range parts(t, sample(t)) {
		if !strings.HasSuffix(name, ".xml") && !strings.HasSuffix(name, ".rels") {
			continue
		}
		dec := xml.NewDecoder(strings.NewReader(body))
		for {
			_, err := dec.Token()
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
		}
	}
}

// TestUserTextStaysText: what looks like a formula, markup or a field is
// written as text, and characters XML cannot hold are left out.
func TestUserTextStaysText(t *testing.T) {
	doc := parts(t, sample(t))["word/document.xml"]
	for _, want := range []string{">=SUM(A1:A3) ja &lt;w:p&gt; ja { MERGEFIELD nimi }</w:t>", "<w:br/>", "<w:tab/>"} {
		if !strings.Contains(doc, want) {
			t.Errorf("the document lacks %q", want)
		}
	}
	if strings.Contains(doc, "\x01") || strings.Count(doc, "MERGEFIELD") != 1 || strings.Contains(doc, `instr=" MERGEFIELD`) {
		t.Error("user text became something other than text")
	}
}

func TestStylesCaptionsAndPictures(t *testing.T) {
	p := parts(t, sample(t))
	doc := p["word/document.xml"]
	for _, want := range []string{
		`<w:pStyle w:val="Heading1"/>`, `<w:pStyle w:val="Heading2"/>`, `<w:pStyle w:val="ListBullet"/>`,
		`<w:pStyle w:val="Quote"/>`, `<w:tblStyle w:val="TeemaTable"/>`, `<w:tblHeader/>`,
		`SEQ Taulukko \* ARABIC "><w:r><w:t>1</w:t>`, `SEQ Taulukko \* ARABIC "><w:r><w:t>2</w:t>`,
		`SEQ Kuvio \* ARABIC "><w:r><w:t>1</w:t>`, `w:orient="landscape"`, `r:embed="rIdPicture1"`,
	} {
		if !strings.Contains(doc, want) {
			t.Errorf("the document lacks %s", want)
		}
	}
	for _, style := range []string{"Heading1", "Heading2", "Caption", "Quote", "ListBullet", "TeemaTable"} {
		if !strings.Contains(p["word/styles.xml"], `w:styleId="`+style+`"`) {
			t.Errorf("no style %s", style)
		}
	}
	if _, ok := p["word/media/picture1.png"]; !ok || !strings.Contains(p["word/_rels/document.xml.rels"], "media/picture1.png") {
		t.Error("the picture is not embedded")
	}
	if !strings.Contains(p["docProps/core.xml"], "Tulokset &lt;koe&gt; &amp; muuta") || !strings.Contains(p["word/styles.xml"], "fi-FI") {
		t.Error("title or language missing")
	}
}

// TestEmptyDocument is valid: a body of its final section alone.
func TestEmptyDocument(t *testing.T) {
	if doc := parts(t, Document{})["word/document.xml"]; !strings.Contains(doc, "<w:body><w:sectPr>") {
		t.Errorf("empty document: %s", doc)
	}
}
