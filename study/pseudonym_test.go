package study

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"teema/coding"
	"teema/coding/pseudonym"
	"teema/message"
	"teema/store"
	"teema/voikko"
)

// Two fictional interviews of a study of work at Calpro. Kati is a
// speaker and is spoken of; Onni, Aalto and Kati's cat are names that are
// also common words (onni, aalto, katille); Espoo is inside a compound.
var namedInterviews = map[string]string{
	"Haastattelu Kati.txt": "Haastattelija: Kerro, miten aloitit työt Calprolla.\n" +
		"Kati: Aloitin Espoossa vuonna 2015. Esimieheni Pekka Aalto otti minut vastaan, ja Aallolle soitin ensimmäisenä päivänä.\n" +
		"Haastattelija: Entä Onni?\n" +
		"Kati: Onni tuli taloon myöhemmin. Onnille annettiin Espoo-keskeinen projekti, ja Kati-täti eli minä autoin häntä.\n" +
		"Haastattelija: Mitä sanot onnesta?\n" +
		"Kati: Työssä onni on tärkeää, ja ensimmäinen aalto tuli keväällä.",
	"Asiakas 2.txt": "Haastattelija: Kuka sinut perehdytti?\n" +
		"H1: Kati Virtanen perehdytti minut. Katin kanssa kävimme Helsingissä ja Tampereella.\n" +
		"Haastattelija: Entä Calpro?\n" +
		"H1: Calpron väki oli mukavaa. Annoin ruokaa katille joka aamu.",
}

// The first interview pseudonymised by namesKey: each form with its
// ending, the speaker's label too, and nothing else changed.
const namedPseudonymised = "Haastattelija: Kerro, miten aloitit työt [yritys]llä.\n" +
	"H2: Aloitin [kaupunki]ssa vuonna 2015. Esimieheni H4 otti minut vastaan, ja H4:lle soitin ensimmäisenä päivänä.\n" +
	"Haastattelija: Entä H3?\n" +
	"H2: H3 tuli taloon myöhemmin. H3:lle annettiin [kaupunki]-keskeinen projekti, ja H2-täti eli minä autoin häntä.\n" +
	"Haastattelija: Mitä sanot onnesta?\n" +
	"H2: Työssä onni on tärkeää, ja ensimmäinen aalto tuli keväällä."

var namesKey = pseudonym.Key{
	{Original: "Kati", Replacement: "H2"}, {Original: "Virtanen", Replacement: "H2"}, {Original: "Onni", Replacement: "H3"},
	{Original: "Pekka Aalto", Replacement: "H4"}, {Original: "Aalto", Replacement: "H4"}, {Original: "Pekka", Replacement: "H4"},
	{Original: "Espoo", Replacement: "[kaupunki]"}, {Original: "Helsinki", Replacement: "[kaupunki]"},
	{Original: "Tampere", Replacement: "[kaupunki]"}, {Original: "Calpro", Replacement: "[yritys]"},
}

// originals are what no byte of a pseudonymised project may hold: the
// names and the stems of their forms.
var originals = []string{"Kati", "Katin", "Onni", "Aalto", "Aallo", "Pekka", "Virtanen", "Espoo", "Helsin", "Tampere", "Calpro"}

// nameReader is Voikko's reader, or the test is skipped without Voikko.
func nameReader(t *testing.T) *NameReader {
	t.Helper()
	r := NewNameReader()
	t.Cleanup(r.Close)
	if r.Analyser() == nil {
		t.Skipf("Voikko is not installed here (%v); install libvoikko1 and voikko-fi to run this test", r.err)
	}
	return r
}

