package codequery

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"teema/coding"
	"teema/coding/units"
	"teema/message"
)

var book = coding.NewCodeBook([]coding.Code{
	{ID: 1, Name: "Yhteistyö"},
	{ID: 2, ParentID: 1, Name: "Tapaamiset"},
	{ID: 3, ParentID: 1, Name: "Päivittäinen yhteistyö"},
	{ID: 4, Name: "Tiedottaminen"},
	{ID: 5, ParentID: 4, Name: "Kanavat"},
	{ID: 6, ParentID: 1, Name: "Asiakkuus"},
	{ID: 7, ParentID: 4, Name: "Asiakkuus"},
	{ID: 8, Name: "Talous AND hallinto"},
})

// Fictional interviews: a municipality's and an association's.
var docTexts = map[int64]string{
	1: "Haastattelija: Miten tapaatte?\n\n" +
		"H1: Tapaamme kuukausittain. Tiedotteet tulevat sähköpostilla.\n\n" +
		"H1: Palaverissa sovitaan asiat. Kanavana toimii intranet.",
	2: "H2: Tapaamisia on harvoin. Tiedotus kulkee kirjeitse.",
}

var docs = []coding.DocumentInfo{
	{ID: 1, Name: "Kunta A", Attributes: map[string]string{"ryhmä": "Kunnat"}},
	{ID: 2, Name: "Yhdistys B", Attributes: map[string]string{"ryhmä": "Yhteisöt"}},
}

// codings: code → (doc, words coded).
var codings = []struct {
	code int64
	doc  int64
	text string
}{
	{2, 1, "Tapaamme kuukausittain."},
	{5, 1, "Tiedotteet tulevat sähköpostilla."},
	{2, 1, "Palaverissa sovitaan asiat."},
	{4, 1, "sovitaan asiat. Kanavana"},
	{2, 2, "Tapaamisia on harvoin."},
	{5, 2, "Tiedotus kulkee kirjeitse."},
}

func input(t *testing.T) Input {
	t.Helper()
	var es []coding.Excerpt
	for _, c := range codings {
		start, end, ok := coding.FindNth(docTexts[c.doc], c.text, 1)
		if !ok {
			t.Fatalf("no %q", c.text)
		}
		es = append(es, coding.Excerpt{DocID: c.doc, CodeID: c.code, Start: start, End: end})
	}
	return Input{Book: book, Docs: docs, Excerpts: es, Units: func(id int64) (*units.Text, error) {
		return units.Of(docTexts[id], coding.ParseTurns(docTexts[id])), nil
	}}
}

// answer lists a query's passages as "doc:text".
func answer(t *testing.T, query string) []string {
	t.Helper()
	q, err := Parse(query, book)
	if err != nil {
		t.Fatalf("%q: %v", query, err)
	}
	ps, err := q.Answer(input(t))
	if err != nil {
		t.Fatal(err)
	}
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = fmt.Sprintf("%d:%s", p.DocID, coding.Slice(docTexts[p.DocID], p.Start, p.End))
	}
	return out
}

func same(t *testing.T, query string, want ...string) {
	t.Helper()
	if got := answer(t, query); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("%s:\n got %q\nwant %q", query, got, want)
	}
}

func TestAnd(t *testing.T) {
	same(t, "Yhteistyö/Tapaamiset AND Tiedottaminen", "1:sovitaan asiat.")
	same(t, "Tapaamiset JA Tiedottaminen IN overlap", "1:sovitaan asiat.")
	same(t, "Tapaamiset AND Tiedottaminen IN sentence", "1:Palaverissa sovitaan asiat. Kanavana")
	same(t, "Tapaamiset AND Tiedottaminen IN turn",
		"1:Tapaamme kuukausittain.", "1:Tiedotteet tulevat sähköpostilla.", "1:Palaverissa sovitaan asiat. Kanavana",
		"2:Tapaamisia on harvoin.", "2:Tiedotus kulkee kirjeitse.")
	same(t, "Tapaamiset AND Tiedottaminen IN paragraph",
		"1:Tapaamme kuukausittain.", "1:Tiedotteet tulevat sähköpostilla.", "1:Palaverissa sovitaan asiat. Kanavana",
		"2:Tapaamisia on harvoin.", "2:Tiedotus kulkee kirjeitse.")
	same(t, "Tapaamiset AND Kanavat IN document",
		"1:Tapaamme kuukausittain.", "1:Tiedotteet tulevat sähköpostilla.", "1:Palaverissa sovitaan asiat.",
		"2:Tapaamisia on harvoin.", "2:Tiedotus kulkee kirjeitse.")
	same(t, "Päivittäinen yhteistyö AND Tiedottaminen")
}

