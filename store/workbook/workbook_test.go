package workbook

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/xuri/excelize/v2"

	"teema/coding"
)

// write writes the workbook and opens it again the way a reader would.
func write(t *testing.T, c coding.Corpus, o Options) (*excelize.File, []byte) {
	t.Helper()
	var buf bytes.Buffer
	if err := Write(&buf, c, o); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f, buf.Bytes()
}

func cell(t *testing.T, f *excelize.File, sheet string, col, row int) string {
	t.Helper()
	ref, _ := excelize.CoordinatesToCellName(col, row)
	v, err := f.GetCellValue(sheet, ref)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// corpusOf builds a corpus directly: themes given as name followed by their
// sub-themes, two interviews in two groups, H1 and H2 speaking.
func corpusOf(themes ...[]string) coding.Corpus {
	var codes []coding.Code
	id := int64(0)
	for i, th := range themes {
		id++
		parent := id
		codes = append(codes, coding.Code{ID: parent, Name: th[0], Order: i, Description: "Määritelmä " + th[0]})
		for j, sub := range th[1:] {
			id++
			codes = append(codes, coding.Code{ID: id, ParentID: parent, Name: sub, Order: j})
		}
	}
	return coding.Corpus{
		Book: coding.NewCodeBook(codes),
		Docs: []coding.DocumentInfo{
			{ID: 10, Name: "Asiakas 10", Chars: 1000, Attributes: map[string]string{"ryhmä": "Yhteisöt", "haastateltavia": "2"}},
			{ID: 2, Name: "Asiakas 2", Chars: 1000, Attributes: map[string]string{"ryhmä": "Kunnat", "haastateltavia": "1"}},
		},
		Turns: map[int64][]coding.Turn{
			10: {{Speaker: "Haastattelija", Start: 0, End: 100}, {Speaker: "H1", Start: 100, End: 1000}},
			2:  {{Speaker: "Haastattelija", Start: 0, End: 100}, {Speaker: "H2", Start: 100, End: 1000}},
		},
	}
}

func excerpt(doc, code int64, start int, text string) coding.Excerpt {
	return coding.Excerpt{ID: int64(start), DocID: doc, CodeID: code, Start: start, End: start + len([]rune(text)), Text: text, Coder: "liisa"}
}

func TestSheetNamesInBothLanguages(t *testing.T) {
	c := corpusOf([]string{"Yhteistyö", "Tapaamiset"}, []string{"Lisäarvo"})
	findings := []coding.Finding{{Finding: "Tiedotus myöhästyy.", Proposal: "Uutiskirje kuukausittain."}}
	for lang, want := range map[string][]string{
		"en": {"Interviews", "Code book", "Yhteistyö", "Lisäarvo", "Excerpts", "Counts", "Co-occurrence", "Findings"},
		"":   {"Interviews", "Code book", "Yhteistyö", "Lisäarvo", "Excerpts", "Counts", "Co-occurrence", "Findings"},
		"fi": {"Haastattelut", "Koodikirja", "Yhteistyö", "Lisäarvo", "Otteet", "Määrät", "Yhteisesiintymät", "Havainnot"},
	} {
		f, _ := write(t, c, Options{Lang: lang, Findings: findings, Title: "Calpro", EmptyThemes: true})
		if got := f.GetSheetList(); strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("lang %q: sheets %q, want %q", lang, got, want)
		}
		if f.GetActiveSheetIndex() != 0 {
			t.Errorf("lang %q: the workbook opens on sheet %d", lang, f.GetActiveSheetIndex())
		}
	}
}

func TestFindingsSheetOnlyWithFindings(t *testing.T) {
	c := corpusOf([]string{"Yhteistyö", "Tapaamiset"})
	f, _ := write(t, c, Options{Lang: "fi"})
	if i, _ := f.GetSheetIndex("Havainnot"); i != -1 {
		t.Error("a findings sheet without findings")
	}
	f, _ = write(t, c, Options{Lang: "fi", Findings: []coding.Finding{
		{Finding: "Tiedotus myöhästyy.", Proposal: "Uutiskirje kuukausittain."},
		{Finding: "Yhteyshenkilö vaihtuu.", Proposal: "Nimetty yhteyshenkilö."},
	}})
	rows, err := f.GetRows("Havainnot")
	if err != nil {
		t.Fatal(err)
	}
	want := [][]string{{"Keskeinen havainto", "Kehitysehdotus"}, {"Tiedotus myöhästyy.", "Uutiskirje kuukausittain."}, {"Yhteyshenkilö vaihtuu.", "Nimetty yhteyshenkilö."}}
	if fmt.Sprint(rows) != fmt.Sprint(want) {
		t.Errorf("findings %q, want %q", rows, want)
	}
}

