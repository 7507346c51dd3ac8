package wordfreq

import (
	"math"
	"reflect"
	"strings"
	"testing"
	"time"

	"teema/assets"
	"teema/coding"
)

func TestTokenize(t *testing.T) {
	cases := []struct {
		name, text string
		o          Options
		want       []string
	}{
		{"hyphenated words stay whole", "HR-yksikkö ja linja-auto.", Options{}, []string{"hr-yksikkö", "ja", "linja-auto"}},
		{"hyphen at a word's edge", "asiakas- ja henkilöstöpalvelut, -tai", Options{}, []string{"asiakas", "ja", "henkilöstöpalvelut", "tai"}},
		{"dashes split", "sana – toinen—kolmas", Options{}, []string{"sana", "toinen", "kolmas"}},
		{"unicode hyphen", "linja\u2010auto", Options{}, []string{"linja-auto"}},
		{"apostrophes inside words", "Don't stop, it's fine; vaa'an 'quoted'", Options{}, []string{"don't", "stop", "it's", "fine", "vaa'an", "quoted"}},
		{"typographic apostrophe", "don’t", Options{}, []string{"don't"}},
		{"Finnish and Swedish letters", "ÄRRÄ Öljy Åland ärrä", Options{}, []string{"ärrä", "öljy", "åland", "ärrä"}},
		{"numbers off", "Vuonna 2016 H5 sanoi 3,5", Options{}, []string{"vuonna", "h", "sanoi"}},
		{"numbers on", "Vuonna 2016 H5 sanoi", Options{Numbers: true}, []string{"vuonna", "2016", "h5", "sanoi"}},
		{"punctuation", "(Kyllä!) \"Joo\"... no? — niin: öö.", Options{}, []string{"kyllä", "joo", "no", "niin", "öö"}},
		{"underscore and symbols", "a_b c@d e/f", Options{}, []string{"a", "b", "c", "d", "e", "f"}},
		{"plain tokens split like [^\\W\\d_]+", "HR-yksikkö don't H5x", Options{PlainTokens: true}, []string{"hr", "yksikkö", "don", "t", "h", "x"}},
	}
	for _, c := range cases {
		if got := Tokenize(c.text, c.o); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: Tokenize(%q) = %q, want %q", c.name, c.text, got, c.want)
		}
	}
}

func words(r Result) map[string]Word {
	m := map[string]Word{}
	for _, w := range r.Words {
		m[w.Word] = w
	}
	return m
}

func TestStemsMergeInflections(t *testing.T) {
	r := Count([]Text{{DocID: 1, Text: "Asiakaskokemus on hyvä. Asiakaskokemuksen paraneminen. Asiakaskokemukset, asiakaskokemukset."}},
		Options{Forms: Stems(), Stop: mustStop(t, "fi")})
	var found *Word
	for i, w := range r.Words {
		if strings.HasPrefix(w.Word, "asiakaskokem") {
			if found != nil {
				t.Fatalf("inflections counted as two words: %q and %q", found.Word, w.Word)
			}
			found = &r.Words[i]
		}
	}
	if found == nil || found.Word != "asiakaskokemus" || found.Count != 4 || found.Docs != 1 {
		t.Fatalf("asiakaskokemus by stem: %+v in %+v", found, r.Words)
	}
	if want := []string{"asiakaskokemukset", "asiakaskokemuksen", "asiakaskokemus"}; !reflect.DeepEqual(found.Forms, want) {
		t.Fatalf("forms %q, want %q (most frequent first, ties by spelling)", found.Forms, want)
	}
	if r.Words[0].Word != found.Word || r.Counted != 6 || r.Tokens != 7 || math.Abs(found.Share-4.0/6) > 1e-12 {
		t.Fatalf("result %+v", r)
	}
}

// mapReducer is a stand-in lemmatiser for tests that must not depend on
// Voikko.
type mapReducer map[string]string

func (m mapReducer) Reduce(w string) string {
	if l, ok := m[w]; ok {
		return l
	}
	return w
}

