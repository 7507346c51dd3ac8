package store

import (
	"errors"
	"reflect"
	"sync/atomic"
	"testing"

	"teema/coding"
	"teema/coding/wordfreq"
)

func countOf(t *testing.T, p *Project, s wordfreq.Scope) map[string]int {
	t.Helper()
	c, err := p.Corpus()
	if err != nil {
		t.Fatal(err)
	}
	res, keep, err := p.CountWords(s.Select(c), wordfreq.Options{})
	if err != nil {
		t.Fatal(err)
	}
	keep() // fails while another writer holds the project: the count stands
	m := map[string]int{}
	for _, w := range res.Words {
		m[w.Word] = w.Count
	}
	return m
}

func talliesOf(t *testing.T, p *Project) map[int64]wordfreq.Tally {
	t.Helper()
	ts, _, err := p.WordTallies(0)
	if err != nil {
		t.Fatal(err)
	}
	return ts
}

// TestWordTalliesFollowTheText: the first count keeps a tally per
// document, later counts read it, and changing or deleting a document
// drops its tally, so no count ever sees words that are gone.
func TestWordTalliesFollowTheText(t *testing.T) {
	p := newProject(t)
	a := addDoc(t, p, "A", "Haastattelija: Mitä kuuluu?\nH1: Asiakkuus alkoi messuilta, asiakkuus jatkuu.")
	b := addDoc(t, p, "B", "H2: Palvelu toimii.")
	if n := len(talliesOf(t, p)); n != 0 {
		t.Fatalf("%d tallies before any count", n)
	}
	if got := countOf(t, p, wordfreq.Scope{}); got["asiakkuus"] != 2 || got["palvelu"] != 1 || got["h1"] != 0 {
		t.Fatalf("first count: %v", got)
	}
	if n := len(talliesOf(t, p)); n != 2 {
		t.Fatalf("%d tallies kept, want 2", n)
	}

	// Later counts are made from the tallies: a tally put in place of A's
	// is what gets counted.
	other := wordfreq.MakeTally(coding.Document{Text: "H1: Kissa."}, 0)
	if _, err := p.db.Exec(`UPDATE word_tallies SET data = ? WHERE doc_id = ?`, []byte(other), a.ID); err != nil {
		t.Fatal(err)
	}
	if got := countOf(t, p, wordfreq.Scope{Labels: true}); got["kissa"] != 1 || got["asiakkuus"] != 0 {
		t.Fatalf("count did not read the tally: %v", got)
	}

	if _, _, err := p.EditText(a.ID, coding.Edit{Start: 32, End: 41, Insert: "Yhteistyö"}); err != nil {
		t.Fatal(err)
	}
	if _, ok := talliesOf(t, p)[a.ID]; ok {
		t.Fatal("an edited document kept its tally")
	}
	if got := countOf(t, p, wordfreq.Scope{NoInterviewer: true}); got["yhteistyö"] != 1 || got["asiakkuus"] != 1 || got["kuuluu"] != 0 {
		t.Fatalf("count after the edit: %v", got)
	}
	if _, err := p.DeleteDocument(b.ID); err != nil {
		t.Fatal(err)
	}
	if ts := talliesOf(t, p); len(ts) != 1 || ts[a.ID] == nil {
		t.Fatalf("tallies after deleting B: %d", len(ts))
	}
}

// TestStaleTallyIsNotKept: a tally made from a text that has changed
// since it was read is not stored.
func TestStaleTallyIsNotKept(t *testing.T) {
	p := newProject(t)
	a := addDoc(t, p, "A", "H1: Vanha teksti.")
	tally := wordfreq.MakeTally(a, 0)
	if _, _, err := p.EditText(a.ID, coding.Edit{Start: 4, End: 9, Insert: "Uusi"}); err != nil {
		t.Fatal(err)
	}
	base, _ := wordfreq.ReadTallyWords(nil)
	words := base.Clone()
	packed, err := words.Pack(tally)
	if err != nil {
		t.Fatal(err)
	}
	if err := p.KeepWordTallies(0, []WordTally{{DocID: a.ID, Hash: a.Hash, Data: packed}, {DocID: 99, Hash: "x", Data: packed}}, base, words); err != nil {
		t.Fatal(err)
	}
	if n := len(talliesOf(t, p)); n != 0 {
		t.Fatalf("%d stale tallies kept", n)
	}
}

