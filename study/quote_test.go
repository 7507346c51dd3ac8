package study

import (
	"testing"

	"teema/coding"
)

// TestQuoteFollowsTheProjectsRule: the clipboard's quote and the
// workbook's take the rule kept in the project.
func TestQuoteFollowsTheProjectsRule(t *testing.T) {
	p := newProject(t)
	code(t, p, "Kunta A", "Covid19 muutti kaiken.", "Muutos/Korona", "maija")
	es, err := p.Excerpts(coding.ExcerptFilter{})
	if err != nil || len(es) != 1 {
		t.Fatalf("excerpts %v, %v", es, err)
	}
	// Kunta A is the second interview by name, after Association D.
	if q, err := Quote(p, es[0]); err != nil || q != "“Covid19 muutti kaiken.” (H2)" {
		t.Errorf("quote %q, %v", q, err)
	}
	rule := coding.QuoteRule{Source: coding.QuoteBySpeaker}
	if _, err := p.SetQuoteRule(rule); err != nil {
		t.Fatal(err)
	}
	if q, err := Quote(p, es[0]); err != nil || q != "“Covid19 muutti kaiken.” (H1)" {
		t.Errorf("quote by speaker %q, %v", q, err)
	}
	b, err := LoadWorkbook(p, coding.ParseRowsBy(""), nil, "fi")
	if err != nil {
		t.Fatal(err)
	}
	if b.o.Quotes != rule || b.o.EmptyThemes || !b.WithEmptyThemes().o.EmptyThemes {
		t.Errorf("workbook options %+v", b.o)
	}
}
