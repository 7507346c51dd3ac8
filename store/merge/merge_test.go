package merge

import (
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"teema/coding"
	"teema/store"
)

const (
	text1 = "Haastattelija: Miten yhteistyö sujuu?\n\nH1: Tapaamme kerran kuussa ja se riittää."
	text2 = "H2: Asiakkuus on meille tärkeä."
	text3 = "H3: Lisäarvoa tulee verkostosta."
)

func create(t *testing.T, path string) *store.Project {
	t.Helper()
	p, err := store.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { p.Close() })
	return p
}

func addDoc(t *testing.T, p *store.Project, name, text string, attrs map[string]string) int64 {
	t.Helper()
	d := coding.NewDocument(name, text, "txt", name+".txt", time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC))
	for k, v := range attrs {
		d.Attributes[k] = v
	}
	d, err := p.AddDocument(d)
	if err != nil {
		t.Fatal(err)
	}
	return d.ID
}

func addCode(t *testing.T, p *store.Project, path, color, desc string) int64 {
	t.Helper()
	c, _, err := p.EnsureCodePath(path, color, desc)
	if err != nil {
		t.Fatal(err)
	}
	return c.ID
}

func codeText(t *testing.T, p *store.Project, doc, code int64, start, end int, coder, memo string) {
	t.Helper()
	if err := p.AddExcerpts([]coding.Excerpt{{DocID: doc, CodeID: code, Start: start, End: end, Coder: coder, Memo: memo}}); err != nil {
		t.Fatal(err)
	}
}

func setMemo(t *testing.T, p *store.Project, kind coding.MemoKind, id int64, text string) {
	t.Helper()
	if _, err := p.SetMemo(coding.MemoTarget{Kind: kind, ID: id}, text); err != nil {
		t.Fatal(err)
	}
}

// ours is Liisa's project: H1 and H2, one theme with a sub-theme, one
// coding and two memos.
func ours(t *testing.T, dir string) *store.Project {
	p := create(t, filepath.Join(dir, "liisa.teema"))
	h1 := addDoc(t, p, "H1", text1, map[string]string{"ryhmä": "Kunnat"})
	addDoc(t, p, "H2", text2, nil)
	theme := addCode(t, p, "Yhteistyö", "#1f77b4", "Miten yhteistyö toimii")
	sub := addCode(t, p, "Yhteistyö/Tapaamiset", "", "")
	codeText(t, p, h1, sub, 52, 79, "liisa", "tiheys")
	setMemo(t, p, coding.ProjectMemo, 0, "Liisan muistio")
	setMemo(t, p, coding.CodeMemo, theme, "Liisan koodimuistio")
	return p
}

// theirs is Matti's copy: H1 under another name, another text called H2,
// a new H3, the theme in other case and colour, a new theme, Liisa's
// coding (inherited) and his own.
func theirs(t *testing.T, dir string) string {
	path := filepath.Join(dir, "matti.teema")
	p := create(t, path)
	h1 := addDoc(t, p, "Haastattelu 1", text1, map[string]string{"ryhmä": "Yhteisöt", "rooli": "esimies"})
	h2 := addDoc(t, p, "H2", "H2: Asiakkuus on meille tosi tärkeä.", nil)
	h3 := addDoc(t, p, "H3", text3, map[string]string{"ryhmä": "Kunnat"})
	theme := addCode(t, p, "yhteistyö", "#ff0000", "")
	sub := addCode(t, p, "yhteistyö/tapaamiset", "#478fc1", "")
	asiakkuus := addCode(t, p, "Lisäarvo/Asiakkuus", "#00ff00", "Asiakkaan kokema arvo")
	codeText(t, p, h1, sub, 52, 79, "liisa", "tiheys")
	codeText(t, p, h1, sub, 52, 79, "matti", "")
	codeText(t, p, h2, asiakkuus, 4, 13, "matti", "")
	codeText(t, p, h3, theme, 4, 13, "matti", "")
	setMemo(t, p, coding.ProjectMemo, 0, "Matin muistio")
	setMemo(t, p, coding.DocumentMemo, h3, "Verkosto toistuu")
	setMemo(t, p, coding.CodeMemo, asiakkuus, "Matin koodimuistio")
	return path
}

func read(t *testing.T, path string) Source {
	t.Helper()
	src, err := ReadTeema(path)
	if err != nil {
		t.Fatal(err)
	}
	return src
}