// namedProject is a project of the interviews with their codings, memos,
// attributes, an in-vivo code, summaries, findings and stop words, each
// holding names.
func namedProject(t *testing.T) *store.Project {
	t.Helper()
	dir := t.TempDir()
	path := filepath.Join(dir, "calpro.teema")
	p, err := store.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if im := ImportFiles(p, writeFiles(t, dir, namedInterviews), nil, nil); im.Added != 2 {
		t.Fatalf("imported %+v", im)
	}
	kati := docID(t, p, "Haastattelu Kati")
	for _, q := range []string{"Aallolle soitin ensimmäisenä päivänä", "Onni", "Espoo-keskeinen projekti", "Työssä onni on tärkeää"} {
		code(t, p, "Haastattelu Kati", q, "Perehdytys/Kati kertoo", "Testaaja")
	}
	code(t, p, "Asiakas 2", "Kati Virtanen perehdytti minut", "Perehdytys/Kati kertoo", "Testaaja")
	code(t, p, "Asiakas 2", "Calpron väki oli mukavaa", "Ilmapiiri", "Testaaja")
	book, _ := p.CodeBook()
	sub, _ := book.Lookup("Perehdytys/Kati kertoo")
	es, _ := p.Excerpts(coding.ExcerptFilter{CodeIDs: []int64{sub.ID}})
	steps := []coding.Change{
		coding.SetMemo{Target: coding.MemoTarget{Kind: coding.ProjectMemo}, Text: "Kati ja Onni ovat avainhenkilöitä."},
		coding.SetMemo{Target: coding.MemoTarget{Kind: coding.DocumentMemo, ID: kati}, Text: "Haastateltiin Espoossa."},
		coding.SetMemo{Target: coding.MemoTarget{Kind: coding.CodeMemo, ID: sub.ID}, Text: "Pekka Aallon näkemys puuttuu."},
		coding.SetExcerptMemo{ID: es[1].ID, Memo: "Onnille tärkeä asia"},
		coding.SetAttribute{DocID: kati, Key: "esimies", Value: "Pekka Aalto"},
		coding.SetAttribute{DocID: kati, Key: "kunta", Value: "Espoo"},
		coding.UpdateCode{Code: coding.Code{ID: sub.ID, Name: sub.Name, Color: sub.Color, Description: "Katin kokemukset Calprolla"}},
		coding.SetSummary{Key: coding.SummaryKey{CodeID: sub.ID, RowsBy: "speaker", Row: "Kati"}, Text: "Kati kuvaa Espoon työtä."},
		coding.SetSummary{Key: coding.SummaryKey{CodeID: sub.ID, RowsBy: "attribute:kunta", Row: "Espoo"}, Text: "Perehdytys sujui."},
		coding.PutFinding{Finding: coding.Finding{Finding: "Calpron perehdytys toimi", Proposal: "Onnille lisää vastuuta"}},
		coding.SetStopWords{StopWords: coding.StopWords{Added: []string{"kati", "ja"}}},
	}
	for _, c := range steps {
		if _, err := c.Apply(p); err != nil {
			t.Fatalf("%T: %v", c, err)
		}
	}
	return p
}

// state is everything a project holds that a researcher reads, in a
// stable order, to compare a project before and after.
func state(t *testing.T, p *store.Project) string {
	t.Helper()
	var b strings.Builder
	docs, _ := p.Documents()
	for _, info := range docs {
		d, err := p.Document(info.ID)
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(&b, "doc %d %q %q %v %v\n%s\n", d.ID, d.Name, d.OriginalName, d.Attributes, d.Turns, d.Text)
	}
	es, _ := p.Excerpts(coding.ExcerptFilter{})
	for _, e := range es {
		fmt.Fprintf(&b, "excerpt %d %d %d %d-%d %q %q\n", e.ID, e.DocID, e.CodeID, e.Start, e.End, e.Text, e.Memo)
	}
	memos, _ := p.Memos()
	sums, _ := p.Summaries()
	fs, _ := p.Findings()
	sw, _ := p.StopWords()
	book, _ := p.CodeBook()
	var lines []string
	for k, v := range memos {
		lines = append(lines, fmt.Sprintf("memo %v %q", k, v))
	}
	for k, v := range sums {
		lines = append(lines, fmt.Sprintf("summary %v %q", k, v))
	}
	book.Walk(func(c coding.Code, _ int) {
		lines = append(lines, fmt.Sprintf("code %d %q %q", c.ID, c.Name, c.Description))
	})
	slices.Sort(lines)
	fmt.Fprintf(&b, "%s\nfindings %v\nstop words %v\n", strings.Join(lines, "\n"), fs, sw)
	return b.String()
}

