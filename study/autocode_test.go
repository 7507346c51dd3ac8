package study

import (
	"strings"
	"testing"

	"teema/coding"
	"teema/coding/autocode"
	"teema/coding/units"
	"teema/store"
)

// codingsOf lists a code's codings as "interview:words".
func codingsOf(t *testing.T, p *store.Project, path string) []string {
	t.Helper()
	ids, err := CodeIDs(p, []string{path})
	if err != nil {
		t.Fatal(err)
	}
	es, err := p.Excerpts(coding.ExcerptFilter{CodeIDs: ids})
	if err != nil {
		t.Fatal(err)
	}
	docs, _ := p.Documents()
	names := byID(docs)
	out := make([]string, len(es))
	for i, e := range es {
		out[i] = names[e.DocID].Name + ":" + e.Text
	}
	return out
}

func planOf(t *testing.T, p *store.Project, s *Searcher, query string, extent units.Kind, code string) autocode.Plan {
	t.Helper()
	found, err := s.Search(p, Search{Query: query, Forms: FormsRaw})
	if err != nil {
		t.Fatal(err)
	}
	c, _, err := p.EnsureCodePath(code, "", "")
	if err != nil {
		t.Fatal(err)
	}
	pl, err := s.PlanAutoCode(p, found.Hits, AutoCode{Code: c.ID, Extent: extent, Coder: "Aino"})
	if err != nil {
		t.Fatal(err)
	}
	return pl
}

func TestAutoCodeAtEachExtent(t *testing.T) {
	p := payrollProject(t)
	s := newSearcher(t, noVoikko())
	for _, c := range []struct {
		extent units.Kind
		want   []string
	}{
		{units.Hit, []string{"Kunta B:Tiedotteet", "Kunta B:tiedotteita"}},
		{units.Sentence, []string{"Kunta B:Tiedotteet tulevat myöhässä.", "Kunta B:Asiakaskokemus on parantunut, kun tiedotteita tulee harvemmin."}},
		{units.Turn, []string{"Kunta B:Kunta odottaa nopeaa palvelua. Tiedotteet tulevat myöhässä.",
			"Kunta B:Asiakaskokemus on parantunut, kun tiedotteita tulee harvemmin."}},
		{units.Paragraph, []string{"Kunta B:Kunta odottaa nopeaa palvelua. Tiedotteet tulevat myöhässä.",
			"Kunta B:Asiakaskokemus on parantunut, kun tiedotteita tulee harvemmin."}},
	} {
		pl := planOf(t, p, s, "tiedotteet OR tiedotteita", c.extent, "Tiedotteet/"+c.extent.String())
		got := make([]string, len(pl.Excerpts))
		for i, e := range pl.Excerpts {
			got[i] = "Kunta B:" + e.Text
		}
		sameHits(t, c.extent.String()+" preview", got, c.want...)
		if err := coding.NewHistory(5).Do(p, pl.Change()); err != nil {
			t.Fatal(err)
		}
		sameHits(t, c.extent.String()+" coded", codingsOf(t, p, "Tiedotteet/"+c.extent.String()), c.want...)
	}
}

func TestAutoCodeSkipsWhatIsCodedAndUndoes(t *testing.T) {
	p := payrollProject(t)
	s := newSearcher(t, noVoikko())
	code(t, p, "Kunta B", "Tiedotteet tulevat myöhässä.", "Tiedotus", "Aino")
	code(t, p, "Kunta B", "tiedotteita tulee harvemmin", "Tiedotus", "Pekka")
	pl := planOf(t, p, s, "tiedotteet OR tiedotteita OR tiedote", units.Sentence, "Tiedotus")
	if pl.Asked != 4 || pl.Skipped != 1 || len(pl.Excerpts) != 3 {
		t.Fatalf("asked %d, skipped %d, to code %d", pl.Asked, pl.Skipped, len(pl.Excerpts))
	}
	h := coding.NewHistory(5)
	if err := h.Do(p, pl.Change()); err != nil {
		t.Fatal(err)
	}
	if got := codingsOf(t, p, "Tiedotus"); len(got) != 5 {
		t.Fatalf("after the run: %q", got)
	}
	if h.UndoLabel() != autocode.Label {
		t.Errorf("the undo step is %v", h.UndoLabel())
	}
	if err := h.Undo(p); err != nil {
		t.Fatal(err)
	}
	sameHits(t, "one undo takes the whole run back", codingsOf(t, p, "Tiedotus"),
		"Kunta B:Tiedotteet tulevat myöhässä.", "Kunta B:tiedotteita tulee harvemmin")
	if again := planOf(t, p, s, "tiedotteet", units.Sentence, "Tiedotus"); len(again.Excerpts) != 0 || again.Skipped != 1 {
		t.Errorf("the same run again codes %d", len(again.Excerpts))
	}
}

func TestAutoCodeRefusesHitsOfAChangedText(t *testing.T) {
	p := payrollProject(t)
	s := newSearcher(t, noVoikko())
	found, _ := s.Search(p, Search{Query: "harvemmin", Forms: FormsRaw})
	id := docID(t, p, "Kunta B")
	if _, _, err := p.EditText(id, coding.Edit{Start: 0, End: 0, Insert: "Haastattelu 2\n\n"}); err != nil {
		t.Fatal(err)
	}
	_, err := s.PlanAutoCode(p, found.Hits, AutoCode{Code: 1, Extent: units.Hit, Coder: "Aino"})
	isKind(t, err, errStale)
}

func TestAutoCodeSpeakerTurns(t *testing.T) {
	p := payrollProject(t)
	c, _, _ := p.EnsureCodePath("Kysymykset", "", "")
	pl, err := PlanSpeakerTurns(p, SpeakerTurns{Speaker: "haastattelija", Where: map[string][]string{"ryhmä": {"Kunnat"}},
		Code: c.ID, Coder: "Aino"})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range pl.Excerpts {
		got = append(got, e.Text)
	}
	sameHits(t, "the interviewer's questions, labels left out", got,
		"Miten asiakkaat ottavat yhteyttä?", "Käytättekö analytiikkaa?", "Mitä kunta odottaa?")
	pl, _ = PlanSpeakerTurns(p, SpeakerTurns{Speaker: "*", Code: c.ID, Coder: "Aino"})
	if len(pl.Excerpts) != 9 {
		t.Errorf("every turn: %d", len(pl.Excerpts))
	}
	_, err = PlanSpeakerTurns(p, SpeakerTurns{Speaker: "H9", Code: c.ID})
	isKind(t, err, errNoSpeaker)
	if !strings.Contains(err.Error(), "H1, H2, H3, Haastattelija") {
		t.Errorf("names the speakers: %v", err)
	}
}