func TestMerge(t *testing.T) {
	dir := t.TempDir()
	p := ours(t, dir)
	src := read(t, theirs(t, dir))
	if src.Name != "matti" {
		t.Fatalf("source name %q", src.Name)
	}
	r, err := Into(p, src)
	if err != nil {
		t.Fatal(err)
	}
	want := [kinds]Count{
		Documents:  {Added: 1, Matched: 1, Conflicts: 1},
		Codes:      {Added: 2, Matched: 1, Conflicts: 1},
		Codings:    {Added: 3, Matched: 1},
		Memos:      {Added: 2, Matched: 1, Conflicts: 1},
		Attributes: {Added: 2, Conflicts: 1},
	}
	if r.Counts != want {
		t.Fatalf("counts\n%+v\nwant\n%+v\n%s", r.Counts, want, english(r.Notes()))
	}
	for _, line := range []string{
		`Document "H2": we have another text under that name; theirs was added as "H2 (matti)".`,
		`Added document "H3".`,
		`Code "yhteistyö": their colour is #ff0000, ours #1f77b4; kept ours.`,
		`Added code "Lisäarvo/Asiakkuus".`,
		`Attribute ryhmä of "H1": theirs "Yhteisöt", ours "Kunnat"; kept ours.`,
		`Added attribute rooli = "esimies" to "H1".`,
		`The project memo differs from ours; theirs was appended under "matti".`,
		`Added their memo on document "H3".`,
		"documents: 1 added, 1 matched, 1 conflicting",
	} {
		if !strings.Contains(english(r.Notes()), line) {
			t.Errorf("report lacks %q:\n%s", line, english(r.Notes()))
		}
	}
	checkMerged(t, p)
	if err := p.IntegrityCheck(); err != nil {
		t.Fatal(err)
	}
}

func checkMerged(t *testing.T, p *store.Project) {
	t.Helper()
	docs, _ := p.Documents()
	var names []string
	for _, d := range docs {
		names = append(names, d.Name)
	}
	if !reflect.DeepEqual(names, []string{"H1", "H2", "H2 (matti)", "H3"}) {
		t.Fatalf("documents %v", names)
	}
	if docs[0].Attributes["ryhmä"] != "Kunnat" || docs[0].Attributes["rooli"] != "esimies" || docs[3].Attributes["ryhmä"] != "Kunnat" {
		t.Fatalf("attributes %+v", docs)
	}
	cb, _ := p.CodeBook()
	theme, _ := cb.Lookup("Yhteistyö")
	asiakkuus, ok := cb.Lookup("Lisäarvo/Asiakkuus")
	if theme.Color != "#1f77b4" || !ok || asiakkuus.Color != "#00ff00" || asiakkuus.Description != "Asiakkaan kokema arvo" || cb.Len() != 4 {
		t.Fatalf("code book: %+v %+v (%d codes)", theme, asiakkuus, cb.Len())
	}
	es, _ := p.Excerpts(coding.ExcerptFilter{})
	var got []string
	for _, e := range es {
		got = append(got, e.Coder+" "+cb.Path(e.CodeID)+" "+e.Text)
	}
	wantCodings := []string{
		"liisa Yhteistyö/Tapaamiset kerran kuussa ja se riittää",
		"matti Yhteistyö/Tapaamiset kerran kuussa ja se riittää",
		"matti Lisäarvo/Asiakkuus Asiakkuus",
		"matti Yhteistyö Lisäarvoa",
	}
	if !reflect.DeepEqual(got, wantCodings) {
		t.Fatalf("codings\n%q\nwant\n%q", got, wantCodings)
	}
	memos, _ := p.Memos()
	if m := memos[coding.MemoTarget{Kind: coding.ProjectMemo}]; m != "Liisan muistio\n\n— matti:\nMatin muistio" {
		t.Fatalf("project memo %q", m)
	}
	if m := memos[coding.MemoTarget{Kind: coding.CodeMemo, ID: theme.ID}]; m != "Liisan koodimuistio" {
		t.Fatalf("our code memo %q", m)
	}
	if m := memos[coding.MemoTarget{Kind: coding.CodeMemo, ID: asiakkuus.ID}]; m != "Matin koodimuistio" {
		t.Fatalf("their code memo %q", m)
	}
}