// TestPseudonymise replaces every form of every name wherever the project
// holds it, in one step whose undo restores everything; codings still
// select their words; made final, the project file holds none of the
// names, and its backups, which do, are listed to delete.
func TestPseudonymise(t *testing.T) {
	r := nameReader(t)
	p := namedProject(t)
	before := state(t, p)
	key, err := namesKey.Check()
	if err != nil {
		t.Fatal(err)
	}
	ps, err := Pseudonymise(p, key, nil, r)
	if err != nil {
		t.Fatal(err)
	}
	h := coding.NewHistory(0)
	if err := h.Do(p, ps.Change); err != nil {
		t.Fatal(err)
	}
	after := state(t, p)
	for _, name := range originals {
		if strings.Contains(after, name) {
			t.Errorf("%s is left in the project:\n%s", name, after)
		}
	}
	for _, want := range []string{namedPseudonymised, `"Haastattelu H2"`, `"Haastattelu H2.txt"`, "esimies:H4", "kunta:[kaupunki]",
		`"H2 kertoo" "H2:n kokemukset [yritys]llä"`, `summary {2 speaker H2} "H2 kuvaa [kaupunki]n työtä."`,
		`summary {2 attribute:kunta [kaupunki]} "Perehdytys sujui."`, "[yritys]en perehdytys toimi H3:lle lisää vastuuta", "stop words {[ja] []}",
		`"H4:lle soitin ensimmäisenä päivänä" "H3:lle tärkeä asia"`, `memo {code 2} "H4:n näkemys puuttuu."`, `"H2 H2 perehdytti minut"`, `"[kaupunki]-keskeinen projekti"`} {
		if !strings.Contains(after, want) {
			t.Errorf("no %s in\n%s", want, after)
		}
	}
	checkCodings(t, p)
	if len(ps.Lines()) == 0 || !strings.Contains(ps.Lines()[0].String(), "→") {
		t.Errorf("report %v", ps.Lines())
	}

	if err := h.Undo(p); err != nil {
		t.Fatal(err)
	}
	if got := state(t, p); got != before {
		t.Fatalf("undo left\n%s\nwant\n%s", got, before)
	}
	if err := h.Redo(p); err != nil {
		t.Fatal(err)
	}
	if got := state(t, p); got != after {
		t.Fatalf("redo made\n%s\nwant\n%s", got, after)
	}
	makeFinal(t, p, key, r, ps.Words())
}

// makeFinal makes the pseudonymisation final and searches the project
// file's bytes for the names.
func makeFinal(t *testing.T, p *store.Project, key pseudonym.Key, r *NameReader, words []string) {
	t.Helper()
	if _, err := p.BackupNow(); err != nil { // a backup made before, holding the names
		t.Fatal(err)
	}
	f, err := MakeFinal(p, key, nil, r, words)
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Notes) != 1 || f.Notes[0].Kind != noteFileClean {
		t.Errorf("notes %v", f.Notes)
	}
	for _, file := range []string{p.Path(), p.Path() + "-journal"} {
		data, err := os.ReadFile(file)
		if errors.Is(err, os.ErrNotExist) {
			continue
		}
		for _, name := range append(slices.Clone(originals), words...) {
			if strings.Contains(string(data), name) {
				t.Errorf("%s holds %q", filepath.Base(file), name)
			}
		}
	}
	if len(f.Backups) != 1 {
		t.Fatalf("backups %+v", f.Backups)
	}
	if err := DeleteBackups(f.Backups); err != nil || exists(f.Backups[0].Path) || exists(filepath.Dir(f.Backups[0].Path)) {
		t.Errorf("backups not deleted: %v", err)
	}
	if err := p.IntegrityCheck(); err != nil {
		t.Error(err)
	}
}