func TestLemmas(t *testing.T) {
	fake := mapReducer{"asiakaskokemuksen": "asiakaskokemus", "asiakaskokemukset": "asiakaskokemus", "oli": "olla", "olen": "olla"}
	r := Count([]Text{{Text: "asiakaskokemus asiakaskokemuksen asiakaskokemukset oli olen"}}, Options{Forms: Lemmas(fake)})
	w := words(r)
	if w["asiakaskokemus"].Count != 3 || w["olla"].Count != 2 || len(r.Words) != 2 {
		t.Fatalf("lemmas: %+v", r.Words)
	}
	// English documents fall back to the English stemmer.
	r = Count([]Text{{Text: "running runs run", Lang: English}}, Options{Forms: Lemmas(fake)})
	if len(r.Words) != 1 || r.Words[0].Word != "run" || r.Words[0].Count != 3 {
		t.Fatalf("English under lemma: %+v", r.Words)
	}
}

func mustStop(t *testing.T, lang string) []string {
	t.Helper()
	w, err := assets.StopWords(lang)
	if err != nil {
		t.Fatal(err)
	}
	return w
}

func TestStopWords(t *testing.T) {
	text := "Öö niinku se asiakas tota joo sanoi et sit mä ja sä oli. Mut kyllä."
	r := Count([]Text{{Text: text}}, Options{Stop: mustStop(t, "fi")})
	if got := r.Words; len(got) != 2 || words(r)["asiakas"].Count != 1 || words(r)["sanoi"].Count != 1 {
		t.Fatalf("fillers not dropped: %+v", got)
	}
	if r.Tokens != 15 || r.Counted != 2 {
		t.Fatalf("tokens %d counted %d", r.Tokens, r.Counted)
	}
	// A project's own additions and exceptions.
	r = Count([]Text{{Text: text}}, Options{Stop: mustStop(t, "fi"), ExtraStop: []string{"Asiakas"}, Keep: []string{"joo"}})
	if w := words(r); len(w) != 2 || w["joo"].Count != 1 || w["sanoi"].Count != 1 {
		t.Fatalf("ExtraStop/Keep: %+v", r.Words)
	}
	// With lemmas, a listed base form drops its inflections, but the
	// lemma of a listed word does not drop other words ("kuin" → "kuu").
	fake := mapReducer{"oli": "olla", "olisi": "olla", "kuin": "kuu", "kuussa": "kuu"}
	r = Count([]Text{{Text: "oli olisi kuin kuussa"}}, Options{Forms: Lemmas(fake), Stop: []string{"olla", "kuin"}})
	if w := words(r); len(w) != 1 || w["kuu"].Count != 1 || w["kuu"].Forms[0] != "kuussa" {
		t.Fatalf("stop words by lemma: %+v", r.Words)
	}
	// With stems, a token goes when its stem is a listed word's stem.
	r = Count([]Text{{Text: "ollaan olla talo"}}, Options{Forms: Stems(), Stop: []string{"olla"}})
	if w := words(r); len(w) != 1 || w["talo"].Count != 1 {
		t.Fatalf("stop words by stem: %+v", r.Words)
	}
	// English list.
	r = Count([]Text{{Text: "I don't think the customer service was good", Lang: English}}, Options{Forms: Stems(), Stop: mustStop(t, "en")})
	if w := words(r); len(w) != 4 || w["custom"].Count != 1 || w["servic"].Count != 1 {
		t.Fatalf("English stop words: %+v", r.Words)
	}
}

func TestMinLenAndDocs(t *testing.T) {
	r := Count([]Text{{DocID: 1, Text: "a bb ccc bb"}, {DocID: 2, Text: "bb x"}, {DocID: 3, Text: ""}}, Options{MinLen: 2})
	w := words(r)
	if len(w) != 2 || w["bb"].Count != 3 || w["bb"].Docs != 2 || w["ccc"].Docs != 1 || r.Docs != 3 || r.Counted != 4 {
		t.Fatalf("%+v", r)
	}
}

func TestParallelCountIsDeterministic(t *testing.T) {
	var texts []Text
	for i := 0; i < 40; i++ {
		texts = append(texts, Text{DocID: int64(i), Text: strings.Repeat("talo talon taloissa auto ", i%7+1) + strings.Repeat("yksi ", i)})
	}
	a := Count(texts, Options{Forms: Stems(), Workers: 1})
	b := Count(texts, Options{Forms: Stems(), Workers: 4})
	if !reflect.DeepEqual(a, b) {
		t.Fatalf("1 worker %+v\n4 workers %+v", a, b)
	}
}

