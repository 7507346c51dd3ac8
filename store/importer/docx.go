package importer

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"strings"
	"unicode/utf16"
)

// WordprocessingML in its usual (transitional) and its strict flavour.
var wordNS = map[string]bool{
	"http://schemas.openxmlformats.org/wordprocessingml/2006/main": true,
	"http://purl.oclc.org/ooxml/wordprocessingml/main":             true,
}

const markupCompatNS = "http://schemas.openxmlformats.org/markup-compatibility/2006"

// docxSkipped are elements whose content is not text the author sees in
// the final document: properties (which contain tab-stop definitions that
// look like tabs), tracked deletions and moves away, field codes.
var docxSkipped = map[string]bool{
	"pPr": true, "rPr": true, "sectPr": true, "tblPr": true, "tblGrid": true,
	"trPr": true, "tcPr": true, "sdtPr": true, "del": true, "delText": true,
	"moveFrom": true, "instrText": true, "delInstrText": true, "fldData": true,
}

func readDocx(data []byte) (string, error) {
	if bytes.HasPrefix(data, oleMagic) {
		return "", oleFile(data)
	}
	zr, err := openZip(data, errNotDocx)
	if err != nil {
		return "", err
	}
	f := findEntry(zr, mainPart(zr))
	if f == nil {
		return "", errNoDocument.New(nil)
	}
	rc, err := openEntry(f)
	if err != nil {
		return "", err
	}
	defer rc.Close()
	return docxText(newXMLReader(rc, f.Name))
}

// mainPart is the name of the main document part: word/document.xml, unless
// the package relationships name another (Word Online writes document2.xml).
func mainPart(zr *zip.Reader) string {
	const main = "word/document.xml"
	rels := findEntry(zr, "_rels/.rels")
	if rels == nil || rels.UncompressedSize64 > 1<<20 {
		return main
	}
	rc, err := rels.Open()
	if err != nil {
		return main
	}
	defer rc.Close()
	x := newXMLReader(io.LimitReader(rc, 1<<20), rels.Name)
	for {
		tok, err := x.next()
		if err != nil {
			return main
		}
		if t, ok := tok.(xml.StartElement); ok && t.Name.Local == "Relationship" && strings.HasSuffix(attr(t, "Type"), "/officeDocument") {
			if target := strings.TrimPrefix(attr(t, "Target"), "/"); target != "" {
				return target
			}
		}
	}
}

func attr(t xml.StartElement, local string) string {
	for _, a := range t.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

func docxText(x *xmlReader) (string, error) {
	var (
		w        blockWriter
		inText   bool
		preserve bool
		run      strings.Builder
	)
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
			// Text boxes are stored twice, as DrawingML and as a VML
			// fallback for old Word versions; only the first counts.
			if t.Name.Space == markupCompatNS && t.Name.Local == "Fallback" || wordNS[t.Name.Space] && docxSkipped[t.Name.Local] {
				if err := x.skip(); err != nil {
					return "", err
				}
				continue
			}
			if !wordNS[t.Name.Space] {
				continue
			}
			switch t.Name.Local {
			case "p":
				w.open(paraBlock)
			case "tr":
				w.open(rowBlock)
			case "tc":
				w.open(cellBlock)
			case "t":
				inText, preserve = true, spacePreserved(t)
				run.Reset()
			case "tab", "ptab":
				w.write("\t")
			case "br", "cr":
				w.write("\n")
			case "noBreakHyphen":
				w.write("-")
			}
		case xml.EndElement:
			if !wordNS[t.Name.Space] {
				continue
			}
			switch t.Name.Local {
			case "p", "tr", "tc":
				w.close()
			case "t":
				inText = false
				w.write(runText(run.String(), preserve))
			}
		case xml.CharData:
			if inText {
				run.Write(t)
			}
		}
	}
}

func spacePreserved(t xml.StartElement) bool {
	for _, a := range t.Attr {
		if a.Name.Local == "space" && a.Name.Space == "http://www.w3.org/XML/1998/namespace" {
			return a.Value == "preserve"
		}
	}
	return false
}

// runText applies Word's whitespace rule: without xml:space="preserve" the
// leading and trailing whitespace of a w:t is not part of the text. Line
// breaks inside a w:t are not line breaks in Word either.
func runText(s string, preserve bool) string {
	if !preserve {
		s = strings.Trim(s, " \t\r\n")
	}
	return strings.NewReplacer("\r\n", " ", "\r", " ", "\n", " ").Replace(s)
}

// oleMagic starts Compound File containers: old .doc files, and Office
// documents encrypted with a password, which Word stores in the same format.
var oleMagic = []byte("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")

func oleFile(data []byte) error {
	if bytes.Contains(data, utf16LE("EncryptedPackage")) || bytes.Contains(data, utf16LE("EncryptionInfo")) {
		return errDocxPassword.New(nil)
	}
	return errDocInDocx.New(nil)
}

func utf16LE(s string) []byte {
	var b []byte
	for _, u := range utf16.Encode([]rune(s)) {
		b = append(b, byte(u), byte(u>>8))
	}
	return b
}
