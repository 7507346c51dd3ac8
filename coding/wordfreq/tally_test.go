package wordfreq

import (
	"bytes"
	"math/rand/v2"
	"os"
	"reflect"
	"strings"
	"sync/atomic"
	"testing"
	"unicode/utf8"

	"teema/coding"
)

// tallyDocs are documents whose edges a tally must get right: the test
// transcripts, text before the first label, label-only turns, a colon in
// a sentence, hyphens, apostrophes and digits at part boundaries, and
// random mixtures of them.
func tallyDocs(t *testing.T) []coding.Document {
	t.Helper()
	texts := []string{
		"",
		"Ei puhujia lainkaan, vain tekstiä: 2016 HR-yksikkö don't.",
		"Johdanto ennen ensimmäistä puhujaa.\nHaastattelija: Kerro lisää.\nH1:\nH2: Linja-auto tuli 5 min myöhässä, vaa'an mukaan.\nh2: Sama puhuja eri kirjaimin.\nHaastattelija:Miksi?",
	}
	for _, name := range []string{"haastattelu-fi.txt", "interview-en.txt"} {
		b, err := os.ReadFile("../../testdata/transcripts/" + name)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	r := rand.New(rand.NewPCG(5, 6))
	pieces := []string{"Haastattelija: ", "H1: ", "H2:", "Interviewer: ", "\n", "\n\n", "asiakas", "-", "kokemus", "'",
		"2024", " ", "Ääni", "ÖLJY", "kello: 9", ", ", "don't", "HR-", "yksikkö", "ja ", "covid19", "–", "’"}
	for i := 0; i < 40; i++ {
		var b strings.Builder
		for k := 0; k < 60; k++ {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		texts = append(texts, b.String())
	}
	docs := make([]coding.Document, len(texts))
	for i, s := range texts {
		docs[i] = coding.Document{ID: int64(i + 1), Text: s, Turns: coding.ParseTurns(s),
			Attributes: map[string]string{"ryhmä": []string{"Kunnat", "Yhteisöt"}[i%2]}}
	}
	return docs
}

// TestTallyCountsAsText: for every scope a tally serves and every
// tokenisation, counting the tallies gives exactly the result of counting
// the texts.
func TestTallyCountsAsText(t *testing.T) {
	docs := tallyDocs(t)
	corpus := coding.Corpus{}
	for _, d := range docs {
		corpus.Docs = append(corpus.Docs, coding.DocumentInfo{ID: d.ID, Name: d.Name, Attributes: d.Attributes})
	}
	scopes := []Scope{
		{}, {Labels: true}, {NoInterviewer: true}, {NoInterviewer: true, Labels: true},
		{Speakers: []string{"h2"}}, {Speakers: []string{"H2", "haastattelija"}, Labels: true},
		{Speakers: []string{"H1"}, NoInterviewer: true}, {Docs: []int64{2, 3, 4}},
		{Where: map[string][]string{"ryhmä": {"kunnat"}}, NoInterviewer: true},
	}
	for mode := 0; mode < 8; mode++ {
		o := Options{Numbers: mode&1 != 0, PlainTokens: mode&2 != 0, Forms: Stems()}
		tallies, words := map[int64]Tally{}, (*TallyWords)(nil)
		for _, d := range docs {
			tallies[d.ID] = MakeTally(d, TallyMode(o))
		}
		if mode >= 4 { // packed, in a list that went through its encoding
			words = packAll(t, tallies)
		}
		for _, s := range scopes {
			sel := s.Select(corpus)
			if !sel.UsesTallies() {
				t.Fatalf("scope %+v should use tallies", s)
			}
			// fromTally counts every document from its tally, mixed
			// every third from its text, as when some tallies are missing.
			var fromText, fromTally, mixed []Text
			for i, d := range sel.Docs {
				tx, ok := sel.Text(docs[d.ID-1])
				if ok {
					fromText = append(fromText, tx)
					if i%3 == 0 {
						mixed = append(mixed, tx)
					}
				}
				tt, ok2, err := sel.FromTally(sel.Docs[i], tallies[d.ID], words, TallyMode(o))
				if err != nil {
					t.Fatal(err)
				}
				if ok2 != ok {
					t.Errorf("mode %d, scope %+v, doc %d: in scope by text %v, by tally %v", mode, s, d.ID, ok, ok2)
				}
				if ok2 {
					fromTally = append(fromTally, tt)
					if i%3 != 0 {
						mixed = append(mixed, tt)
					}
				}
			}
			want := Count(fromText, o)
			for name, texts := range map[string][]Text{"tallies": fromTally, "mixed": mixed} {
				o.Workers = 1 + len(name)%2
				if got := Count(texts, o); !reflect.DeepEqual(want, got) {
					t.Errorf("mode %d, scope %+v, %s:\n text  %d docs %d tokens %s\n tally %d docs %d tokens %s",
						mode, s, name, want.Docs, want.Tokens, wordList(want), got.Docs, got.Tokens, wordList(got))
				}
			}
		}
	}
}

// packAll packs tallies into a list that already holds other words, and
// returns the list as read back from its encoding.
func packAll(t *testing.T, tallies map[int64]Tally) *TallyWords {
	t.Helper()
	words, err := ReadTallyWords(nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := words.Pack(MakeTally(coding.Document{Text: "muu sana ennen: kissa"}, 0)); err != nil {
		t.Fatal(err)
	}
	for id, tally := range tallies {
		if tallies[id], err = words.Pack(tally); err != nil {
			t.Fatal(err)
		}
	}
	read, err := ReadTallyWords(words.Bytes())
	if err != nil || read.Len() != words.Len() {
		t.Fatalf("list read back: %v", err)
	}
	return read
}

func TestTallyIsDeterministicAndCompact(t *testing.T) {
	docs := tallyDocs(t)
	d := docs[3]
	a, b := MakeTally(d, 0), MakeTally(d, 0)
	if string(a) != string(b) {
		t.Fatal("the same document tallied to different bytes")
	}
	words, _ := ReadTallyWords(nil)
	p, err := words.Pack(a)
	if err != nil {
		t.Fatal(err)
	}
	if len(p) >= len(d.Text)/3 {
		t.Errorf("packed tally of %d bytes for a text of %d", len(p), len(d.Text))
	}
	if !utf8.Valid([]byte(d.Text)) {
		t.Fatal("test transcript is not UTF-8")
	}
}

// TestTallyRefusesOthers: a tally of another tokenisation, an older
// version or cut short is refused, so the document is counted from its
// text instead of wrongly.
func TestTallyRefusesOthers(t *testing.T) {
	docs := tallyDocs(t)
	sel := Scope{}.Select(coding.Corpus{Docs: []coding.DocumentInfo{{ID: docs[3].ID}}})
	tally := MakeTally(docs[3], 0)
	if _, _, err := sel.FromTally(sel.Docs[0], tally, nil, 2); err == nil {
		t.Error("a tally of mode 0 used for mode 2")
	}
	old := append(Tally{}, tally...)
	old[0] = tallyVersion + 1
	if _, _, err := sel.FromTally(sel.Docs[0], old, nil, 0); err == nil {
		t.Error("a tally of another version used")
	}
	words, _ := ReadTallyWords(nil)
	packedTally, err := words.Pack(tally)
	if err != nil {
		t.Fatal(err)
	}
	for name, tl := range map[string]Tally{"loose": tally, "packed": packedTally} {
		for _, n := range []int{0, 3, 5, len(tl) / 2, len(tl) - 1} {
			if _, _, err := sel.FromTally(sel.Docs[0], tl[:n], words, 0); err == nil {
				t.Errorf("a %s tally cut to %d of %d bytes used", name, n, len(tl))
			}
		}
		if _, _, err := sel.FromTally(sel.Docs[0], append(tl, 0), words, 0); err == nil {
			t.Errorf("a %s tally with trailing bytes used", name)
		}
	}
	// A packed tally needs its list, whole.
	all := words.Bytes()
	short, err := ReadTallyWords(all[:bytes.LastIndexByte(all[:len(all)-1], '\n')+1])
	if err != nil || short.Len() != words.Len()-1 {
		t.Fatalf("list of all words but the last: %v", err)
	}
	for _, w := range []*TallyWords{nil, short} {
		if _, _, err := sel.FromTally(sel.Docs[0], packedTally, w, 0); err == nil {
			t.Errorf("a packed tally used with a list of %v", w)
		}
	}
	for _, bad := range [][]byte{all[:len(all)-2], append([]byte{tallyVersion + 1}, all[1:]...), append(all, '\n')} {
		if _, err := ReadTallyWords(bad); err == nil {
			t.Errorf("a broken list read: %q", bad)
		}
	}
}

func FuzzTally(f *testing.F) {
	f.Add("H1: asiakas-kokemus\nHaastattelija: 2016 don't", 0)
	f.Add("Johdanto.\nHaastattelija: Kerro.\nH1:\nH2: Linja-auto 5 min, vaa'an mukaan.\nh2: Sama.\nHaastattelija:Miksi?", 1)
	f.Add("Päivämäärä: 14.3.2024\n\nH3: covid19-aika – HR-yksikkö’s", 3)
	f.Fuzz(func(t *testing.T, s string, mode int) {
		mode &= 3
		d := coding.Document{ID: 1, Text: s, Turns: coding.ParseTurns(s)}
		sel := Scope{NoInterviewer: true}.Select(coding.Corpus{Docs: []coding.DocumentInfo{{ID: 1}}})
		tx, ok, err := sel.FromTally(sel.Docs[0], MakeTally(d, mode), nil, mode)
		if err != nil {
			t.Fatal(err)
		}
		want, wantOK := sel.Text(d)
		o := Options{Numbers: mode&1 != 0, PlainTokens: mode&2 != 0}
		if ok != wantOK || ok && !reflect.DeepEqual(Count([]Text{want}, o), Count([]Text{tx}, o)) {
			t.Fatalf("tally and text differ for %q", s)
		}
	})
}

// TestTopKeepsTheFirstWords: a count of the top n words lists exactly the
// first n of the full list, ties at the cut decided by word, with the same
// forms, and the same totals.
func TestTopKeepsTheFirstWords(t *testing.T) {
	var texts []Text
	for _, d := range tallyDocs(t) {
		texts = append(texts, Text{DocID: d.ID, Text: d.Text})
	}
	full := Count(texts, Options{Forms: Stems(), Workers: 2})
	if len(full.Words) < 50 || full.Distinct != len(full.Words) {
		t.Fatalf("%d words, %d distinct", len(full.Words), full.Distinct)
	}
	for _, n := range []int{1, 7, 30, len(full.Words) - 1, len(full.Words), len(full.Words) + 5} {
		top := Count(texts, Options{Forms: Stems(), Workers: 2, Top: n})
		want := full.Words[:min(n, len(full.Words))]
		if !reflect.DeepEqual(top.Words, want) || top.Distinct != full.Distinct || top.Counted != full.Counted || top.Tokens != full.Tokens {
			t.Errorf("top %d: %d words, %v\nwant %v", n, len(top.Words), wordList(top), wordList(Result{Words: want}))
		}
	}
	// The cut falls inside a run of equal counts.
	cut := 0
	for i := 1; i < len(full.Words)-1; i++ {
		if full.Words[i].Count == full.Words[i+1].Count && full.Words[i-1].Count == full.Words[i].Count {
			cut = i
			break
		}
	}
	if cut == 0 {
		t.Fatal("no run of equal counts to cut inside")
	}
	if top := Count(texts, Options{Forms: Stems(), Top: cut}); !reflect.DeepEqual(top.Words, full.Words[:cut]) {
		t.Errorf("cut at %d, inside a tie: %v", cut, wordList(top))
	}
}

// countingForms are stems that count how often they are asked.
type countingForms struct {
	calls *atomic.Int64
	sig   string
}

func (f countingForms) Name() string { return "stem" }
func (f countingForms) Form(token string, lang Lang) string {
	f.calls.Add(1)
	return Stems().Form(token, lang)
}
func (f countingForms) Signature(Lang) string { return f.sig }

// TestKeptFormsAreUsed: a count of packed tallies keeps the forms it asked
// for, and a count given them asks for none, unless they were found by
// other forms or for another list.
func TestKeptFormsAreUsed(t *testing.T) {
	docs := tallyDocs(t)
	corpus := coding.Corpus{}
	tallies := map[int64]Tally{}
	for _, d := range docs {
		corpus.Docs = append(corpus.Docs, coding.DocumentInfo{ID: d.ID, Attributes: d.Attributes})
		tallies[d.ID] = MakeTally(d, 0)
	}
	words := packAll(t, tallies)
	sel := Scope{NoInterviewer: true}.Select(corpus)
	count := func(words *TallyWords, sig string) (Result, int64) {
		var calls atomic.Int64
		c := NewCounter(Options{Forms: countingForms{&calls, sig}})
		for _, d := range sel.Docs {
			if tx, ok, err := sel.FromTally(d, tallies[d.ID], words, 0); err != nil {
				t.Fatal(err)
			} else if ok {
				c.Add(tx)
			}
		}
		return c.Result(), calls.Load()
	}
	first, asked := count(words, "stems 1")
	kept := words.KeptForms()
	if asked == 0 || len(kept) != 1 || len(kept["stems 1"]) < 100 {
		t.Fatalf("first count asked %d forms and kept %d lists", asked, len(kept))
	}
	again := func() *TallyWords {
		w, err := ReadTallyWords(words.Bytes())
		if err != nil {
			t.Fatal(err)
		}
		return w
	}
	w := again()
	w.KeepForms("stems 1", kept["stems 1"])
	if second, asked := count(w, "stems 1"); asked != 0 || !reflect.DeepEqual(first, second) || len(w.KeptForms()) != 0 {
		t.Errorf("with the kept forms: asked %d, same result %v", asked, reflect.DeepEqual(first, second))
	}
	w = again()
	w.KeepForms("stems 0", kept["stems 1"])
	if _, asked := count(w, "stems 1"); asked == 0 {
		t.Error("forms kept under another signature were used")
	}
	b := words.Bytes()
	half := len(b)/2 + bytes.IndexByte(b[len(b)/2:], '\n') + 1
	short, err := ReadTallyWords(b[:half])
	if err != nil {
		t.Fatal(err)
	}
	short.KeepForms("stems 1", kept["stems 1"])
	if len(short.forms) != 0 {
		t.Error("forms of a longer list were taken")
	}
	if _, asked := count(again(), ""); asked == 0 {
		t.Error("unsigned forms were not asked")
	}
}
