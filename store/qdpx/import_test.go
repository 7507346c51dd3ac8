package qdpx

import (
	"path/filepath"
	"strings"
	"testing"

	"teema/coding"
	"teema/store"
)

func importFixture(t *testing.T, name string) (*store.Project, Report) {
	t.Helper()
	p := newProject(t)
	rep, err := importBytes(p, zipDir(t, filepath.Join(fixtures, name)))
	if err != nil {
		t.Fatalf("import %s: %v", name, err)
	}
	return p, rep
}

// coded lists "code path: coded text (coder)" for every excerpt.
func coded(t *testing.T, p *store.Project) []string {
	t.Helper()
	cb, _ := p.CodeBook()
	es, err := p.Excerpts(coding.ExcerptFilter{})
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range es {
		out = append(out, cb.Path(e.CodeID)+": "+e.Text+" ("+e.Coder+")")
	}
	return out
}

func wantLines(t *testing.T, got []string, want ...string) {
	t.Helper()
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(want, "\n  "))
	}
}

// NVivo counts UTF-16 units and CRLF as two; the emoji before the first
// selection makes that reading differ from code points.
func TestImportNVivoUTF16CRLF(t *testing.T) {
	p, rep := importFixture(t, "nvivo-utf16-crlf")
	wantLines(t, coded(t, p),
		"Tiedottaminen: kahvi ja sähköposti (Liisa)",
		"Järjestelmät: Öisin järjestelmä päivittyy (Liisa)",
		"Tiedottaminen: tiedotteet tulevat myöhässä (Liisa)",
		"Järjestelmät: Äkilliset katkot ärsyttävät (Liisa)")
	if rep.NotPlaced != 0 || rep.Selections != 4 || !strings.Contains(english(rep.Readings), "UTF-16 code units;") {
		t.Errorf("report:\n%s", english(rep.Notes()))
	}
	docs, _ := p.Documents()
	if len(docs) != 1 || docs[0].Name != "Haastattelu H3" {
		t.Errorf("documents: %+v", docs)
	}
	d, _ := p.Document(docs[0].ID)
	if strings.Contains(d.Text, "\r") || strings.HasPrefix(d.Text, "\uFEFF") {
		t.Error("text was not normalised")
	}
	if name, _ := p.Name(); name != "Aamuvuoro" {
		t.Errorf("project name %q", name)
	}
}

func TestImportCRLFCountedAsOne(t *testing.T) {
	p, rep := importFixture(t, "atlas-crlf-one")
	wantLines(t, coded(t, p),
		"Systems: the new system was slow for weeks ()",
		"Systems: We waited on hold every morning ()")
	if rep.NotPlaced != 0 || !strings.Contains(english(rep.Readings), "a CRLF line break as one") {
		t.Errorf("report:\n%s", english(rep.Notes()))
	}
	cb, _ := p.CodeBook()
	if c, ok := cb.Lookup("Systems"); !ok || c.Color != "#33aa66" {
		t.Errorf("short colour #3A6 not expanded: %+v", c)
	}
}

