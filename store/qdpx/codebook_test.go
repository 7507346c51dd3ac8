package qdpx

import (
	"bytes"
	"strings"
	"testing"

	"teema/coding"
)

func codeLines(t *testing.T, cb *coding.CodeBook) string {
	t.Helper()
	var out []string
	cb.Walk(func(c coding.Code, _ int) { out = append(out, cb.Path(c.ID)+" "+c.Color+" "+c.Description) })
	return strings.Join(out, "\n")
}

func TestCodeBookRoundTrip(t *testing.T) {
	src := richDemo(t)
	var buf bytes.Buffer
	if err := ExportCodeBook(src, &buf); err != nil {
		t.Fatal(err)
	}
	dst := newProject(t)
	rep, err := ImportCodeBook(dst, &buf)
	if err != nil {
		t.Fatal(err)
	}
	a, _ := src.CodeBook()
	b, _ := dst.CodeBook()
	if codeLines(t, a) != codeLines(t, b) || rep.Codes != a.Len() {
		t.Errorf("code book changed:\n%s\n---\n%s", codeLines(t, a), codeLines(t, b))
	}
}

// A code book from another program: a BOM, CRLF, a prefix on the
// namespace, braces around GUIDs, a set, and a code that exists already.
func TestImportForeignCodeBook(t *testing.T) {
	qdc := "\uFEFF<?xml version=\"1.0\" encoding=\"utf-8\"?>\r\n" +
		"<qda:CodeBook xmlns:qda=\"urn:QDA-XML:codebook:1.0\" origin=\"Other\">\r\n" +
		"<qda:Codes><qda:Code guid=\"{AAAAAAAA-0000-0000-0000-000000000001}\" name=\"Palvelut\" isCodable=\"1\" color=\"#abc\">\r\n" +
		"<qda:Description>Kaikki palvelut.\r\nToinen rivi.</qda:Description>\r\n" +
		"<qda:Code guid=\"{AAAAAAAA-0000-0000-0000-000000000002}\" name=\"Palkat\" isCodable=\"true\"/>\r\n" +
		"</qda:Code></qda:Codes>\r\n" +
		"<qda:Sets><qda:Set guid=\"AAAAAAAA-0000-0000-0000-000000000003\" name=\"Ryhmä\"><qda:MemberCode guid=\"AAAAAAAA-0000-0000-0000-000000000002\"/></qda:Set></qda:Sets>\r\n" +
		"</qda:CodeBook>"
	p := newProject(t)
	if _, _, err := p.EnsureCodePath("Palvelut", "#112233", ""); err != nil {
		t.Fatal(err)
	}
	rep, err := ImportCodeBook(p, strings.NewReader(qdc))
	if err != nil {
		t.Fatal(err)
	}
	cb, _ := p.CodeBook()
	if _, ok := cb.Lookup("Palvelut/Palkat"); !ok || cb.Len() != 2 || rep.ReusedCodes != 1 || rep.Codes != 1 {
		t.Errorf("codes:\n%s\n%s", codeLines(t, cb), english(rep.Notes()))
	}
	if !strings.Contains(english(rep.Notes()), `Left out set "Ryhmä": Teema has no sets.`) {
		t.Errorf("report:\n%s", english(rep.Notes()))
	}
}

func TestImportCodeBookRefusesProject(t *testing.T) {
	p := newProject(t)
	if _, err := ImportCodeBook(p, strings.NewReader(`<Project name="x"/>`)); err == nil {
		t.Error("a project file was taken for a code book")
	}
}