func TestDetectLang(t *testing.T) {
	if l := DetectLang("Interviewer: How do you find the service?\nKate: I think it is good, and we like it."); l != English {
		t.Fatalf("English detected as %v", l)
	}
	if l := DetectLang("Haastattelija: Miten yhteistyö sujuu?\nH5: No kyllä se ihan hyvin on sujunut, että ei ole valittamista."); l != Finnish {
		t.Fatalf("Finnish detected as %v", l)
	}
	r := Count([]Text{{Text: "The services and the service were serviced, and it is the way we do it."}}, Options{Forms: Stems()})
	if r.Langs[English] != 1 || words(r)["servic"].Count != 3 {
		t.Fatalf("English document not stemmed as English: %+v", r)
	}
	if ParseLang("Englanti") != English || ParseLang("suomi") != Finnish || ParseLang("sv") != Auto {
		t.Fatal("ParseLang")
	}
}

func TestRanges(t *testing.T) {
	text := "yksi kaksi kolme neljä viisi"
	// [2, 12) starts inside "yksi" (skipped: it began before) and ends
	// inside "kolme" (counted whole: it began inside).
	r := Count([]Text{{Text: text, Ranges: []Range{{Start: 2, End: 12}}}}, Options{})
	if w := words(r); len(w) != 2 || w["kaksi"].Count != 1 || w["kolme"].Count != 1 {
		t.Fatalf("ranges: %+v", r.Words)
	}
	// Overlapping ranges count each word once.
	r = Count([]Text{{Text: text, Ranges: []Range{{Start: 5, End: 16}, {Start: 11, End: 22}, {Start: 0, End: 4}}}}, Options{})
	if r.Counted != 4 {
		t.Fatalf("overlapping ranges: %+v", r.Words)
	}
	// Code points, not bytes.
	r = Count([]Text{{Text: "ää öö kolme", Ranges: []Range{{Start: 6, End: 11}}}}, Options{})
	if len(r.Words) != 1 || r.Words[0].Word != "kolme" {
		t.Fatalf("code point ranges: %+v", r.Words)
	}
}

// testCorpus is two interviews with turns, attributes and codings.
func testCorpus() (coding.Corpus, map[int64]coding.Document) {
	book := coding.NewCodeBook([]coding.Code{
		{ID: 1, Name: "Asiakaskokemukset"}, {ID: 2, ParentID: 1, Name: "Asiakkuus"}, {ID: 3, ParentID: 1, Name: "Palvelut"},
		{ID: 4, Name: "Yhteistyö"}, {ID: 5, ParentID: 4, Name: "Tapaamiset"}, {ID: 6, Name: "Lisäarvo"}, {ID: 7, ParentID: 6, Name: "Asiakkuus"},
	})
	t1 := "Haastattelija: Kertoisitko palvelusta?\n\nH1: Palvelu toimii hyvin. Tapaamiset ovat hyödyllisiä.\n\nHaastattelija: Entä järjestelmät?\n\nH1: Järjestelmä takkuaa."
	t2 := "Haastattelija: Miten asiakkuus näkyy?\n\nH2: Asiakkuus näkyy tapaamisissa. Anna: Minä olen samaa mieltä."
	docs := map[int64]coding.Document{}
	for _, d := range []struct {
		id    int64
		text  string
		attrs map[string]string
	}{{1, t1, map[string]string{"ryhmä": "Kunnat", "rooli": "esimies"}}, {2, t2, map[string]string{"ryhmä": "Yhteisöt", "rooli": "asiantuntija"}}} {
		doc := coding.NewDocument("Asiakas "+string(rune('0'+d.id)), d.text, "txt", "", testTime)
		doc.ID, doc.Attributes = d.id, d.attrs
		docs[d.id] = doc
	}
	find := func(doc int64, sub string) (int, int) {
		s, e, ok := coding.FindNth(docs[doc].Text, sub, 1)
		if !ok {
			panic(sub)
		}
		return s, e
	}
	var es []coding.Excerpt
	add := func(doc, code int64, sub string) {
		s, e := find(doc, sub)
		es = append(es, coding.Excerpt{ID: int64(len(es) + 1), DocID: doc, CodeID: code, Start: s, End: e})
	}
	add(1, 3, "Palvelu toimii hyvin.")
	add(1, 3, "toimii hyvin. Tapaamiset")         // overlaps the first
	add(1, 5, "Tapaamiset ovat hyödyllisiä.")     // another code
	add(2, 2, "H2: Asiakkuus näkyy tapaamisissa") // includes a label
	add(2, 7, "Asiakkuus näkyy")
	c := coding.Corpus{Book: book, Excerpts: es, Turns: map[int64][]coding.Turn{}}
	for _, id := range []int64{1, 2} {
		d := docs[id]
		c.Docs = append(c.Docs, coding.DocumentInfo{ID: id, Name: d.Name, Attributes: d.Attributes})
		c.Turns[id] = d.Turns
	}
	return c, docs
}

