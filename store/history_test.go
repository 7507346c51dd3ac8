package store

import (
	"reflect"
	"strconv"
	"testing"

	"teema/coding"
)

// state captures what a user sees, to compare before and after undo/redo.
func state(t *testing.T, p *Project) (coding.Snapshot, map[coding.MemoTarget]string, []coding.DocumentInfo) {
	t.Helper()
	s, err := p.Snapshot()
	if err != nil {
		t.Fatal(err)
	}
	m, _ := p.Memos()
	d, _ := p.Documents()
	return s, m, d
}

func TestHistoryUndoRedoEveryChange(t *testing.T) {
	p := newProject(t)
	doc := addDoc(t, p, "A", "H1: Palvelu pelaa hyvin. Tiedotus kulkee sähköpostilla.")
	theme := mustPath(t, p, "Kokemus")
	sub := mustPath(t, p, "Kokemus/Palvelut")
	other := mustPath(t, p, "Tiedotus")
	if _, err := p.AddExcerpt(coding.Excerpt{DocID: doc.ID, CodeID: other.ID, Start: 25, End: 33, Coder: "a"}); err != nil {
		t.Fatal(err)
	}
	var added coding.Code
	var lost []coding.Excerpt
	changes := []coding.Change{
		coding.CodeText{Excerpt: coding.Excerpt{DocID: doc.ID, CodeID: sub.ID, Start: 4, End: 11, Coder: "a"}},
		coding.SetExcerptMemo{ID: 1, Memo: "muistio"},
		coding.AddCode{ParentID: theme.ID, Name: "Uusi", Added: &added},
		coding.UpdateCode{Code: coding.Code{ID: sub.ID, Name: "Palvelu", Color: "#123456"}},
		coding.MoveCode{ID: sub.ID, ParentID: 0, Order: 0},
		coding.MergeCode{From: other.ID, Into: theme.ID},
		coding.SetAttribute{DocID: doc.ID, Key: "ryhmä", Value: "Kunnat"},
		coding.SetMemo{Target: coding.MemoTarget{Kind: coding.ProjectMemo}, Text: "projekti"},
		coding.EditText{DocID: doc.ID, Edit: coding.Edit{Start: 4, End: 11, Insert: "Palvelukeskus"}, Lost: &lost},
		coding.DeleteCode{ID: theme.ID},
		coding.Uncode{ID: 2},
	}
	h := coding.NewHistory(0)
	for _, c := range changes {
		before1, before2, before3 := state(t, p)
		if err := h.Do(p, c); err != nil {
			t.Fatalf("%s: %v", c.Label().Text(), err)
		}
		after1, after2, after3 := state(t, p)
		if reflect.DeepEqual(before1, after1) && reflect.DeepEqual(before2, after2) && reflect.DeepEqual(before3, after3) {
			t.Fatalf("%s changed nothing", c.Label().Text())
		}
		if err := h.Undo(p); err != nil {
			t.Fatalf("undo %s: %v", c.Label().Text(), err)
		}
		u1, u2, u3 := state(t, p)
		if !reflect.DeepEqual(before1, u1) || !reflect.DeepEqual(before2, u2) || !reflect.DeepEqual(before3, u3) {
			t.Fatalf("undo %s did not restore the state:\n%+v\n%+v", c.Label().Text(), before1, u1)
		}
		if err := h.Redo(p); err != nil {
			t.Fatalf("redo %s: %v", c.Label().Text(), err)
		}
		r1, r2, r3 := state(t, p)
		if !reflect.DeepEqual(after1, r1) || !reflect.DeepEqual(after2, r2) || !reflect.DeepEqual(after3, r3) {
			t.Fatalf("redo %s did not repeat the change", c.Label().Text())
		}
	}
	// Everything undone in one go brings back the very first state.
	for h.CanUndo() {
		if err := h.Undo(p); err != nil {
			t.Fatal(err)
		}
	}
	d, _ := p.Document(doc.ID)
	if d.Text != doc.Text {
		t.Fatalf("text after undoing all: %q", d.Text)
	}
	es, _ := p.Excerpts(coding.ExcerptFilter{})
	if len(es) != 1 || es[0].CodeID != other.ID || es[0].Drifted(d.Text) {
		t.Fatalf("codings after undoing all: %+v", es)
	}
	if h.CanUndo() || !h.CanRedo() || h.RedoLabel() != changes[0].Label() {
		t.Fatalf("stacks: undo %v redo %v %v", h.CanUndo(), h.CanRedo(), h.RedoLabel())
	}
	if err := p.IntegrityCheck(); err != nil {
		t.Fatal(err)
	}
}

