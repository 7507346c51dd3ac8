package study

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"teema/coding"
	"teema/store"
	"teema/store/demo"
	"teema/store/report"
)

// demoProject is the demo study, open for writing.
func demoProject(t *testing.T) *store.Project {
	t.Helper()
	path := filepath.Join(t.TempDir(), "demo.teema")
	if err := demo.Write(path); err != nil {
		t.Fatal(err)
	}
	p, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { p.Close() })
	return p
}

// reportXML writes a project's report and returns its document part.
func reportXML(t *testing.T, p *store.Project, ch ReportChoices) (string, map[string]bool) {
	t.Helper()
	forms := NewForms()
	defer forms.Close()
	r, err := LoadReport(p, ch, forms)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := r.Write(&b); err != nil {
		t.Fatal(err)
	}
	z, err := zip.NewReader(bytes.NewReader(b.Bytes()), int64(b.Len()))
	if err != nil {
		t.Fatal(err)
	}
	parts := map[string]bool{}
	var doc string
	for _, f := range z.File {
		parts[f.Name] = true
		if f.Name == "word/document.xml" {
			rc, _ := f.Open()
			body, _ := io.ReadAll(rc)
			rc.Close()
			doc = string(body)
		}
	}
	if err := xml.Unmarshal([]byte(doc), new(struct{})); err != nil {
		t.Fatalf("document.xml is not XML: %v", err)
	}
	return doc, parts
}

// paragraphs of a style, as their text.
func paragraphs(doc, style string) []string {
	var out []string
	for _, p := range strings.Split(doc, "<w:p>")[1:] {
		p, _, _ = strings.Cut(p, "</w:p>")
		if strings.Contains(p, `<w:pStyle w:val="`+style+`"/>`) {
			out = append(out, text(p))
		}
	}
	return out
}

var tags = regexp.MustCompile(`<[^>]+>`)

// text is the text of an XML fragment, its entities read, a line per
// paragraph.
func text(fragment string) string {
	s := tags.ReplaceAllString(strings.ReplaceAll(fragment, "</w:p>", "\n"), "")
	for _, r := range []struct{ from, to string }{{"&lt;", "<"}, {"&gt;", ">"}, {"&#34;", "\""}, {"&quot;", "\""}, {"&amp;", "&"}} {
		s = strings.ReplaceAll(s, r.from, r.to)
	}
	return s
}

