package study

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"teema/coding"
	"teema/coding/autocode"
	"teema/coding/codequery"
	"teema/store"
	"teema/store/workbook"
)

// codedPayroll is the payroll project with a few codings: expectations and
// communication, in the same turns or not.
func codedPayroll(t *testing.T) *store.Project {
	t.Helper()
	p := payrollProject(t)
	code(t, p, "Kunta B", "Kunta odottaa nopeaa palvelua.", "Asiakkuus/Odotukset", "Aino")
	code(t, p, "Kunta B", "Tiedotteet tulevat myöhässä.", "Tiedottaminen/Kanavat", "Aino")
	code(t, p, "Kunta A", "Oma yhteyshenkilö vastaa", "Asiakkuus/Odotukset", "Aino")
	code(t, p, "Kunta A", "Kanta-asiakkaalle lähetetään tiedote.", "Tiedottaminen/Kanavat", "Aino")
	code(t, p, "Yhdistys C", "Tekstianalytiikka on uutta.", "Asiakkuus/Odotukset", "Pekka")
	code(t, p, "Yhdistys C", "Tiedote riittää.", "Tiedottaminen", "Pekka")
	return p
}

func passages(a Answer) []string {
	names := byID(a.Corpus.Docs)
	out := make([]string, len(a.Passages))
	for i, e := range a.Passages {
		out[i] = names[e.DocID].Name + ":" + e.Text
	}
	return out
}

func TestCodingQueryWithRowCounts(t *testing.T) {
	p := codedPayroll(t)
	a, err := AskCodingQuery(p, "Odotukset AND Tiedottaminen IN turn", coding.ParseRowsBy("ryhmä"))
	if err != nil {
		t.Fatal(err)
	}
	sameHits(t, "in a turn", passages(a),
		"Kunta B:Kunta odottaa nopeaa palvelua.", "Kunta B:Tiedotteet tulevat myöhässä.",
		"Yhdistys C:Tekstianalytiikka on uutta.", "Yhdistys C:Tiedote riittää.")
	if len(a.Rows) != 2 || a.Rows[0] != (RowCount{"Kunnat", 2, 1}) || a.Rows[1] != (RowCount{"Yhteisöt", 2, 1}) {
		t.Errorf("rows %+v", a.Rows)
	}
	a, _ = AskCodingQuery(p, "Odotukset AND Tiedottaminen IN turn WHERE ryhmä=Kunnat", coding.ParseRowsBy(""))
	if len(a.Passages) != 2 || len(a.Rows) != 3 || a.Rows[1].Row != "Kunta B" || a.Rows[1].Passages != 2 {
		t.Errorf("where: %q, rows %+v", passages(a), a.Rows)
	}
	_, err = AskCodingQuery(p, "Odotukset WHERE alue=Pohjoinen", coding.RowsBy{})
	isKind(t, err, errNoAttribute)
	_, err = AskCodingQuery(p, "Odotukset AND", coding.RowsBy{})
	if !errors.Is(err, codequery.ErrQuery) {
		t.Errorf("a bad query: %v", err)
	}
}

func TestCodingQueryAsMatrixColumn(t *testing.T) {
	p := codedPayroll(t)
	c, _ := p.Corpus()
	theme, _ := c.Book.Lookup("Asiakkuus")
	m := c.ThemeMatrix(theme.ID, coding.ParseRowsBy("ryhmä"))
	q := codequery.Saved{Name: "Odotukset ja tiedotus", Query: "Odotukset AND Tiedottaminen IN turn"}
	if err := QueryColumn(p, c, &m, q); err != nil {
		t.Fatal(err)
	}
	last := len(m.Columns) - 1
	if m.Columns[last].Name != q.Name || m.Columns[last].ID != coding.QueryColumn {
		t.Fatalf("columns %+v", m.Columns)
	}
	if kunnat := m.Cells[0][last]; len(kunnat.Excerpts) != 2 || kunnat.Docs != 1 {
		t.Errorf("Kunnat × query: %+v", kunnat)
	}
	if n := len(m.Cells[0][0].Excerpts); n != 2 {
		t.Errorf("the code column is as it was: %d", n)
	}
}