func TestEditTextKeepsCodingsOnTheirWords(t *testing.T) {
	p := newProject(t)
	doc := addDoc(t, p, "A", "H1: Asiakaskokmus on hyvä.\n\nH1: Järjestelmä toimii.")
	c := mustPath(t, p, "K")
	code := func(word string) {
		s, e, _ := coding.FindNth(doc.Text, word, 1)
		if _, err := p.AddExcerpt(coding.Excerpt{DocID: doc.ID, CodeID: c.ID, Start: s, End: e}); err != nil {
			t.Fatal(err)
		}
	}
	code("Asiakaskokmus on hyvä")
	code("Järjestelmä")
	code("hyvä")
	h := coding.NewHistory(0)
	var lost []coding.Excerpt
	// Fix the typo, then delete "hyvä": the first coding grows, the
	// second shifts, the third is reported lost.
	if err := h.Do(p, coding.EditText{DocID: doc.ID, Edit: coding.Edit{Start: 14, End: 14, Insert: "e"}, Lost: &lost}); err != nil {
		t.Fatal(err)
	}
	fixed, _ := p.Document(doc.ID)
	s, e, _ := coding.FindNth(fixed.Text, " hyvä", 1)
	if err := h.Do(p, coding.EditText{DocID: doc.ID, Edit: coding.Edit{Start: s, End: e, Insert: ""}, Lost: &lost}); err != nil {
		t.Fatal(err)
	}
	d, _ := p.Document(doc.ID)
	es, _ := p.Excerpts(coding.ExcerptFilter{DocID: doc.ID})
	var texts []string
	for _, e := range es {
		texts = append(texts, e.Text)
		if e.Drifted(d.Text) {
			t.Errorf("drifted: %+v", e)
		}
	}
	if !reflect.DeepEqual(texts, []string{"Asiakaskokemus on", "Järjestelmä"}) || len(lost) != 1 || lost[0].Text != "hyvä" {
		t.Fatalf("texts %q lost %+v in %q", texts, lost, d.Text)
	}
	if len(d.Turns) != 2 || coding.Slice(d.Text, d.Turns[1].Start, d.Turns[1].Start+3) != "H1:" {
		t.Fatalf("turns not recomputed: %+v", d.Turns)
	}
	if hits, _ := p.Search("asiakaskokemus", 0); len(hits) != 1 {
		t.Fatal("search index not updated by the edit")
	}
	h.Undo(p)
	h.Undo(p)
	es, _ = p.Excerpts(coding.ExcerptFilter{DocID: doc.ID})
	if len(es) != 3 {
		t.Fatalf("undo did not bring back the lost coding: %+v", es)
	}
}

// projectState is everything a researcher can see of documents and the
// project's settings.
type projectState struct {
	Docs      []coding.Document
	Excerpts  []coding.Excerpt
	Memos     map[coding.MemoTarget]string
	Summaries map[coding.SummaryKey]string
	StopWords StopWords
	Pins      [9]int64
	Hits      int // search hits of a word of the first document
}

func stateOf(t *testing.T, p *Project) projectState {
	t.Helper()
	var s projectState
	infos, err := p.Documents()
	if err != nil {
		t.Fatal(err)
	}
	for _, info := range infos {
		d, err := p.Document(info.ID)
		if err != nil {
			t.Fatal(err)
		}
		s.Docs = append(s.Docs, d)
	}
	s.Excerpts, _ = p.Excerpts(coding.ExcerptFilter{})
	s.Memos, _ = p.Memos()
	s.Summaries, _ = p.Summaries()
	s.StopWords, _ = p.StopWords()
	s.Pins, _ = p.Pins()
	hits, _ := p.Search("etäyhteys", 0)
	s.Hits = len(hits)
	return s
}

