package qdpx

import (
	"strconv"
	"strings"
	"testing"

	"teema/coding"
	"teema/store/importer"
)

// oneSource is a .qdpx of one source, its text file as given, and one
// coding of the characters start–end.
func oneSource(t *testing.T, text string, start, end int) []byte {
	return zipOf(t, map[string]string{
		"project.qde": `<Project xmlns="urn:QDA-XML:project:1.0" name="x">
<CodeBook><Codes><Code guid="11111111-1111-1111-1111-111111111111" name="Arki" isCodable="true"/></Codes></CodeBook>
<Sources><TextSource guid="22222222-2222-2222-2222-222222222222" name="H1" plainTextPath="internal://h1.txt">
<PlainTextSelection guid="33333333-3333-3333-3333-333333333333" startPosition="` + strconv.Itoa(start) + `" endPosition="` + strconv.Itoa(end) + `">
<Coding guid="44444444-4444-4444-4444-444444444444"><CodeRef targetGUID="11111111-1111-1111-1111-111111111111"/></Coding>
</PlainTextSelection></TextSource></Sources></Project>`,
		"sources/h1.txt": text,
	})
}

// A source that is UTF-8 but for one stray byte is read as UTF-8 (its
// codings land on the right words), and the report says where the byte
// was; it was once read whole as Windows-1252.
func TestSourceWithStrayByte(t *testing.T) {
	p := newProject(t)
	rep, err := importBytes(p, oneSource(t, "H1: Hyvä päivä.\nH1: \xe4 tässä.", 4, 14))
	if err != nil {
		t.Fatal(err)
	}
	es, _ := p.Excerpts(coding.ExcerptFilter{})
	if len(es) != 1 || es[0].Text != "Hyvä päivä" {
		t.Fatalf("codings %+v\n%s", es, english(rep.Notes()))
	}
	if s := english(rep.Notes()); !strings.Contains(s, `Source "H1": 1 bytes could not be read as UTF-8 and show as �; the first is on line 2.`) {
		t.Errorf("report:\n%s", s)
	}
}

// A source's text is held to the limits of every document: one of more
// lines than a document may have is left out, saying why.
func TestSourceOverTextLimit(t *testing.T) {
	p := newProject(t)
	rep, err := importBytes(p, oneSource(t, strings.Repeat("a\n", importer.MaxTextLines+1), 0, 1))
	if err != nil {
		t.Fatal(err)
	}
	if s := english(rep.Notes()); rep.Documents != 0 || !strings.Contains(s, `Left out source "H1": "H1" has 1000001 lines; Teema takes at most 1000000 lines in one document.`) {
		t.Errorf("%d documents; report:\n%s", rep.Documents, s)
	}
}

// Whatever Teema imports, its own export of it imports again: a legal
// text of one repeated line compresses a thousandfold, and the export was
// once refused as a zip bomb.
func TestExportOfRepetitiveTextImports(t *testing.T) {
	p := newProject(t)
	text := strings.Repeat("joo ", 1<<20)
	if _, err := p.ImportText("toisto.txt", importer.Result{Text: coding.Normalize(text), Format: "txt"}, nil); err != nil {
		t.Fatal(err)
	}
	q := newProject(t)
	rep, err := importBytes(q, exportBytes(t, p))
	if err != nil || rep.Documents != 1 {
		t.Fatalf("re-import of Teema's own export: %d documents, %v", rep.Documents, err)
	}
}