// checkCodings fails unless every coding selects its words.
func checkCodings(t *testing.T, p *store.Project) {
	t.Helper()
	es, _ := p.Excerpts(coding.ExcerptFilter{})
	if len(es) != 6 {
		t.Errorf("%d codings, want 6", len(es))
	}
	for _, e := range es {
		d, _ := p.DocumentText(e.DocID)
		if got := coding.Slice(d.Text, e.Start, e.End); got != e.Text {
			t.Errorf("coding %d selects %q, its copy says %q", e.ID, got, e.Text)
		}
	}
}

// A key whose words are still in the project cannot be made final, and a
// key none of whose words occurs replaces nothing.
func TestMakeFinalRefusesNamesLeft(t *testing.T) {
	r := nameReader(t)
	p := namedProject(t)
	key, _ := namesKey.Check()
	if _, err := MakeFinal(p, key, nil, r, key.Originals()); !errors.Is(err, errStillThere) {
		t.Fatalf("made final with the names in place: %v", err)
	}
	if _, err := p.NewDraft("Kesken", coding.Recording{Path: "/äänet/kati.wav"}); err != nil {
		t.Fatal(err)
	}
	if _, err := MakeFinal(p, key, nil, r, key.Originals()); !errors.Is(err, errDraftsLeft) {
		t.Fatalf("made final with a transcription unfinished: %v", err)
	}
	none, _ := pseudonym.Key{{Original: "Liisa", Replacement: "H9"}}.Check()
	if _, err := Pseudonymise(p, none, nil, r); !errors.Is(err, errNothingFound) {
		t.Fatalf("replaced a name that is not there: %v", err)
	}
}

// Only the chosen transcripts change; the project's own texts do too.
func TestPseudonymiseChosenTranscripts(t *testing.T) {
	r := nameReader(t)
	p := namedProject(t)
	key, _ := namesKey.Check()
	ps, err := Pseudonymise(p, key, []int64{docID(t, p, "Asiakas 2")}, r)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ps.Change.Apply(p); err != nil {
		t.Fatal(err)
	}
	kati, _ := p.DocumentText(docID(t, p, "Haastattelu Kati"))
	other, _ := p.DocumentText(docID(t, p, "Asiakas 2"))
	if kati.Text != namedInterviews["Haastattelu Kati.txt"] || strings.Contains(other.Text, "Kati") {
		t.Errorf("texts\n%s\n%s", kati.Text, other.Text)
	}
	if memo, _ := p.Memo(coding.MemoTarget{Kind: coding.ProjectMemo}); memo != "H2 ja H3 ovat avainhenkilöitä." {
		t.Errorf("project memo %q", memo)
	}
}

// FindNames lists the names of the chosen transcripts with a replacement
// each; without Voikko it says what it misses.
func TestFindNames(t *testing.T) {
	r := nameReader(t)
	p := namedProject(t)
	list, err := FindNames(p, nil, r)
	if err != nil {
		t.Fatal(err)
	}
	byWord := map[string]string{}
	for i, c := range list.Candidates {
		byWord[c.Word] = fmt.Sprintf("%s %d %s", c.Kind, c.Count, list.Suggested[i])
	}
	for word, want := range map[string]string{"Kati": "person 6 H2", "Espoo": "place 2 [paikka]", "Onni": "person 3 H3", "H1": "speaker 2 H1"} {
		if byWord[word] != want {
			t.Errorf("%s: %q, want %q (%v)", word, byWord[word], want, byWord)
		}
	}
	if len(list.Notes) != 0 {
		t.Errorf("notes with Voikko: %v", list.Notes)
	}

	without := &NameReader{}
	without.once.Do(func() { without.err = voikko.ErrUnavailable.New(nil) })
	list, err = FindNames(p, nil, without)
	if err != nil {
		t.Fatal(err)
	}
	if len(list.Notes) != 2 || list.Notes[1].Kind != noteNamesNoVoikko || !hasWord(list.Candidates, "Kati") {
		t.Errorf("without Voikko: %v %v", list.Notes, list.Candidates)
	}
}