func TestMergeTwiceAddsNothing(t *testing.T) {
	dir := t.TempDir()
	p := ours(t, dir)
	src := read(t, theirs(t, dir))
	if _, err := Into(p, src); err != nil {
		t.Fatal(err)
	}
	before := state(t, p)
	r, err := Into(p, src)
	if err != nil {
		t.Fatal(err)
	}
	if addedAny(r) || r.Counts[Codings].Matched != 4 || r.Counts[Documents].Matched != 3 {
		t.Fatalf("second merge:\n%s", english(r.Notes()))
	}
	if after := state(t, p); !reflect.DeepEqual(before, after) {
		t.Fatalf("second merge changed the project:\n%+v\n%+v", before, after)
	}
	checkMerged(t, p)
}

// A merge that fails half-way, here on an attribute without a name in
// the last document, leaves the project exactly as it was: the code,
// document and attribute it had already added are taken back.
func TestFailedMergeChangesNothing(t *testing.T) {
	dir := t.TempDir()
	p := ours(t, dir)
	src := read(t, theirs(t, dir))
	src.Docs = append(src.Docs, coding.Document{ID: 99, Name: "H2 again", Text: text2, Attributes: map[string]string{" ": "x"}})
	before := state(t, p)
	if _, err := Into(p, src); err == nil || !strings.Contains(err.Error(), "merge matti") {
		t.Fatalf("merge should fail, got %v", err)
	}
	if after := state(t, p); !reflect.DeepEqual(before, after) {
		t.Fatalf("failed merge changed the project:\n%+v\n%+v", before, after)
	}
	if err := p.IntegrityCheck(); err != nil {
		t.Fatal(err)
	}
}

// projectState is everything a merge may touch.
type projectState struct {
	Docs     []coding.DocumentInfo
	Snapshot coding.Snapshot
	Memos    map[coding.MemoTarget]string
}

func state(t *testing.T, p *store.Project) projectState {
	t.Helper()
	var s projectState
	var err error
	if s.Docs, err = p.Documents(); err != nil {
		t.Fatal(err)
	}
	if s.Snapshot, err = p.Snapshot(); err != nil {
		t.Fatal(err)
	}
	if s.Memos, err = p.Memos(); err != nil {
		t.Fatal(err)
	}
	return s
}

func TestJoinMemos(t *testing.T) {
	for _, c := range []struct {
		ours, theirs, want string
		o                  Outcome
	}{
		{"", "", "", Matched},
		{"A", "  ", "A", Matched},
		{"", "B", "B", Added},
		{"A", "A", "A", Matched},
		{"A\n\n— m:\nB", "B", "A\n\n— m:\nB", Matched},
		{"A", "B", "A\n\n— m:\nB", Conflict},
	} {
		if got, o := joinMemos(c.ours, c.theirs, "m"); got != c.want || o != c.o {
			t.Errorf("joinMemos(%q, %q) = %q, %v", c.ours, c.theirs, got, o)
		}
	}
}

// A source built in memory, as an exchange-format reader would: its text
// is matched after normalising, and a coding whose offsets count the
// carriage returns ours lacks is skipped, not put on other words.
func TestMergeFromMemory(t *testing.T) {
	p := ours(t, t.TempDir())
	raw := strings.ReplaceAll(text1, "\n", "\r\n")
	src := Source{
		Name: "qdpx",
		Docs: []coding.Document{{ID: 7, Name: "Interview", Text: raw}},
		Book: coding.NewCodeBook([]coding.Code{{ID: 3, Name: "Haastattelu"}}),
		Excerpts: []coding.Excerpt{
			{DocID: 7, CodeID: 3, Start: 0, End: 13, Coder: "outi"},
			{DocID: 7, CodeID: 3, Start: 54, End: 81, Coder: "outi"},
		},
	}
	r, err := Into(p, src)
	if err != nil {
		t.Fatal(err)
	}
	if c := r.Counts[Codings]; c.Added != 1 || c.Conflicts != 1 || r.Counts[Documents].Matched != 1 ||
		!strings.Contains(english(r.Notes()), `Coding 54–81 of "H1" as "Haastattelu" by outi does not fit our text; skipped.`) {
		t.Fatalf("report:\n%s", english(r.Notes()))
	}
	es, _ := p.Excerpts(coding.ExcerptFilter{Coder: "outi"})
	if len(es) != 1 || es[0].Text != "Haastattelija" {
		t.Fatalf("codings %+v", es)
	}
}
