package importer

import (
	"bytes"
	"encoding/xml"
	"io"
	"strconv"
	"strings"
)

const (
	odfText   = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
	odfTable  = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
	odfOffice = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
	odfSVG    = "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
)

// odtSkipped are elements whose character content is not document text:
// comments, the deleted text kept by change tracking, footnote bodies
// (.docx footnotes are not read either), image titles and embedded image
// data, and covered cells, which hold what a merged cell hides.
var odtSkipped = map[xml.Name]bool{
	{Space: odfOffice, Local: "annotation"}:        true,
	{Space: odfOffice, Local: "binary-data"}:       true,
	{Space: odfText, Local: "tracked-changes"}:     true,
	{Space: odfText, Local: "note"}:                true,
	{Space: odfTable, Local: "covered-table-cell"}: true,
	{Space: odfSVG, Local: "title"}:                true,
	{Space: odfSVG, Local: "desc"}:                 true,
}

// maxSpaces bounds one <text:s c="..."/>, which could otherwise ask for
// billions of spaces in a few bytes.
const maxSpaces = 1000

func readODT(data []byte) (string, error) {
	zr, err := openZip(data, errNotODT)
	if err != nil {
		return "", err
	}
	if m := findEntry(zr, "META-INF/manifest.xml"); m != nil && m.UncompressedSize64 < 1<<20 {
		if rc, err := m.Open(); err == nil {
			manifest, _ := io.ReadAll(io.LimitReader(rc, 1<<20))
			rc.Close()
			if bytes.Contains(manifest, []byte("encryption-data")) {
				return "", errODTPassword.New(nil)
			}
		}
	}
	f := findEntry(zr, "content.xml")
	if f == nil {
		return "", errNoContent.New(nil)
	}
	rc, err := openEntry(f)
	if err != nil {
		return "", err
	}
	defer rc.Close()
	return odtText(newXMLReader(rc, f.Name))
}

func odtText(x *xmlReader) (string, error) {
	var w blockWriter
	for {
		tok, err := x.next()
		if err == io.EOF {
			return w.String(), nil
		}
		if err == nil {
			err = w.tooLarge()
		}
		if err != nil {
			return "", err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			// Index templates (table of contents set-up) are not shown.
			if odtSkipped[t.Name] || t.Name.Space == odfText && strings.HasSuffix(t.Name.Local, "-source") {
				if err := x.skip(); err != nil {
					return "", err
				}
				continue
			}
			switch t.Name {
			case xml.Name{Space: odfText, Local: "p"}, xml.Name{Space: odfText, Local: "h"}:
				w.open(paraBlock)
			case xml.Name{Space: odfTable, Local: "table-row"}:
				w.open(rowBlock)
			case xml.Name{Space: odfTable, Local: "table-cell"}:
				w.open(cellBlock)
			case xml.Name{Space: odfText, Local: "s"}:
				w.write(strings.Repeat(" ", spaceCount(t)))
			case xml.Name{Space: odfText, Local: "tab"}:
				w.write("\t")
			case xml.Name{Space: odfText, Local: "line-break"}:
				w.write("\n")
			}
		case xml.EndElement:
			switch t.Name {
			case xml.Name{Space: odfText, Local: "p"}, xml.Name{Space: odfText, Local: "h"},
				xml.Name{Space: odfTable, Local: "table-row"}, xml.Name{Space: odfTable, Local: "table-cell"}:
				w.close()
			}
		case xml.CharData:
			writeCollapsed(&w, string(t))
		}
	}
}

func spaceCount(t xml.StartElement) int {
	for _, a := range t.Attr {
		if a.Name.Local == "c" {
			n, err := strconv.Atoi(a.Value)
			if err != nil || n < 1 {
				return 1
			}
			return min(n, maxSpaces)
		}
	}
	return 1
}

// writeCollapsed applies the ODF white-space rule: in paragraph content, a
// run of spaces, tabs and newlines is one space, and it is dropped at the
// start of a paragraph. Real repeated spaces and tabs are <text:s> and
// <text:tab>. This matters for pretty-printed content.xml from other tools.
func writeCollapsed(w *blockWriter, s string) {
	p := w.para()
	if p == nil {
		return
	}
	var b strings.Builder
	last := p.last
	for _, r := range s {
		if r == ' ' || r == '\t' || r == '\r' || r == '\n' {
			if last == 0 || last == ' ' {
				continue
			}
			r = ' '
		}
		b.WriteRune(r)
		last = r
	}
	p.write(b.String())
}
