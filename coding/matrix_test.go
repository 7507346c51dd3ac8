package coding

import (
	"reflect"
	"testing"
)

// testCorpus is a small study: three interviews in two groups, a theme
// with two sub-themes, codings on both.
func testCorpus() Corpus {
	book := NewCodeBook([]Code{
		{ID: 1, Name: "Yhteistyö"},
		{ID: 2, ParentID: 1, Name: "Tapaamiset", Order: 0},
		{ID: 3, ParentID: 1, Name: "Päivittäinen", Order: 1},
		{ID: 4, Name: "Lisäarvo"},
	})
	texts := map[int64]string{
		1:  "Haastattelija: Miten?\n\nH1: Tavataan kerran kuussa.\n\nH2: Soitellaan päivittäin.",
		2:  "Haastattelija: Entä te?\n\nH3: Tapaamisia on liian harvoin.",
		10: "H4: Emme tapaa.",
	}
	docs := []DocumentInfo{
		{ID: 10, Name: "Asiakas 10", Attributes: map[string]string{"ryhmä": "Kunnat"}},
		{ID: 1, Name: "Asiakas 1", Attributes: map[string]string{"ryhmä": "Kunnat", "haastateltavia": "2"}},
		{ID: 2, Name: "Asiakas 2", Attributes: map[string]string{"ryhmä": "Yhteisöt"}},
	}
	c := Corpus{Book: book, Docs: docs, Turns: map[int64][]Turn{}, Summaries: map[SummaryKey]string{}}
	for i := range docs {
		docs[i].Chars = RuneLen(texts[docs[i].ID])
		c.Turns[docs[i].ID] = ParseTurns(texts[docs[i].ID])
	}
	code := func(doc, codeID int64, phrase string) {
		s, e, ok := FindNth(texts[doc], phrase, 1)
		if !ok {
			panic(phrase)
		}
		c.Excerpts = append(c.Excerpts, Excerpt{ID: int64(len(c.Excerpts) + 1), DocID: doc, CodeID: codeID, Start: s, End: e, Text: phrase})
	}
	code(1, 2, "Tavataan kerran kuussa.")
	code(1, 3, "Soitellaan päivittäin.")
	code(1, 4, "Soitellaan")
	code(2, 2, "Tapaamisia on liian harvoin.")
	code(10, 1, "Emme tapaa.") // on the theme itself: in no sub-theme column
	return c
}

func TestThemeMatrixByAttribute(t *testing.T) {
	c := testCorpus()
	by := ParseRowsBy("ryhmä")
	c.Summaries[SummaryKey{CodeID: 2, RowsBy: by.String(), Row: "Kunnat"}] = "- kerran kuussa"
	m := c.ThemeMatrix(1, by)
	if m.Title != "Yhteistyö" || len(m.Columns) != 2 || m.Columns[0].Name != "Tapaamiset" {
		t.Fatalf("columns %+v", m.Columns)
	}
	if len(m.Rows) != 2 || m.Rows[0].Label != "Kunnat" || !reflect.DeepEqual(m.Rows[0].Docs, []int64{10, 1}) || m.Rows[1].Key != "Yhteisöt" {
		t.Fatalf("rows %+v", m.Rows)
	}
	kunnat := m.Cells[0]
	if len(kunnat[0].Excerpts) != 1 || kunnat[0].Docs != 1 || kunnat[0].Summary != "- kerran kuussa" || len(kunnat[1].Excerpts) != 1 {
		t.Fatalf("Kunnat row %+v", kunnat)
	}
	if got := len(m.Cells[1][0].Excerpts); got != 1 || m.Cells[1][1].Summary != "" {
		t.Fatalf("Yhteisöt row: %d", got)
	}
}

