package store

import (
	"testing"
	"time"

	"teema/coding"
)

// Two coders who coded the same words with the same code both keep their
// coding; only a coding the project already has from the same coder is a
// duplicate.
func TestApplyExchangeKeepsEachCodersCoding(t *testing.T) {
	p := newProject(t)
	text := coding.Normalize("H1: Palvelu oli hyvää ja nopeaa.")
	doc := coding.NewDocument("Asiakas 1", text, "txt", "a1.txt", time.Now())
	coded := func(coders ...string) Exchange {
		d := ExchangeDocument{Doc: doc}
		for _, c := range coders {
			d.Excerpts = append(d.Excerpts, ExchangeExcerpt{CodeKey: "k", Start: 4, End: 11, Coder: c})
		}
		return Exchange{Codes: []ExchangeCode{{Key: "k", Name: "Palvelu"}}, Documents: []ExchangeDocument{d}}
	}
	res, err := p.ApplyExchange(coded("Liisa", "Matti"))
	if err != nil {
		t.Fatal(err)
	}
	if res.Codings != 2 || res.DuplicateCodings != 0 {
		t.Fatalf("first exchange: %d codings, %d duplicates; want 2 and 0", res.Codings, res.DuplicateCodings)
	}
	res, err = p.ApplyExchange(coded("Matti", "Aino"))
	if err != nil {
		t.Fatal(err)
	}
	if res.Codings != 1 || res.DuplicateCodings != 1 {
		t.Fatalf("second exchange: %d codings, %d duplicates; want 1 and 1", res.Codings, res.DuplicateCodings)
	}
	es, err := p.Excerpts(coding.ExcerptFilter{})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]int{}
	for _, e := range es {
		got[e.Coder]++
	}
	if len(es) != 3 || got["Liisa"] != 1 || got["Matti"] != 1 || got["Aino"] != 1 {
		t.Fatalf("codings by coder: %v (%d in all); want one each of Liisa, Matti, Aino", got, len(es))
	}
}