func TestThemeSheetNamesAreValidAndUnique(t *testing.T) {
	long := "Kehitettävät asiat ja yhteistyön riskit"
	names := []string{
		long,
		"Kehitettävät asiat ja yhteistyön tavoitteet", // the same first 31 characters
		"Mitä? *tärkeää* [luonnos]",
		"'lainaus'",
		"Otteet",
		"Excerpts",
		"history",
		"ASIAKKUUS",
		"asiakkuus",
		"???",
		"Tunteet 😀😀😀😀😀😀😀😀😀😀😀😀", // 32 UTF-16 units
	}
	var themes [][]string
	for _, n := range names {
		themes = append(themes, []string{n, "Alateema"})
	}
	c := corpusOf(themes...)
	for _, lang := range []string{"en", "fi"} {
		f, _ := write(t, c, Options{Lang: lang, EmptyThemes: true})
		sheets := f.GetSheetList()
		seen := map[string]bool{}
		for _, s := range sheets {
			if n := len(utf16.Encode([]rune(s))); n > 31 || n == 0 {
				t.Errorf("sheet %q has %d characters", s, n)
			}
			if strings.ContainsAny(s, `[]:*?/\`) || strings.HasPrefix(s, "'") || strings.HasSuffix(s, "'") || strings.EqualFold(s, "History") {
				t.Errorf("sheet name %q is not valid in Excel", s)
			}
			if seen[strings.ToLower(s)] {
				t.Errorf("sheet name %q is used twice", s)
			}
			seen[strings.ToLower(s)] = true
		}
		themeSheets := sheets[2 : 2+len(names)]
		for i, s := range themeSheets {
			if got := cell(t, f, s, 1, 1); got != names[i] {
				t.Errorf("sheet %q: A1 %q, want the full theme name %q", s, got, names[i])
			}
		}
		if themeSheets[0] != "Kehitettävät asiat ja…" || themeSheets[1] != "Kehitettävät asiat ja… (2)" {
			t.Errorf("long names became %q and %q", themeSheets[0], themeSheets[1])
		}
		if themeSheets[2] != "Mitä tärkeää luonnos" || themeSheets[3] != "lainaus" {
			t.Errorf("forbidden characters: %q, %q", themeSheets[2], themeSheets[3])
		}
	}
}

func TestLongTextIsCutWithANote(t *testing.T) {
	c := corpusOf([]string{"Yhteistyö", "Tapaamiset"})
	long := strings.Repeat("asiakaskokemus ", 2000)
	long += strings.Repeat("ä", 40000-len([]rune(long)))
	c.Excerpts = []coding.Excerpt{excerpt(2, 2, 100, long)}
	for _, lang := range []string{"en", "fi"} {
		f, _ := write(t, c, Options{Lang: lang})
		l := labelsFor(lang)
		for _, at := range []struct {
			sheet    string
			col, row int
			note     string
			whole    string
		}{{l.excerpts, 8, 2, l.cut, long}, {"Yhteistyö", 2, 2, l.cutSeeExcerpts, "- “" + long + "” (H2)"}} {
			text := cell(t, f, at.sheet, at.col, at.row)
			if n := len(utf16.Encode([]rune(text))); n > excelize.TotalCellChars || n < excelize.TotalCellChars-100 {
				t.Errorf("%s %s: the cut cell has %d characters", lang, at.sheet, n)
			}
			i := strings.LastIndex(text, strings.SplitN(at.note, "%d", 2)[0])
			if i < 0 {
				t.Errorf("%s %s: no cut note at the end of …%q", lang, at.sheet, text[len(text)-80:])
				continue
			}
			kept, note := text[:i], text[i:]
			if !strings.HasPrefix(at.whole, kept) {
				t.Errorf("%s %s: the kept text is not the cell's start", lang, at.sheet)
			}
			if want := fmt.Sprintf(at.note, len([]rune(at.whole))-len([]rune(kept))); note != want {
				t.Errorf("%s %s: note %q, want %q", lang, at.sheet, note, want)
			}
		}
	}
}

func TestInterviewsWithoutGroups(t *testing.T) {
	f, _ := write(t, corpusOf([]string{"Yhteistyö", "Tapaamiset"}), Options{})
	rows, err := f.GetRows("Interviews")
	if err != nil {
		t.Fatal(err)
	}
	want := [][]string{
		{"Interview", "haastateltavia", "ryhmä", "People"},
		{"Asiakas 2", "1", "Kunnat", "1"},
		{"Asiakas 10", "2", "Yhteisöt", "2"},
		{"2 interviews · 3 people"},
	}
	if fmt.Sprint(rows) != fmt.Sprint(want) {
		t.Errorf("interviews\n got %q\nwant %q", rows, want)
	}
	if !isNumber(t, f, "Interviews", "D2") {
		t.Error("people is not written as a number")
	}
}

func TestFormulaLookingTextStaysText(t *testing.T) {
	c := corpusOf([]string{"Yhteistyö", "Tapaamiset"})
	c.Docs[1].Name = "-Asiakas 2"
	c.Docs[1].Attributes["ryhmä"] = `=HYPERLINK("http://example.com","klik")`
	e := excerpt(2, 2, 100, "=SUM(A1:A9)")
	e.Memo, e.Coder = "+358 40 123", "@liisa"
	tab := excerpt(2, 2, 200, "\tsisennys")
	cr := excerpt(2, 2, 300, "\r=1+1")
	c.Excerpts = []coding.Excerpt{e, tab, cr}
	by := coding.RowsBy{Kind: coding.ByAttribute, Attr: "ryhmä"}
	c.Summaries = map[coding.SummaryKey]string{{CodeID: 2, RowsBy: by.String(), Row: "-1"}: "- ei kaava\n=1+1"}
	c.Docs = append(c.Docs, coding.DocumentInfo{ID: 3, Name: "Asiakas 3", Attributes: map[string]string{"ryhmä": "-1"}})
	f, _ := write(t, c, Options{RowsBy: by, Quotes: coding.QuoteRule{Source: coding.QuoteByDocument}})
	texts := map[string]string{
		"Excerpts!A2": "-Asiakas 2", "Excerpts!C2": `=HYPERLINK("http://example.com","klik")`, "Excerpts!H2": "=SUM(A1:A9)",
		"Excerpts!I2": "+358 40 123", "Excerpts!J2": "@liisa", "Excerpts!H3": "\tsisennys", "Excerpts!H4": "\r=1+1",
		"Interviews!A2": "-1", "Interviews!A3": "Asiakas 3", "Interviews!A5": "-Asiakas 2",
		"Interviews!A4": `=HYPERLINK("http://example.com","klik")`,
		"Yhteistyö!A2":  "-1", "Yhteistyö!B2": "- ei kaava\n- =1+1",
		"Yhteistyö!B3": "- “=SUM(A1:A9)” (-Asiakas 2)\n- “sisennys” (-Asiakas 2)\n- “=1+1” (-Asiakas 2)",
	}
	for ref, want := range texts {
		sheet, at, _ := strings.Cut(ref, "!")
		if got, _ := f.GetCellValue(sheet, at); got != want {
			t.Errorf("%s = %q, want %q", ref, got, want)
		}
		if formula, _ := f.GetCellFormula(sheet, at); formula != "" {
			t.Errorf("%s became the formula %q", ref, formula)
		}
		if typ, _ := f.GetCellType(sheet, at); typ != excelize.CellTypeInlineString {
			t.Errorf("%s has type %v, not text", ref, typ)
		}
	}
}

// isNumber reports whether a cell holds a number, not text.
func isNumber(t *testing.T, f *excelize.File, sheet, ref string) bool {
	t.Helper()
	typ, err := f.GetCellType(sheet, ref)
	if err != nil {
		t.Fatal(err)
	}
	v, _ := f.GetCellValue(sheet, ref, excelize.Options{RawCellValue: true})
	_, err = strconv.ParseFloat(v, 64)
	return (typ == excelize.CellTypeNumber || typ == excelize.CellTypeUnset) && err == nil
}

func TestTextLines(t *testing.T) {
	for _, c := range []struct {
		text  string
		width int
		want  int
	}{
		{"", 10, 1},
		{"yksi kaksi", 10, 1},
		{"yksi kaksi kolme", 10, 2},
		{"- yksi\n- kaksi", 40, 2},
		{"palvelukeskusyhteistyö", 10, 3},
		{strings.Repeat("sana ", 1000), 10, 30},
	} {
		if got := textLines(c.text, c.width, 30); got != c.want {
			t.Errorf("textLines(%q, %d) = %d, want %d", c.text, c.width, got, c.want)
		}
	}
}

func TestEmptyProject(t *testing.T) {
	f, _ := write(t, coding.Corpus{}, Options{Lang: "fi"})
	if got := strings.Join(f.GetSheetList(), "|"); got != "Haastattelut|Koodikirja|Otteet|Määrät|Yhteisesiintymät" {
		t.Errorf("sheets %q", got)
	}
	if got := cell(t, f, "Haastattelut", 1, 2); got != "0 haastattelua · 0 henkilöä" {
		t.Errorf("totals %q", got)
	}
}

func TestChosenThemesAndSpeakerRows(t *testing.T) {
	c := corpusOf([]string{"Yhteistyö", "Tapaamiset"}, []string{"Lisäarvo", "Palvelut"})
	c.Excerpts = []coding.Excerpt{excerpt(2, 4, 100, "Palvelu  on\nhyvää."), excerpt(10, 4, 150, "Samoin.")}
	f, _ := write(t, c, Options{Themes: []int64{3}, RowsBy: coding.RowsBy{Kind: coding.BySpeaker}, Quotes: coding.QuoteRule{Source: coding.QuoteBySpeaker}})
	if got := strings.Join(f.GetSheetList(), "|"); got != "Interviews|Code book|Lisäarvo|Excerpts|Counts|Co-occurrence" {
		t.Errorf("sheets %q", got)
	}
	rows, err := f.GetRows("Lisäarvo")
	if err != nil {
		t.Fatal(err)
	}
	want := [][]string{{"Lisäarvo", "Palvelut"}, {"H1", "- “Samoin.” (H1)"}, {"H2", "- “Palvelu on hyvää.” (H2)"}, {"Haastattelija"}}
	if fmt.Sprint(rows) != fmt.Sprint(want) {
		t.Errorf("rows by speaker\n got %q\nwant %q", rows, want)
	}
	var buf bytes.Buffer
	if err := Write(&buf, c, Options{Themes: []int64{99}}); err == nil {
		t.Error("an unknown theme gave no error")
	}
}