func TestImportQuirks(t *testing.T) {
	p, rep := importFixture(t, "quirks")
	wantLines(t, coded(t, p),
		"Yhteistyö/Tapaamiset: Tapaamisia on liian harvoin (mm)",
		"Yhteistyö/tapaamiset (2): Tapaamisia on liian harvoin (mm)",
		"Yhteistyö/(unnamed code): se tulee sähköpostiin ()",
		"Kyllä∕Ei: Tämä teksti on suoraan projektitiedostossa. ()")
	cb, _ := p.CodeBook()
	if _, ok := cb.Lookup("Yhteistyö/(unnamed code) (2)"); !ok {
		t.Error("second unnamed code missing")
	}
	if c, _ := cb.Lookup("Yhteistyö/tapaamiset (2)"); c.Color == "" || c.Color == "not a colour" {
		t.Errorf("bad colour kept: %q", c.Color)
	}
	report := english(rep.Notes())
	for _, want := range []string{
		"has no coding; its note was added to the document memo",
		"which is not in the code book",
		"outside the text",
		"belong to no interview",
		"Teema has no sets",
		"Teema codes text only",
		`Left out source "Tyhjä": its text is empty.`,
		`Note "Irrallinen muistiinpano" belongs to nothing`,
	} {
		if !strings.Contains(report, want) {
			t.Errorf("report lacks %q:\n%s", want, report)
		}
	}
	kati, err := p.FindDocument("Kati")
	if err != nil {
		t.Fatal(err)
	}
	if kati.Name != "Kati" || kati.Attributes["ryhmä"] != "Lukijat" || kati.Attributes["ikä"] != "34" || kati.Attributes["case"] != "Kati K." {
		t.Errorf("attributes: %+v", kati)
	}
	memo, _ := p.Memo(coding.MemoTarget{Kind: coding.DocumentMemo, ID: kati.ID})
	if !strings.Contains(memo, "Haastattelu kirjaston aulassa.") || !strings.Contains(memo, "“Uutiskirje on hyvä”: Tärkeä huomio") {
		t.Errorf("document memo %q", memo)
	}
	es, _ := p.Excerpts(coding.ExcerptFilter{DocID: kati.ID})
	if !strings.Contains(es[0].Memo, "Sama toive toistuu") {
		t.Errorf("linked note not on the excerpt: %q", es[0].Memo)
	}
	projectMemo, _ := p.Memo(coding.MemoTarget{Kind: coding.ProjectMemo})
	if !strings.Contains(projectMemo, "Muista kysyä aukioloajoista.") {
		t.Errorf("loose note lost: %q", projectMemo)
	}
	code, _ := cb.Lookup("Kyllä∕Ei")
	if m, _ := p.Memo(coding.MemoTarget{Kind: coding.CodeMemo, ID: code.ID}); m != "Kyllä/ei-kysymysten vastaukset." {
		t.Errorf("code memo %q", m)
	}
	if rep.NotPlaced != 1 || rep.Selections != 4 {
		t.Errorf("selections: %d of %d not placed", rep.NotPlaced, rep.Selections)
	}
}

// A selection whose name disagrees with the text under the chosen reading
// is imported, counted and named in the report.
func TestImportReportsMisplacedSelection(t *testing.T) {
	dir := t.TempDir()
	writeFixture(t, dir, "project.qde", `<?xml version="1.0"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="x">
 <CodeBook><Codes><Code guid="11111111-1111-1111-1111-111111111111" name="A" isCodable="true"/></Codes></CodeBook>
 <Sources><TextSource guid="22222222-2222-2222-2222-222222222222" name="T" plainTextPath="internal://t.txt">
  <PlainTextSelection guid="33333333-3333-3333-3333-333333333333" name="Yksi" startPosition="0" endPosition="4">
   <Coding guid="44444444-4444-4444-4444-444444444444"><CodeRef targetGUID="11111111-1111-1111-1111-111111111111"/></Coding></PlainTextSelection>
  <PlainTextSelection guid="55555555-5555-5555-5555-555555555555" name="Kolme" startPosition="5" endPosition="9">
   <Coding guid="66666666-6666-6666-6666-666666666666"><CodeRef targetGUID="11111111-1111-1111-1111-111111111111"/></Coding></PlainTextSelection>
 </TextSource></Sources></Project>`)
	writeFixture(t, dir, "sources/t.txt", "Yksi kaksi kolme")
	p := newProject(t)
	rep, err := importBytes(p, zipDir(t, dir))
	if err != nil {
		t.Fatal(err)
	}
	if rep.NotPlaced != 1 || rep.Codings != 2 || !strings.Contains(english(rep.Notes()), `where the text reads "kaks"`) {
		t.Errorf("report:\n%s", english(rep.Notes()))
	}
}