func countScope(t *testing.T, s Scope) Result {
	t.Helper()
	c, docs := testCorpus()
	sel := s.Select(c)
	var texts []Text
	for _, d := range sel.Docs {
		if tx, ok := sel.Text(docs[d.ID]); ok {
			texts = append(texts, tx)
		}
	}
	return Count(texts, Options{})
}

func wordList(r Result) string {
	var ws []string
	for _, w := range r.Words {
		ws = append(ws, w.Word)
	}
	return strings.Join(sortStrings(ws), " ")
}

func sortStrings(s []string) []string {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
	return s
}

func TestScope(t *testing.T) {
	// The whole project leaves speaker labels out.
	r := countScope(t, Scope{})
	if w := words(r); w["haastattelija"].Count != 0 || w["h"].Count != 0 || w["anna"].Count != 1 || w["palvelu"].Count != 1 || r.Docs != 2 {
		t.Fatalf("whole project: %s", wordList(r))
	}
	if r := countScope(t, Scope{Labels: true}); words(r)["haastattelija"].Count != 3 || words(r)["h"].Count != 3 {
		t.Fatalf("labels counted on request: %s", wordList(r))
	}
	// Only coded text; the overlapping codings count each word once; a
	// theme includes its sub-themes.
	r = countScope(t, Scope{Codes: []int64{3}})
	if got := wordList(r); got != "hyvin palvelu tapaamiset toimii" || r.Counted != 4 {
		t.Fatalf("coded with Palvelut: %q (%d)", got, r.Counted)
	}
	r = countScope(t, Scope{Codes: []int64{1}})
	if got := wordList(r); got != "asiakkuus hyvin näkyy palvelu tapaamiset tapaamisissa toimii" {
		t.Fatalf("coded with the theme Asiakaskokemukset: %q", got)
	}
	r = countScope(t, Scope{Codes: []int64{3, 5}})
	if got := wordList(r); got != "hyvin hyödyllisiä ovat palvelu tapaamiset toimii" || words(r)["tapaamiset"].Count != 1 {
		t.Fatalf("two codes over the same words: %q", got)
	}
	// The interviewer's turns out.
	r = countScope(t, Scope{NoInterviewer: true})
	if w := words(r); w["kertoisitko"].Count != 0 || w["miten"].Count != 0 || w["palvelu"].Count != 1 || w["minä"].Count != 1 {
		t.Fatalf("no interviewer: %s", wordList(r))
	}
	// Speakers.
	r = countScope(t, Scope{Speakers: []string{"h2"}})
	if got := wordList(r); got != "anna asiakkuus mieltä minä näkyy olen samaa tapaamisissa" {
		t.Fatalf("speaker H2: %q", got)
	}
	r = countScope(t, Scope{Speakers: []string{"Haastattelija"}, Codes: []int64{1}})
	if r.Counted != 0 || r.Docs != 0 {
		t.Fatalf("interviewer's coded text: %s", wordList(r))
	}
	// Attributes: AND across keys, OR within one.
	if r := countScope(t, Scope{Where: map[string][]string{"ryhmä": {"kunnat"}}}); r.Docs != 1 || words(r)["palvelu"].Count != 1 {
		t.Fatalf("where ryhmä=Kunnat: %+v", r)
	}
	if r := countScope(t, Scope{Where: map[string][]string{"ryhmä": {"Kunnat", "Yhteisöt"}}}); r.Docs != 2 {
		t.Fatalf("where ryhmä=Kunnat or Yhteisöt: %d docs", r.Docs)
	}
	if r := countScope(t, Scope{Where: map[string][]string{"ryhmä": {"Kunnat", "Yhteisöt"}, "rooli": {"asiantuntija"}}}); r.Docs != 1 || words(r)["asiakkuus"].Count != 2 {
		t.Fatalf("where ryhmä and rooli: %+v", r)
	}
	if r := countScope(t, Scope{Where: map[string][]string{"kieli": {"fi"}}}); r.Docs != 0 {
		t.Fatalf("where on a missing attribute: %d docs", r.Docs)
	}
	// Chosen interviews.
	if r := countScope(t, Scope{Docs: []int64{2}}); r.Docs != 1 || words(r)["palvelu"].Count != 0 {
		t.Fatalf("doc 2: %+v", r)
	}
}