func TestOrNotWhere(t *testing.T) {
	same(t, "Tapaamiset OR Kanavat WHERE ryhmä=Yhteisöt", "2:Tapaamisia on harvoin.", "2:Tiedotus kulkee kirjeitse.")
	same(t, "Yhteistyö AND NOT Tiedottaminen", "1:Tapaamme kuukausittain.", "2:Tapaamisia on harvoin.")
	same(t, "Yhteistyö NOT Tiedottaminen IN turn")
	same(t, "Yhteistyö EI Kanavat IN sentence", "1:Tapaamme kuukausittain.", "1:Palaverissa sovitaan asiat.", "2:Tapaamisia on harvoin.")
	same(t, "(Tapaamiset OR Kanavat) AND Tiedottaminen IN sentence MISSÄ ryhmä = kunnat , Muut",
		"1:Tiedotteet tulevat sähköpostilla.", "1:Palaverissa sovitaan asiat. Kanavana")
	same(t, `Tapaamiset AND "Talous AND hallinto"`)
}

func TestParseErrorsPointAtTheWord(t *testing.T) {
	for _, c := range []struct {
		query string
		kind  *message.Kind
		word  any
		n     any
	}{
		{" ", errEmpty, nil, nil},
		{"Tapaamiset AND Tiedotus", errNoCode, "Tiedotus", 3},
		{"Asiakkuus OR Tapaamiset", errAmbiguous, "Asiakkuus", 1},
		{"AND Tapaamiset", errMissingCode, "AND", 1},
		{"Tapaamiset OR OR Kanavat", errMissingCode, "OR", 3},
		{"Tapaamiset AND", errMissingEnd, "AND", 2},
		{"( Tapaamiset OR Kanavat", errUnclosed, nil, 1},
		{"Tapaamiset ) OR Kanavat", errUnopened, nil, 2},
		{`"Talous AND hallinto`, errQuote, `"Talous`, 1},
		{"Tapaamiset AND Kanavat IN luku", errUnit, "luku", 5},
		{"Tapaamiset AND Kanavat IN", errNoUnit, nil, 4},
		{"Tapaamiset WHERE ryhmä", errWhere, "ryhmä", 3},
		{"Tapaamiset WHERE ryhmä=Kunnat AND", errNoCondition, "AND", 4},
		{"NOT Tapaamiset", errNotAlone, nil, 1},
		{"Kanavat OR NOT Tapaamiset", errNotAlone, nil, 3},
		{"Tapaamiset IN turn Kanavat", errOutOfPlace, "Kanavat", 4},
	} {
		_, err := Parse(c.query, book)
		var m *message.Error
		if !errors.As(err, &m) || m.Kind != c.kind || !errors.Is(err, ErrQuery) {
			t.Errorf("%q: %v, want %q", c.query, err, c.kind.Text())
			continue
		}
		if m.Args["Word"] != c.word || m.Args["N"] != c.n {
			t.Errorf("%q points at %v (word %v), want %v (word %v)", c.query, m.Args["Word"], m.Args["N"], c.word, c.n)
		}
	}
}

func TestParseBounds(t *testing.T) {
	deep := strings.Repeat("( ", maxDepth+1) + "Kanavat" + strings.Repeat(" )", maxDepth+1)
	if _, err := Parse(deep, book); !errors.Is(err, errTooDeep) {
		t.Errorf("deep: %v", err)
	}
	many := strings.Repeat("Kanavat OR ", maxCodes) + "Kanavat"
	if _, err := Parse(many, book); !errors.Is(err, errTooMany) {
		t.Errorf("many: %v", err)
	}
}

// FuzzParse: any text is a query or a message naming what is wrong, and
// a query answers without failing.
func FuzzParse(f *testing.F) {
	for _, s := range []string{"Tapaamiset AND Tiedottaminen IN turn WHERE ryhmä=Kunnat", "(Kanavat OR Tapaamiset) NOT Yhteistyö",
		`"Talous AND hallinto"`, "((", "WHERE =", "IN", "Kanavat EI Kanavat IN dokumentti"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		q, err := Parse(s, book)
		if err != nil {
			if !errors.Is(err, ErrQuery) {
				t.Fatalf("%q: %v is not a query mistake", s, err)
			}
			return
		}
		if _, err := q.Answer(input(t)); err != nil {
			t.Fatalf("%q: %v", s, err)
		}
	})
}

func TestSaved(t *testing.T) {
	list, err := Save(nil, Saved{Name: " Kunnat ", Query: "Tapaamiset WHERE ryhmä=Kunnat"})
	if err != nil {
		t.Fatal(err)
	}
	list, _ = Save(list, Saved{Name: "Kanavat", Query: "Kanavat"})
	list, _ = Save(list, Saved{Name: "kunnat", Query: "Tapaamiset"})
	if len(list) != 2 || list[0] != (Saved{Name: "kunnat", Query: "Tapaamiset"}) {
		t.Errorf("a name saved again replaces the query: %+v", list)
	}
	if list = Remove(list, "KANAVAT"); len(list) != 1 {
		t.Errorf("remove: %+v", list)
	}
	if _, err := Save(list, Saved{Name: " ", Query: "x"}); !errors.Is(err, errNoName) {
		t.Errorf("no name: %v", err)
	}
}