// TestUndoDocumentAndProjectChanges does, undoes and redoes renaming and
// deleting a document and changing the stop words and pins: undoing the
// deletion puts back the document with its text, turns, attributes,
// codings and memos under the same ids.
func TestUndoDocumentAndProjectChanges(t *testing.T) {
	p := newProject(t)
	a := addDoc(t, p, "Asiakas 1", "Haastattelija: Miten kokoukset sujuvat?\n\nH1: Etäyhteys pätkii, muuten hyvin.")
	addDoc(t, p, "Asiakas 2", "H2: Kokoukset ovat lyhyitä.")
	code := mustPath(t, p, "Kokoukset/Tekniikka")
	start, end, _ := coding.FindNth(a.Text, "Etäyhteys pätkii", 1)
	e, err := p.AddExcerpt(coding.Excerpt{DocID: a.ID, CodeID: code.ID, Start: start, End: end, Coder: "Liisa", Memo: "toistuu"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := p.SetAttribute(a.ID, "ryhmä", "Kunnat"); err != nil {
		t.Fatal(err)
	}
	if _, err := p.SetMemo(coding.MemoTarget{Kind: coding.DocumentMemo, ID: a.ID}, "Haastattelu etänä."); err != nil {
		t.Fatal(err)
	}
	row := coding.SummaryKey{CodeID: code.ID, RowsBy: "document", Row: strconv.FormatInt(a.ID, 10)}
	if _, err := p.SetSummary(row, "- yhteys pätkii"); err != nil {
		t.Fatal(err)
	}
	changes := []coding.Change{
		coding.RenameDocument{DocID: a.ID, Name: " H1 "},
		coding.DeleteDocument{DocID: a.ID},
		coding.SetStopWords{StopWords: StopWords{Added: []string{"Kotka"}, Kept: []string{"ei"}}},
		coding.SetPins{Pins: [9]int64{3: code.ID}},
	}
	h := coding.NewHistory(0)
	for _, c := range changes {
		before := stateOf(t, p)
		if err := h.Do(p, c); err != nil {
			t.Fatalf("%s: %v", c.Label().Text(), err)
		}
		after := stateOf(t, p)
		if reflect.DeepEqual(before, after) {
			t.Fatalf("%s changed nothing", c.Label().Text())
		}
		if err := h.Undo(p); err != nil {
			t.Fatalf("undo %s: %v", c.Label().Text(), err)
		}
		if got := stateOf(t, p); !reflect.DeepEqual(got, before) {
			t.Fatalf("undo %s:\n%+v\nwant\n%+v", c.Label().Text(), got, before)
		}
		if err := h.Redo(p); err != nil {
			t.Fatalf("redo %s: %v", c.Label().Text(), err)
		}
		if got := stateOf(t, p); !reflect.DeepEqual(got, after) {
			t.Fatalf("redo %s:\n%+v\nwant\n%+v", c.Label().Text(), got, after)
		}
		if h.UndoLabel() != c.Label() {
			t.Errorf("Undo names %q after %q", h.UndoLabel().Text(), c.Label().Text())
		}
	}
	for h.CanUndo() {
		if err := h.Undo(p); err != nil {
			t.Fatal(err)
		}
	}
	if got, err := p.Excerpt(e.ID); err != nil || got.Memo != "toistuu" || got.Drifted(a.Text) {
		t.Fatalf("the coding after undoing all: %+v, %v", got, err)
	}
	if d, _ := p.Document(a.ID); d.Name != "Asiakas 1" {
		t.Fatalf("the document after undoing all: %q", d.Name)
	}
	if err := p.IntegrityCheck(); err != nil {
		t.Fatal(err)
	}
}
