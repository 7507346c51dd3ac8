package study

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"teema/coding"
	"teema/coding/search"
	"teema/coding/units"
	"teema/store"
	"teema/voikko"
)

// Fictional interviews of a payroll service's customers: two
// municipalities and an association.
var payroll = map[string]string{
	"Kunta A.txt": "Haastattelija: Miten asiakkaat ottavat yhteyttä?\n\n" +
		"H1: Asiakkaat soittavat yleensä. Oma yhteyshenkilö vastaa asiakkaan kysymyksiin.\n\n" +
		"Haastattelija: Käytättekö analytiikkaa?\n\n" +
		"H1: Data-analytiikkaa käytetään vähän. Kanta-asiakkaalle lähetetään tiedote.",
	"Kunta B.txt": "Haastattelija: Mitä kunta odottaa?\n\n" +
		"H2: Kunta odottaa nopeaa palvelua. Tiedotteet tulevat myöhässä.\n\n" +
		"H2: Asiakaskokemus on parantunut, kun tiedotteita tulee harvemmin.",
	"Yhdistys C.txt": "Haastattelija: Kertokaa tekstianalytiikasta.\n\n" +
		"H3: Tekstianalytiikka on uutta. Analytiikan hyödyt näkyvät myöhemmin. Tiedote riittää.",
}

var payrollGroups = map[string]string{"Kunta A": "Kunnat", "Kunta B": "Kunnat", "Yhdistys C": "Yhteisöt"}

func payrollProject(t *testing.T) *store.Project {
	t.Helper()
	dir := t.TempDir()
	p, err := store.Create(filepath.Join(dir, "palkat.teema"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { p.Close() })
	im := ImportFiles(p, writeFiles(t, dir, payroll), nil, nil)
	for _, r := range im.Results {
		if _, err := p.SetAttribute(r.Doc.ID, "ryhmä", payrollGroups[r.Doc.Name]); err != nil {
			t.Fatal(err)
		}
	}
	return p
}

// needVoikko skips a test of base forms where Voikko is not installed.
func needVoikko(t *testing.T) {
	t.Helper()
	v, err := voikko.Open()
	if err != nil {
		t.Skipf("Voikko is not installed here (%v)", err)
	}
	v.Close()
}

// noVoikko is Forms as they are where Voikko is missing.
func noVoikko() *Forms {
	f := NewForms()
	f.start.Do(func() {})
	f.err = voikko.ErrUnavailable.New(nil)
	close(f.ready)
	return f
}

// hits searches and lists the hits as "interview:words".
func hits(t *testing.T, s *Searcher, p *store.Project, q Search) []string {
	t.Helper()
	found, err := s.Search(p, q)
	if err != nil {
		t.Fatalf("%q: %v", q.Query, err)
	}
	names := map[int64]string{}
	for _, d := range found.Docs {
		names[d.ID] = d.Name
	}
	out := make([]string, len(found.Hits))
	for i, h := range found.Hits {
		out[i] = names[h.DocID] + ":" + h.Text
	}
	return out
}

func sameHits(t *testing.T, what string, got []string, want ...string) {
	t.Helper()
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("%s:\n got %q\nwant %q", what, got, want)
	}
}

func newSearcher(t *testing.T, forms *Forms) *Searcher {
	t.Helper()
	t.Cleanup(func() { forms.Close() })
	return NewSearcher(forms)
}

func TestSearchFindsEveryFormAndCompound(t *testing.T) {
	needVoikko(t)
	p := payrollProject(t)
	s := newSearcher(t, NewForms())
	sameHits(t, "analytiikka as written finds one", hits(t, s, p, Search{Query: "analytiikka", Forms: FormsRaw}))
	sameHits(t, "by base form", hits(t, s, p, Search{Query: "analytiikka"}), "Kunta A:analytiikkaa", "Yhdistys C:Analytiikan")
	sameHits(t, "and in compounds", hits(t, s, p, Search{Query: "analytiikka", Compounds: true}),
		"Kunta A:analytiikkaa", "Kunta A:Data-analytiikkaa", "Yhdistys C:tekstianalytiikasta", "Yhdistys C:Tekstianalytiikka", "Yhdistys C:Analytiikan")
	sameHits(t, "asiakas in compounds", hits(t, s, p, Search{Query: "asiakas", Compounds: true}),
		"Kunta A:asiakkaat", "Kunta A:Asiakkaat", "Kunta A:asiakkaan", "Kunta A:Kanta-asiakkaalle", "Kunta B:Asiakaskokemus")
	sameHits(t, "prefix", hits(t, s, p, Search{Query: "analytiik*"}), "Kunta A:analytiikkaa", "Yhdistys C:Analytiikan")
	sameHits(t, "phrase", hits(t, s, p, Search{Query: `"oma yhteyshenkilö"`}), "Kunta A:Oma yhteyshenkilö")
	found, _ := s.Search(p, Search{Query: "tiedote"})
	if found.Forms != FormsLemma || len(found.Notes) != 0 || len(found.Hits) != 4 || found.Scope != DefaultScope {
		t.Errorf("%+v", found)
	}
	if c := found.Counts; len(c.Docs) != 3 || c.Forms[0].Form != "tiedote" {
		t.Errorf("counts %+v", c)
	}
}

