package workbook

import (
	"strings"
	"testing"

	"teema/coding"
)

// TestThemesWithoutCodingsGetNoSheetUnlessAsked: a theme nothing is coded
// with would be a sheet of empty cells; it is written only on request.
func TestThemesWithoutCodingsGetNoSheetUnlessAsked(t *testing.T) {
	c := corpusOf([]string{"Yhteistyö", "Tapaamiset"}, []string{"Lisäarvo", "Palvelut"}, []string{"Tiedottaminen", "Kanavat"})
	c.Excerpts = []coding.Excerpt{excerpt(2, 4, 100, "Palvelu on hyvää.")}
	c.Summaries = map[coding.SummaryKey]string{{CodeID: 6, RowsBy: "document", Row: "2"}: "- tiivistys"}
	f, _ := write(t, c, Options{Lang: "fi"})
	if got := strings.Join(f.GetSheetList()[2:4], "|"); got != "Lisäarvo|Tiedottaminen" {
		t.Errorf("theme sheets %q, want only the coded and the summarised theme", got)
	}
	f, _ = write(t, c, Options{Lang: "fi", EmptyThemes: true})
	if got := strings.Join(f.GetSheetList()[2:5], "|"); got != "Yhteistyö|Lisäarvo|Tiedottaminen" {
		t.Errorf("with empty themes: theme sheets %q", got)
	}
}

// TestThemeWithoutSubThemesHeadsItsColumn: the theme's one column says
// what it holds instead of repeating the theme's name.
func TestThemeWithoutSubThemesHeadsItsColumn(t *testing.T) {
	c := corpusOf([]string{"Lisäarvo"})
	c.Excerpts = []coding.Excerpt{excerpt(2, 1, 100, "Palvelu on hyvää.")}
	for lang, want := range map[string]string{"fi": "Lisäarvo|Otteet ja tiivistykset", "en": "Lisäarvo|Excerpts and summaries"} {
		f, _ := write(t, c, Options{Lang: lang})
		rows, err := f.GetRows("Lisäarvo")
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.Join(rows[0], "|"); got != want {
			t.Errorf("%s: header %q, want %q", lang, got, want)
		}
	}
}

// TestMatrixCellsAreRuled: every cell of a theme table has borders, the
// empty ones too, so a printed table has its grid.
func TestMatrixCellsAreRuled(t *testing.T) {
	c := corpusOf([]string{"Yhteistyö", "Tapaamiset", "Tiedotus"})
	c.Excerpts = []coding.Excerpt{excerpt(2, 2, 100, "Tavataan kuukausittain.")}
	f, _ := write(t, c, Options{Lang: "fi"})
	for _, ref := range []string{"A1", "B1", "C1", "A2", "B2", "C2", "A3", "C3"} {
		id, err := f.GetCellStyle("Yhteistyö", ref)
		if err != nil {
			t.Fatal(err)
		}
		st, err := f.GetStyle(id)
		if err != nil {
			t.Fatal(err)
		}
		sides := map[string]bool{}
		for _, b := range st.Border {
			if b.Style > 0 {
				sides[b.Type] = true
			}
		}
		if len(sides) != 4 {
			t.Errorf("%s has borders %v, want all four sides", ref, sides)
		}
	}
}

// TestQuotesNameTheirSourceByTheProjectsRule: the workbook quotes as the
// matrix window does, by interview code unless the project chose
// otherwise (issue 16: it wrote "(asiantuntija3, Kari)").
func TestQuotesNameTheirSourceByTheProjectsRule(t *testing.T) {
	c := corpusOf([]string{"Yhteistyö", "Tapaamiset"})
	c.Turns[2] = []coding.Turn{{Speaker: "Kari", Start: 0, End: 1000}}
	c.Excerpts = []coding.Excerpt{excerpt(2, 2, 100, "Tavataan kuukausittain.")}
	by := coding.RowsBy{Kind: coding.ByAttribute, Attr: "ryhmä"}
	for _, tt := range []struct {
		rule coding.QuoteRule
		want string
	}{
		{coding.QuoteRule{}, "- “Tavataan kuukausittain.” (H1)"},
		{coding.QuoteRule{Source: coding.QuoteBySpeaker}, "- “Tavataan kuukausittain.” (Kari)"},
		{coding.QuoteRule{Source: coding.QuoteByAttribute, Attr: "haastateltavia"}, "- “Tavataan kuukausittain.” (1)"},
	} {
		f, _ := write(t, c, Options{Lang: "fi", RowsBy: by, Quotes: tt.rule})
		if got := cell(t, f, "Yhteistyö", 2, 2); got != tt.want {
			t.Errorf("%v: %q, want %q", tt.rule, got, tt.want)
		}
	}
}

func TestSheetNamesAreShortenedAtAWord(t *testing.T) {
	for _, tt := range []struct{ name, want string }{
		{"Organisaation tavoitteet ja suunnitelmat", "Organisaation tavoitteet ja…"},
		{"Asiakaslähtöisyys ja asiakkaan kokema arvostus", "Asiakaslähtöisyys ja asiakkaan…"},
		{"Palvelukeskusyhteistyönkehittämissuunnitelmat", "Palvelukeskusyhteistyönkehittä…"},
		{"Lisäarvo", "Lisäarvo"},
	} {
		if got := newSheetNames().take(tt.name, "Teema"); got != tt.want {
			t.Errorf("%q became %q, want %q", tt.name, got, tt.want)
		}
	}
}