func TestCodingQueryCodedWithANewCodeUndoes(t *testing.T) {
	p := codedPayroll(t)
	a, _ := AskCodingQuery(p, "Odotukset AND Tiedottaminen IN turn", coding.RowsBy{})
	pl, err := PlanCodeAs(p, a, 0, "Aino")
	if err != nil {
		t.Fatal(err)
	}
	h := coding.NewHistory(5)
	if err := h.Do(p, autocode.NewCode{Name: "Odotukset ja tiedotus", Plan: pl}); err != nil {
		t.Fatal(err)
	}
	sameHits(t, "coded", codingsOf(t, p, "Odotukset ja tiedotus"), passages(a)...)
	if err := h.Undo(p); err != nil {
		t.Fatal(err)
	}
	if book, _ := p.CodeBook(); func() bool { _, ok := book.Lookup("Odotukset ja tiedotus"); return ok }() {
		t.Error("undo left the new code")
	}
	if err := h.Redo(p); err != nil {
		t.Fatal(err)
	}
	sameHits(t, "redone", codingsOf(t, p, "Odotukset ja tiedotus"), passages(a)...)
}

func TestSavedQueries(t *testing.T) {
	p := codedPayroll(t)
	h := coding.NewHistory(5)
	ch, err := SaveQuery(p, codequery.Saved{Name: "Kunnat", Query: "Odotukset WHERE ryhmä=Kunnat"})
	if err != nil {
		t.Fatal(err)
	}
	if err := h.Do(p, ch); err != nil {
		t.Fatal(err)
	}
	if qs, _ := p.SavedQueries(); len(qs) != 1 || qs[0].Name != "Kunnat" {
		t.Fatalf("saved %+v", qs)
	}
	if _, err := SaveQuery(p, codequery.Saved{Name: "Rikki", Query: "Odotukset AND"}); !errors.Is(err, codequery.ErrQuery) {
		t.Errorf("a query that cannot be read is not saved: %v", err)
	}
	ch, _ = ForgetQuery(p, "kunnat")
	_ = h.Do(p, ch)
	if qs, _ := p.SavedQueries(); len(qs) != 0 {
		t.Errorf("forgotten %+v", qs)
	}
	_ = h.Undo(p)
	if qs, _ := p.SavedQueries(); len(qs) != 1 {
		t.Errorf("undo brings it back: %+v", qs)
	}
}

func TestExportHitsAndPassages(t *testing.T) {
	p := codedPayroll(t)
	s := newSearcher(t, noVoikko())
	found, _ := s.Search(p, Search{Query: "tiedote", Forms: FormsRaw})
	var b bytes.Buffer
	t1 := workbook.Passages{Rows: HitRows(found, "ryhmä"), KWIC: true, Group: "ryhmä"}
	if err := WritePassages(&b, t1, true, "fi"); err != nil {
		t.Fatal(err)
	}
	want := "\uFEFFdocument,speaker,ryhmä,start,end,before,hit,after,form\n"
	if !strings.HasPrefix(b.String(), want) || !strings.Contains(b.String(), "Kunta A,H1,Kunnat,") ||
		!strings.Contains(b.String(), ",tiedote,.,tiedote\n") {
		t.Errorf("CSV:\n%s", b.String())
	}
	a, _ := AskCodingQuery(p, "Odotukset", coding.RowsBy{})
	b.Reset()
	if err := WritePassages(&b, workbook.Passages{Rows: PassageRows(a, "ryhmä"), Group: "ryhmä"}, false, "fi"); err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(b.Bytes(), []byte("PK")) {
		t.Error("not a workbook")
	}
}