func hasWord(cs []pseudonym.Candidate, word string) bool {
	return slices.ContainsFunc(cs, func(c pseudonym.Candidate) bool { return c.Word == word })
}

// A key file is written and read back in either format; one that breaks
// a rule is refused, naming the row.
func TestKeyFile(t *testing.T) {
	dir := t.TempDir()
	key, _ := namesKey.Check()
	for _, ext := range []string{".xlsx", ".csv"} {
		path := filepath.Join(dir, "avain"+ext)
		write, err := KeyWriter(key, ext, "fi")
		if err != nil {
			t.Fatal(err)
		}
		if err := WriteFile(path, write); err != nil {
			t.Fatal(err)
		}
		back, err := ReadKey(path)
		if err != nil {
			t.Fatal(err)
		}
		if fmt.Sprint(back.Originals()) != fmt.Sprint(key.Originals()) || back[0].Row != 2 || back[0].Replacement != "H2" {
			t.Errorf("%s read back as %v", ext, back)
		}
	}
	for _, tc := range []struct {
		csv  string
		kind *message.Kind
		row  int
	}{
		{"Kati\nOnni\n", errKeyColumns, 1},
		{"Alkuperäinen;Korvaava\nKati;H2\nOnni;H3\nKati;H4\n", nil, 4}, // an original twice
		{"Kati;H2\nOnni;\n", nil, 2},                                   // no replacement
		{"Kati;Onni\nOnni;H3\n", nil, 1},                               // a replacement that is an original
	} {
		path := filepath.Join(dir, "bad.csv")
		if err := os.WriteFile(path, []byte(tc.csv), 0o644); err != nil {
			t.Fatal(err)
		}
		_, err := ReadKey(path)
		var m *message.Error
		if !errors.As(err, &m) || tc.kind != nil && m.Kind != tc.kind || m.Args["Row"] != tc.row {
			t.Errorf("%q: %v, want row %d", tc.csv, err, tc.row)
		}
	}
	if _, err := KeyWriter(key, ".txt", "fi"); !errors.Is(err, errKeyFileKind) {
		t.Errorf("a .txt key: %v", err)
	}
}

// A transcript is written as text, or as a Word document with each
// speaker's label in bold.
func TestTranscriptFile(t *testing.T) {
	p := namedProject(t)
	id := docID(t, p, "Haastattelu Kati")
	d, _ := p.Document(id)
	doc := transcriptDocx(d)
	first := doc.Blocks[1]
	if len(doc.Blocks) != 6 || fmt.Sprint(first) != "{[{Kati: true false} { Aloitin Espoossa vuonna 2015. Esimieheni Pekka Aalto otti minut vastaan, ja Aallolle soitin ensimmäisenä päivänä. false false}]}" {
		t.Errorf("paragraphs %v", doc.Blocks)
	}
	for _, ext := range []string{".txt", ".docx"} {
		write, err := TranscriptFile(p, id, ext)
		if err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(t.TempDir(), "kopio"+ext)
		if err := WriteFile(path, write); err != nil {
			t.Fatal(err)
		}
		if data, _ := os.ReadFile(path); ext == ".txt" && string(data) != d.Text+"\n" || len(data) == 0 {
			t.Errorf("%s: %d bytes", ext, len(data))
		}
	}
}