// TestReadOnlyCountKeepsTalliesWhenFree: a count through a read-only
// project keeps its tallies when no one is writing the project, and
// counts all the same, keeping none, when someone is.
func TestReadOnlyCountKeepsTalliesWhenFree(t *testing.T) {
	p := newProject(t)
	addDoc(t, p, "A", "H1: Asiakkuus alkoi.")
	path := p.Path()

	ro, err := OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	if got := countOf(t, ro, wordfreq.Scope{}); got["asiakkuus"] != 1 {
		t.Fatalf("count while locked: %v", got)
	}
	if n := len(talliesOf(t, p)); n != 0 {
		t.Fatalf("%d tallies written past another writer's lock", n)
	}
	if err := ro.KeepWordTallies(0, []WordTally{{DocID: 1, Hash: "h", Data: []byte{1}}}, nil, nil); !errors.Is(err, ErrInUse) {
		t.Fatalf("keeping tallies past the lock: %v", err)
	}

	p.Close()
	if got := countOf(t, ro, wordfreq.Scope{}); got["asiakkuus"] != 1 {
		t.Fatalf("count when free: %v", got)
	}
	if n := len(talliesOf(t, ro)); n != 1 {
		t.Fatalf("%d tallies kept by the read-only count", n)
	}
}

type countedStems struct{ calls *atomic.Int64 }

func (f countedStems) Name() string { return "stem" }
func (f countedStems) Form(token string, lang wordfreq.Lang) string {
	f.calls.Add(1)
	return wordfreq.Stems().Form(token, lang)
}
func (f countedStems) Signature(lang wordfreq.Lang) string {
	return wordfreq.Stems().(wordfreq.Signed).Signature(lang)
}

// TestKeptFormsSpareTheAnalyser: the count that first reads packed
// tallies keeps the forms it asked for; the next asks for none. A list of
// words that has to be made anew drops the forms numbered in the old one.
func TestKeptFormsSpareTheAnalyser(t *testing.T) {
	p := newProject(t)
	addDoc(t, p, "A", "H1: Asiakkuus alkoi messuilta, asiakkuudet jatkuvat.\nH2: Palvelu toimii.")
	c, err := p.Corpus()
	if err != nil {
		t.Fatal(err)
	}
	count := func() (wordfreq.Result, int64) {
		var calls atomic.Int64
		res, keep, err := p.CountWords(wordfreq.Scope{}.Select(c), wordfreq.Options{Forms: countedStems{&calls}})
		if err == nil {
			err = keep()
		}
		if err != nil {
			t.Fatal(err)
		}
		return res, calls.Load()
	}
	first, _ := count() // from the text; keeps the tally
	second, asked := count()
	if asked == 0 || !reflect.DeepEqual(first, second) {
		t.Fatalf("second count asked %d forms", asked)
	}
	var n int
	if err := p.db.QueryRow(`SELECT count(*) FROM word_tally_forms WHERE signature LIKE 'stem fi %'`).Scan(&n); err != nil || n != 1 {
		t.Fatalf("%d kept form lists (%v)", n, err)
	}
	if third, asked := count(); asked != 0 || !reflect.DeepEqual(first, third) {
		t.Fatalf("third count asked %d forms", asked)
	}
	if _, err := p.db.Exec(`UPDATE word_tally_words SET data = x'00'`); err != nil {
		t.Fatal(err)
	}
	if again, _ := count(); !reflect.DeepEqual(first, again) {
		t.Fatal("count with a broken list of words differs")
	}
	if err := p.db.QueryRow(`SELECT count(*) FROM word_tally_forms`).Scan(&n); err != nil || n != 0 {
		t.Fatalf("%d form lists kept past a new list of words (%v)", n, err)
	}
}

// TestTalliesOfAnotherListAreNotKept: tallies packed in a list the project
// no longer has (another count kept words meanwhile) are not kept: their
// numbers would name other words.
func TestTalliesOfAnotherListAreNotKept(t *testing.T) {
	p := newProject(t)
	a := addDoc(t, p, "A", "H1: Asiakkuus alkoi.")
	b := addDoc(t, p, "B", "H1: Palvelu toimii.")
	base, _ := wordfreq.ReadTallyWords(nil)
	words := base.Clone()
	packed, err := words.Pack(wordfreq.MakeTally(b, 0))
	if err != nil {
		t.Fatal(err)
	}
	countOf(t, p, wordfreq.Scope{Docs: []int64{a.ID}}) // keeps A's words first
	if err := p.KeepWordTallies(0, []WordTally{{DocID: b.ID, Hash: b.Hash, Data: packed}}, base, words); err != nil {
		t.Fatal(err)
	}
	if ts := talliesOf(t, p); len(ts) != 1 || ts[b.ID] != nil {
		t.Fatalf("%d tallies kept, B's among them: %v", len(ts), ts[b.ID] != nil)
	}
	if got := countOf(t, p, wordfreq.Scope{}); got["palvelu"] != 1 || got["asiakkuus"] != 1 {
		t.Fatalf("count: %v", got)
	}
}