func TestMatrixRowsByDocumentAndSpeaker(t *testing.T) {
	c := testCorpus()
	rows := c.Rows(RowsBy{Kind: ByDocument})
	var labels []string
	for _, r := range rows {
		labels = append(labels, r.Label)
	}
	if !reflect.DeepEqual(labels, []string{"Asiakas 1", "Asiakas 2", "Asiakas 10"}) {
		t.Fatalf("natural order: %v", labels)
	}
	m := c.ThemeMatrix(1, ParseRowsBy("speaker"))
	labels = nil
	for _, r := range m.Rows {
		labels = append(labels, r.Label)
	}
	if !reflect.DeepEqual(labels, []string{"H1", "H2", "H3", "H4", "Haastattelija"}) {
		t.Fatalf("speakers, interviewer last: %v", labels)
	}
	if len(m.Cells[1][1].Excerpts) != 1 || m.Cells[1][1].Excerpts[0].Text != "Soitellaan päivittäin." {
		t.Fatalf("H2 × Päivittäinen: %+v", m.Cells[1][1])
	}
	// A document without the attribute gets the no-value row, last.
	c.Docs = append(c.Docs, DocumentInfo{ID: 3, Name: "Asiakas 3"})
	rows = c.Rows(ParseRowsBy("ryhmä"))
	if last := rows[len(rows)-1]; last.Key != "" || last.Label != NoValue {
		t.Fatalf("no-value row %+v", last)
	}
}

func TestCountsAndCooccurrence(t *testing.T) {
	c := testCorpus()
	codes := []Code{{ID: 1, Name: "Yhteistyö"}, {ID: 4, Name: "Lisäarvo"}}
	n := c.Counts(codes, ParseRowsBy("ryhmä"))
	if n.Cells[0][0].Excerpts != 3 || n.Cells[0][0].Docs != 2 || n.Cells[0][1].Excerpts != 1 || n.Cells[1][0].Excerpts != 1 {
		t.Fatalf("counts %+v", n.Cells)
	}
	kunnatChars := 0
	for _, d := range c.Docs {
		if d.Attributes["ryhmä"] == "Kunnat" {
			kunnatChars += d.Chars
		}
	}
	want := float64(RuneLen("Tavataan kerran kuussa.")+RuneLen("Soitellaan päivittäin.")+RuneLen("Emme tapaa.")) / float64(kunnatChars)
	if got := n.Cells[0][0].Share; got < want-1e-9 || got > want+1e-9 {
		t.Fatalf("share %v, want %v", got, want)
	}
	co := c.Cooccurrence([]Code{{ID: 2}, {ID: 3}, {ID: 4}})
	want2 := [][]int{{2, 0, 0}, {0, 1, 1}, {0, 1, 1}}
	if !reflect.DeepEqual(co, want2) {
		t.Fatalf("co-occurrence %v", co)
	}
}

func TestCoveredCharsCountsOverlapOnce(t *testing.T) {
	es := []Excerpt{{DocID: 1, Start: 0, End: 10}, {DocID: 1, Start: 5, End: 15}, {DocID: 1, Start: 20, End: 25}, {DocID: 2, Start: 0, End: 3}}
	if got := coveredChars(es); got != 15+5+3 {
		t.Fatalf("coveredChars = %d", got)
	}
}

func TestPeople(t *testing.T) {
	c := testCorpus()
	d1, _ := c.Doc(1)
	d2, _ := c.Doc(2)
	if c.People(d1) != 2 || c.People(d2) != 1 {
		t.Fatalf("people %d %d", c.People(d1), c.People(d2))
	}
}

func TestCellTextSummaryWins(t *testing.T) {
	quote := func(e Excerpt) string { return "“" + e.Text + "” (H1)" }
	cell := Cell{Excerpts: []Excerpt{{Text: "a"}, {Text: "b"}}}
	if got := CellText(cell, quote); got != "- “a” (H1)\n- “b” (H1)" {
		t.Fatalf("excerpts: %q", got)
	}
	cell.Summary = "• ensimmäinen\n\ntoinen  \n- kolmas"
	if got := CellText(cell, quote); got != "- ensimmäinen\n- toinen\n- kolmas" {
		t.Fatalf("summary: %q", got)
	}
}

func TestLessNatural(t *testing.T) {
	if !lessNatural("Asiakas 2", "Asiakas 10") || lessNatural("Asiakas 10", "Asiakas 2") || !lessNatural("asiakas", "Bsiakas") {
		t.Fatal("natural order")
	}
}
