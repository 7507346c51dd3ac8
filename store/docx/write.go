package docx

import (
	"archive/zip"
	"fmt"
	"io"
	"time"
)

// Write writes the document as a .docx package.
func Write(out io.Writer, d Document) error {
	w := &writer{seq: map[string]int{}}
	w.s(documentHead)
	w.body(d.Blocks)
	w.s(documentTail)
	lang := "en-GB"
	if d.Lang == "fi" {
		lang = "fi-FI"
	}
	parts := []struct{ name, body string }{
		{"[Content_Types].xml", contentTypes},
		{"_rels/.rels", packageRels},
		{"docProps/core.xml", coreProps(d.Title, lang)},
		{"word/_rels/document.xml.rels", documentRels(w.pictures)},
		{"word/document.xml", w.b.String()},
		{"word/styles.xml", styles(lang)},
		{"word/numbering.xml", numbering},
		{"word/settings.xml", settings},
	}
	z := zip.NewWriter(out)
	now := time.Now()
	for _, p := range parts {
		if err := add(z, p.name, []byte(p.body), now); err != nil {
			return err
		}
	}
	for i, p := range w.pictures {
		if err := add(z, fmt.Sprintf("word/media/picture%d.png", i+1), p.png, now); err != nil {
			return err
		}
	}
	return z.Close()
}

// add writes one part, dated now: a zip entry without a date reads as
// 1980 in file managers.
func add(z *zip.Writer, name string, body []byte, now time.Time) error {
	f, err := z.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Deflate, Modified: now})
	if err != nil {
		return err
	}
	_, err = f.Write(body)
	return err
}