func TestSearchWithoutVoikkoSaysSo(t *testing.T) {
	p := payrollProject(t)
	s := newSearcher(t, noVoikko())
	found, err := s.Search(p, Search{Query: "tiedote", Compounds: true})
	if err != nil {
		t.Fatal(err)
	}
	if found.Forms != FormsStem || !hasNote(found.Notes, noteSearchStems) || !hasNote(found.Notes, noteInside) ||
		!hasNote(found.Notes, voikko.ErrUnavailable) {
		t.Errorf("forms %q, notes %v", found.Forms, found.Notes)
	}
	sameHits(t, "by stem", hits(t, s, p, Search{Query: "tiedote"}),
		"Kunta A:tiedote", "Kunta B:Tiedotteet", "Kunta B:tiedotteita", "Yhdistys C:Tiedote")
	sameHits(t, "the stem inside words", hits(t, s, p, Search{Query: "analytiikka", Compounds: true}),
		"Kunta A:analytiikkaa", "Kunta A:Data-analytiikkaa", "Yhdistys C:tekstianalytiikasta", "Yhdistys C:Tekstianalytiikka", "Yhdistys C:Analytiikan")
}

func TestSearchFilters(t *testing.T) {
	p := payrollProject(t)
	s := newSearcher(t, noVoikko())
	q := func(f func(*Search)) []string {
		sq := Search{Query: "kunta OR tiedote", Forms: FormsRaw}
		f(&sq)
		return hits(t, s, p, sq)
	}
	sameHits(t, "all", q(func(*Search) {}), "Kunta A:tiedote", "Kunta B:kunta", "Kunta B:Kunta", "Yhdistys C:Tiedote")
	sameHits(t, "documents", q(func(s *Search) { s.Docs = []int64{docID(t, p, "Yhdistys C")} }), "Yhdistys C:Tiedote")
	sameHits(t, "attribute", q(func(s *Search) { s.Where = map[string][]string{"ryhmä": {"kunnat"}} }),
		"Kunta A:tiedote", "Kunta B:kunta", "Kunta B:Kunta")
	sameHits(t, "speaker", q(func(s *Search) { s.Speakers = []string{"h2"} }), "Kunta B:Kunta")
	sameHits(t, "no interviewer", q(func(s *Search) { s.NoInterviewer = true }), "Kunta A:tiedote", "Kunta B:Kunta", "Yhdistys C:Tiedote")
	code(t, p, "Kunta B", "Kunta odottaa nopeaa palvelua.", "Odotukset", "Aino")
	code(t, p, "Kunta A", "Kanta-asiakkaalle lähetetään tiedote.", "Tiedottaminen/Kanavat", "Aino")
	odotukset, _ := CodeIDs(p, []string{"Odotukset"})
	tiedottaminen, _ := CodeIDs(p, []string{"Tiedottaminen"})
	sameHits(t, "inside a code", q(func(s *Search) { s.InCodes = odotukset }), "Kunta B:Kunta")
	sameHits(t, "inside a theme's codes", q(func(s *Search) { s.InCodes = tiedottaminen }), "Kunta A:tiedote")
	sameHits(t, "outside codes", q(func(s *Search) { s.OutCodes = append(odotukset, tiedottaminen...) }),
		"Kunta B:kunta", "Yhdistys C:Tiedote")
}

func TestSearchScopesAndMistakes(t *testing.T) {
	p := payrollProject(t)
	s := newSearcher(t, noVoikko())
	raw := func(query string, scope units.Kind) []string {
		return hits(t, s, p, Search{Query: query, Forms: FormsRaw, Scope: scope})
	}
	sameHits(t, "sentence", raw("kunta palvelua", units.Sentence), "Kunta B:Kunta", "Kunta B:palvelua")
	sameHits(t, "not in a sentence", raw("kunta tiedotteet", units.Sentence))
	sameHits(t, "turn", raw("kunta tiedotteet", units.Turn), "Kunta B:Kunta", "Kunta B:Tiedotteet")
	sameHits(t, "paragraph", raw("kunta tiedotteita", units.Paragraph))
	sameHits(t, "document", raw("kunta tiedotteita", units.Document), "Kunta B:kunta", "Kunta B:Kunta", "Kunta B:tiedotteita")
	_, err := s.Search(p, Search{Query: `kunta "tiedote`})
	if !errors.Is(err, search.ErrQuery) {
		t.Errorf("a bad query: %v", err)
	}
}

func TestSearchReadsChangedTextsAgain(t *testing.T) {
	p := payrollProject(t)
	s := newSearcher(t, noVoikko())
	sameHits(t, "before", hits(t, s, p, Search{Query: "harvemmin", Forms: FormsRaw}), "Kunta B:harvemmin")
	id := docID(t, p, "Kunta B")
	d, _ := p.Document(id)
	at := coding.RuneLen(d.Text[:strings.Index(d.Text, "harvemmin")])
	if _, _, err := p.EditText(id, coding.Edit{Start: at, End: at + len("harvemmin"), Insert: "useammin"}); err != nil {
		t.Fatal(err)
	}
	sameHits(t, "after an edit", hits(t, s, p, Search{Query: "harvemmin OR useammin", Forms: FormsRaw}), "Kunta B:useammin")
}

func TestSearchReadsTalliesFirst(t *testing.T) {
	needVoikko(t)
	p := payrollProject(t)
	forms := NewForms()
	wc, err := CountWords(p, WordQuery{}, forms)
	if err != nil {
		t.Fatal(err)
	}
	if err := wc.Keep(); err != nil {
		t.Fatal(err)
	}
	s := newSearcher(t, forms)
	sameHits(t, "from tallies", hits(t, s, p, Search{Query: "asiakas"}), "Kunta A:asiakkaat", "Kunta A:Asiakkaat", "Kunta A:asiakkaan")
	if _, read := s.ix.Doc(docID(t, p, "Kunta B")); read {
		t.Error("the tally of Kunta B says it has no asiakas, yet its text was read")
	}
	if err := s.ReadAll(p); err != nil {
		t.Fatal(err)
	}
	if _, read := s.ix.Doc(docID(t, p, "Kunta B")); !read {
		t.Error("ReadAll left Kunta B unread")
	}
}
