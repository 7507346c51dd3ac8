package coding

import (
	"testing"
	"time"
)

// quoteDocs are three interviews: "Asiakas 10" sorts after "Asiakas 2",
// and "Asiakas 3" has a code of its own.
func quoteDocs() (Document, []DocumentInfo) {
	doc := NewDocument("Asiakas 10", "Johdanto ilman puhujaa.\n\nJulia: Yhteistyö   sujuu\nhyvin.\n\nJulia: Kiitos.", "txt", "", time.Time{})
	doc.ID = 1
	doc.Attributes = map[string]string{"ryhmä": "Kunnat"}
	infos := []DocumentInfo{
		{ID: 1, Name: doc.Name, Attributes: doc.Attributes},
		{ID: 2, Name: "Asiakas 2"},
		{ID: 3, Name: "Asiakas 3", Attributes: map[string]string{"koodi": "K7"}},
	}
	return doc, infos
}

func TestInterviewCodes(t *testing.T) {
	_, docs := quoteDocs()
	codes := InterviewCodes(docs)
	if codes[2] != "H1" || codes[3] != "K7" || codes[1] != "H3" {
		t.Errorf("codes %v, want Asiakas 2 H1, Asiakas 3 its koodi K7, Asiakas 10 H3", codes)
	}
}

// TestQuoteNamesTheSourceByTheRule: one rule names every quote's source,
// the interview code unless the project chose otherwise (issue 16: the
// speaker label, often a real first name, was the default).
func TestQuoteNamesTheSourceByTheRule(t *testing.T) {
	doc, docs := quoteDocs()
	turns := func(int64) []Turn { return doc.Turns }
	whole := cut(t, doc, 25, 56)
	intro := cut(t, doc, 0, 8)
	tests := []struct {
		rule QuoteRule
		e    Excerpt
		max  int
		want string
	}{
		{QuoteRule{}, whole, 0, "“Yhteistyö sujuu hyvin.” (H3)"},
		{QuoteRule{Source: QuoteByCode}, whole, 10, "“Yhteistyö…” (H3)"},
		{QuoteRule{Source: QuoteBySpeaker}, whole, 0, "“Yhteistyö sujuu hyvin.” (Julia)"},
		{QuoteRule{Source: QuoteBySpeaker}, intro, 0, "“Johdanto” (H3)"},
		{QuoteRule{Source: QuoteByDocument}, intro, 0, "“Johdanto” (Asiakas 10)"},
		{QuoteRule{Source: QuoteByAttribute, Attr: "ryhmä"}, whole, 0, "“Yhteistyö sujuu hyvin.” (Kunnat)"},
		{QuoteRule{Source: QuoteByAttribute, Attr: "ikä"}, whole, 0, "“Yhteistyö sujuu hyvin.” (H3)"},
	}
	for _, tt := range tests {
		if got := NewQuoter(tt.rule, docs, turns).Quote(tt.e, tt.max); got != tt.want {
			t.Errorf("%v: Quote = %q, want %q", tt.rule, got, tt.want)
		}
	}
}

func TestQuoteRuleStoredForm(t *testing.T) {
	for _, r := range []QuoteRule{
		{Source: QuoteByCode}, {Source: QuoteBySpeaker}, {Source: QuoteByDocument},
		{Source: QuoteByAttribute, Attr: "ryhmä: vanha"},
	} {
		if got := ParseQuoteRule(r.String()); got != r {
			t.Errorf("%q reads back as %+v", r.String(), got)
		}
	}
	if (QuoteRule{}).String() != "code" || ParseQuoteRule("").Source != QuoteByCode || ParseQuoteRule("attribute:").Source != QuoteByCode {
		t.Error("no rule is the interview code")
	}
}

// quoteRepo keeps only a quote rule; the change calls nothing else.
type quoteRepo struct {
	Repo
	rule QuoteRule
}

func (r *quoteRepo) SetQuoteRule(q QuoteRule) (QuoteRule, error) {
	old := r.rule
	r.rule = q
	return old, nil
}

func TestSetQuoteRuleUndoes(t *testing.T) {
	r := &quoteRepo{}
	h := NewHistory(10)
	if err := h.Do(r, SetQuoteRule{Rule: QuoteRule{Source: QuoteByDocument}}); err != nil || r.rule.Source != QuoteByDocument {
		t.Fatalf("set: %v, rule %+v", err, r.rule)
	}
	if h.UndoLabel() != labelQuoteRule {
		t.Errorf("undo names %v", h.UndoLabel())
	}
	if err := h.Undo(r); err != nil || r.rule != (QuoteRule{}) {
		t.Fatalf("undo: %v, rule %+v", err, r.rule)
	}
}

// TestQuoteRuleKeepsTheTime: a rule naming the time is stored and read
// back with it, whatever its source.
func TestQuoteRuleKeepsTheTime(t *testing.T) {
	for _, r := range []QuoteRule{
		{Source: QuoteByCode, Time: true},
		{Source: QuoteBySpeaker, Time: true},
		{Source: QuoteByAttribute, Attr: "ryhmä", Time: true},
		{Source: QuoteByAttribute, Attr: "ryhmä"},
	} {
		if got := ParseQuoteRule(r.String()); got != r {
			t.Errorf("%+v is stored as %q and read as %+v", r, r.String(), got)
		}
	}
}
