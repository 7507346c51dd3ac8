package store

import (
	"path/filepath"
	"testing"

	"teema/coding"
)

// TestQuoteRuleTravelsWithTheProject: the attribution rule is kept in the
// project file, so the workbook written later quotes as the window did.
func TestQuoteRuleTravelsWithTheProject(t *testing.T) {
	path := filepath.Join(t.TempDir(), "p.teema")
	p, err := Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if r, err := p.QuoteRule(); err != nil || r.Source != coding.QuoteByCode {
		t.Fatalf("a new project quotes by %+v, %v", r, err)
	}
	want := coding.QuoteRule{Source: coding.QuoteByAttribute, Attr: "ryhmä"}
	if old, err := p.SetQuoteRule(want); err != nil || old.Source != coding.QuoteByCode {
		t.Fatalf("set: old %+v, %v", old, err)
	}
	p.Close()
	q, err := OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	defer q.Close()
	if got, err := q.QuoteRule(); err != nil || got != want {
		t.Errorf("rule %+v, %v; want %+v", got, err, want)
	}
	if _, err := q.SetQuoteRule(want); err == nil {
		t.Error("a read-only project took a rule")
	}
}