func TestLogLikelihoodByHand(t *testing.T) {
	// A word occurs 10 times in 1,000 words of group A and twice in 1,000
	// words of group B. Expected counts: E1 = E2 = 1000·12/2000 = 6.
	// G² = 2·(10·ln(10/6) + 2·ln(2/6))
	//    = 2·(10·0.5108256 + 2·(−1.0986123)) = 2·(5.1082562 − 2.1972246) = 5.8220632
	if g := LogLikelihood(10, 2, 1000, 1000); math.Abs(g-5.8220632) > 1e-6 {
		t.Fatalf("G² = %.7f, want 5.8220632", g)
	}
	if g := LogLikelihood(2, 10, 1000, 1000); math.Abs(g+5.8220632) > 1e-6 {
		t.Fatalf("a word of group B has negative G²: %.7f", g)
	}
	// Unequal sizes, a zero count: 5 in 100 words vs 0 in 300.
	// E1 = 100·5/400 = 1.25, G² = 2·5·ln(5/1.25) = 10·ln 4 = 13.8629436
	if g := LogLikelihood(5, 0, 100, 300); math.Abs(g-13.8629436) > 1e-6 {
		t.Fatalf("G² = %.7f, want 13.8629436", g)
	}
	// Same relative frequency: no keyness.
	if g := LogLikelihood(3, 9, 100, 300); math.Abs(g) > 1e-12 {
		t.Fatalf("G² = %g, want 0", g)
	}
}

func TestKeyness(t *testing.T) {
	a := Result{Counted: 1000, Words: []Word{{Word: "kunta", Count: 10}, {Word: "palvelu", Count: 5}}}
	b := Result{Counted: 1000, Words: []Word{{Word: "yhdistys", Count: 12}, {Word: "kunta", Count: 2}, {Word: "palvelu", Count: 5}}}
	keys := Keyness(a, b)
	if len(keys) != 3 || keys[0].Word != "yhdistys" || keys[0].G2 >= 0 || keys[1].Word != "kunta" || keys[1].A != 10 || keys[1].B != 2 ||
		math.Abs(keys[1].G2-5.8220632) > 1e-6 || keys[2].Word != "palvelu" || keys[2].G2 != 0 {
		t.Fatalf("%+v", keys)
	}
}

func TestCodeFreq(t *testing.T) {
	c, _ := testCorpus()
	got := CodeFreq(c, false)
	want := []CodeCount{
		{"Asiakaskokemukset", 3, 2}, {"Asiakaskokemukset/Palvelut", 2, 1},
		{"Asiakaskokemukset/Asiakkuus", 1, 1}, {"Lisäarvo", 1, 1}, {"Lisäarvo/Asiakkuus", 1, 1},
		{"Yhteistyö", 1, 1}, {"Yhteistyö/Tapaamiset", 1, 1},
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("by path:\n got %+v\nwant %+v", got, want)
	}
	got = CodeFreq(c, true)
	want = []CodeCount{{"Asiakkuus", 2, 1}, {"Palvelut", 2, 1}, {"Tapaamiset", 1, 1}}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("by name:\n got %+v\nwant %+v", got, want)
	}
}

var testTime = time.Date(2016, 3, 1, 10, 0, 0, 0, time.UTC)

func TestSelectionNeedsTurnsOnlyForSpeakersAndLabels(t *testing.T) {
	for _, c := range []struct {
		s    Scope
		want bool
	}{
		{Scope{}, true}, // labels are left out
		{Scope{Labels: true}, false},
		{Scope{Labels: true, NoInterviewer: true}, true},
		{Scope{Labels: true, Speakers: []string{"H1"}}, true},
	} {
		if got := c.s.Select(coding.Corpus{}).NeedsTurns(); got != c.want {
			t.Errorf("%+v: NeedsTurns %v, want %v", c.s, got, c.want)
		}
	}
}