// TestReportOfTheDemo writes the demo study's report and checks what a
// thesis needs of it: a section per theme, its table with its header row
// and first column, a summary in its cell as list paragraphs, a chosen
// quote with its attribution, numbered captions, the styles and the
// figure; a summary that looks like a formula or markup stays text.
func TestReportOfTheDemo(t *testing.T) {
	p := demoProject(t)
	book, _ := p.CodeBook()
	tapaamiset, _ := book.Lookup("Yhteistyö/Tapaamiset")
	key := coding.SummaryKey{CodeID: tapaamiset.ID, RowsBy: "attribute:ryhmä", Row: "Kunnat"}
	if _, err := p.SetSummary(key, "- Tavataan kerran kuussa\n- =SUM(A1) <w:p> { MERGEFIELD nimi }"); err != nil {
		t.Fatal(err)
	}
	es, _ := p.Excerpts(coding.ExcerptFilter{CodeIDs: []int64{tapaamiset.ID}})
	if _, err := p.SetQuote(es[0].ID, true); err != nil {
		t.Fatal(err)
	}
	doc, parts := reportXML(t, p, ReportChoices{RowsBy: coding.RowsBy{Kind: coding.ByAttribute, Attr: "ryhmä"},
		Parts: report.All, Figure: report.CodeCloud, Lang: "fi"})

	headings := paragraphs(doc, "Heading1")
	for _, want := range []string{"Aineisto ja menetelmä", "Yhteistyö", "Asiakasodotukset"} {
		if !contains(headings, want) {
			t.Errorf("no heading %q among %q", want, headings)
		}
	}
	if !contains(paragraphs(doc, "Heading2"), "Tapaamiset") {
		t.Error("no sub-theme heading Tapaamiset")
	}
	table := yhteistyoTable(t, doc)
	header := text(strings.Split(table, "</w:tr>")[0])
	if !strings.Contains(header, "Yhteistyö") || !strings.Contains(header, "Tapaamiset") {
		t.Errorf("the Yhteistyö table's header row reads %q", header)
	}
	kunnat := rowOf(table, "Kunnat")
	if kunnat == "" || !strings.Contains(kunnat, `<w:pStyle w:val="ListBullet"/>`) || !strings.Contains(text(kunnat), "Tavataan kerran kuussa") {
		t.Errorf("the summary is not in the Kunnat row as bullets:\n%s", text(kunnat))
	}
	if !strings.Contains(doc, ">=SUM(A1) &lt;w:p&gt; { MERGEFIELD nimi }<") {
		t.Error("a summary that looks like a formula, markup or a field did not stay text")
	}
	quote := es[0].Text
	if q := paragraphs(doc, "Quote"); len(q) != 1 || !strings.Contains(q[0], "(H") || !strings.Contains(strings.Join(strings.Fields(quote), " "), strings.TrimSuffix(strings.SplitN(q[0], "”", 2)[0][3:], "…")) {
		t.Errorf("chosen quote %q not quoted with its source: %q", quote, q)
	}
	if n := strings.Count(doc, `SEQ Taulukko`); n < 10 || !strings.Contains(doc, `SEQ Taulukko \* ARABIC "><w:r><w:t>3</w:t>`) {
		t.Errorf("%d numbered tables", n)
	}
	if !parts["word/media/picture1.png"] || !strings.Contains(doc, "SEQ Kuvio") {
		t.Error("the figure is not in the report")
	}
	if !contains(paragraphs(doc, "Caption"), "Taulukko 1. Haastattelut") {
		t.Errorf("captions %q", paragraphs(doc, "Caption"))
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// yhteistyoTable is the table that follows the caption of Yhteistyö.
func yhteistyoTable(t *testing.T, doc string) string {
	t.Helper()
	i := strings.Index(doc, ". Yhteistyö (ryhmä)")
	if i < 0 {
		t.Fatal("no caption for the Yhteistyö table")
	}
	rest := doc[i:]
	start := strings.Index(rest, "<w:tbl>")
	end := strings.Index(rest, "</w:tbl>")
	if start < 0 || end < start {
		t.Fatal("no table after the Yhteistyö caption")
	}
	return rest[start:end]
}

// rowOf is the table row whose first cell reads label.
func rowOf(table, label string) string {
	for _, row := range strings.Split(table, "<w:tr>") {
		cellsXML := strings.Split(row, "</w:tc>")
		if len(cellsXML) > 1 && strings.TrimSpace(text(cellsXML[0])) == label {
			return row
		}
	}
	return ""
}

// TestReportOfAnEmptyProject is a valid document that says nothing is
// coded yet.
func TestReportOfAnEmptyProject(t *testing.T) {
	p, err := store.Create(filepath.Join(t.TempDir(), "tyhja.teema"))
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	doc, _ := reportXML(t, p, ReportChoices{Parts: report.All, Lang: "en"})
	if !strings.Contains(text(doc), "Nothing is coded yet") {
		t.Errorf("an empty project's report: %s", text(doc))
	}
}

// TestReportOutline lists the headings and captions for the preview.
func TestReportOutline(t *testing.T) {
	p := demoProject(t)
	forms := NewForms()
	defer forms.Close()
	r, err := LoadReport(p, ReportChoices{Parts: report.Parts{Themes: true}, Lang: "en"}, forms)
	if err != nil {
		t.Fatal(err)
	}
	outline := strings.Join(r.Outline(), "\n")
	if !strings.Contains(outline, "Yhteistyö\n        Table: Yhteistyö by interview") {
		t.Errorf("outline:\n%s", outline)
	}
}

// TestPreviewOutlinesTheReport: the preview, which draws no figure,
// outlines what the written report holds, figure caption included.
func TestPreviewOutlinesTheReport(t *testing.T) {
	p := demoProject(t)
	for _, kind := range []report.FigureKind{report.CodeCloud, report.WordCloud} {
		ch := ReportChoices{Parts: report.All, Figure: kind, Lang: "fi"}
		forms := NewForms()
		full, err := LoadReport(p, ch, forms)
		forms.Close()
		if err != nil {
			t.Fatal(err)
		}
		preview, err := PreviewReport(p, ch)
		if err != nil {
			t.Fatal(err)
		}
		if a, b := strings.Join(full.Outline(), "\n"), strings.Join(preview.Outline(), "\n"); a != b {
			t.Errorf("figure %d: the preview outlines\n%s\nthe report\n%s", kind, b, a)
		}
	}
}

// TestInsertedQuoteIsABlockQuote: a quote inserted in a summary is a
// chosen quote, set as a block quote and not repeated in the prose.
func TestInsertedQuoteIsABlockQuote(t *testing.T) {
	p := demoProject(t)
	book, _ := p.CodeBook()
	tapaamiset, _ := book.Lookup("Yhteistyö/Tapaamiset")
	es, _ := p.Excerpts(coding.ExcerptFilter{CodeIDs: []int64{tapaamiset.ID}})
	docs, _ := p.Documents()
	var kunnat coding.Excerpt
	for _, e := range es {
		for _, d := range docs {
			if d.ID == e.DocID && d.Attributes["ryhmä"] == "Kunnat" && kunnat.ID == 0 {
				kunnat = e
			}
		}
	}
	q, err := Quote(p, kunnat)
	if err != nil {
		t.Fatal(err)
	}
	key := coding.SummaryKey{CodeID: tapaamiset.ID, RowsBy: "attribute:ryhmä", Row: "Kunnat"}
	if _, err := coding.InsertQuote(key, "- Tavataan kerran kuussa\n- "+q+"\n", kunnat.ID).Apply(p); err != nil {
		t.Fatal(err)
	}
	doc, _ := reportXML(t, p, ReportChoices{RowsBy: coding.RowsBy{Kind: coding.ByAttribute, Attr: "ryhmä"},
		Parts: report.Parts{Quotes: true}, Lang: "fi"})
	all := text(doc)
	if !strings.Contains(all, "Kunnat. Tavataan kerran kuussa.") || strings.Count(all, q) != 1 {
		t.Errorf("the quote is not once, as a block quote, after the prose:\n%s", all)
	}
	if quotes := paragraphs(doc, "Quote"); len(quotes) != 1 || quotes[0] != q {
		t.Errorf("block quotes %q, want %q", quotes, q)
	}
}
