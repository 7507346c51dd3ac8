package coding

import (
	"reflect"
	"testing"

	"teema/message"
)

// memRepo keeps a project's documents, codings and settings in memory,
// for the changes tested here; other Repo methods are not called.
type memRepo struct {
	Repo
	docs      map[int64]Document
	excerpts  map[int64]Excerpt
	memos     map[int64]string // document id → memo
	stopWords StopWords
	pins      [9]int64
	nextID    int64
}

func newMemRepo() *memRepo {
	return &memRepo{docs: map[int64]Document{}, excerpts: map[int64]Excerpt{}, memos: map[int64]string{}, nextID: 1}
}

func (r *memRepo) AddExcerpt(e Excerpt) (Excerpt, error) {
	if e.ID == 0 {
		e.ID, r.nextID = r.nextID, r.nextID+1
	}
	r.excerpts[e.ID] = e
	return e, nil
}

func (r *memRepo) DeleteExcerpt(id int64) (Excerpt, error) {
	e, ok := r.excerpts[id]
	if !ok {
		return e, ErrNoCoding.New(nil)
	}
	delete(r.excerpts, id)
	return e, nil
}

func (r *memRepo) RenameDocument(id int64, name string) (string, error) {
	d, ok := r.docs[id]
	if !ok {
		return "", ErrNoDocument.New(nil)
	}
	old := d.Name
	d.Name = name
	r.docs[id] = d
	return old, nil
}

func (r *memRepo) DeleteDocument(id int64) (RemovedDocument, error) {
	d, ok := r.docs[id]
	if !ok {
		return RemovedDocument{}, ErrNoDocument.New(nil)
	}
	removed := RemovedDocument{Doc: d, Memo: r.memos[id]}
	for eid, e := range r.excerpts {
		if e.DocID == id {
			removed.Excerpts = append(removed.Excerpts, e)
			delete(r.excerpts, eid)
		}
	}
	delete(r.docs, id)
	delete(r.memos, id)
	return removed, nil
}

func (r *memRepo) RestoreDocument(d RemovedDocument) error {
	r.docs[d.Doc.ID] = d.Doc
	for _, e := range d.Excerpts {
		r.excerpts[e.ID] = e
	}
	if d.Memo != "" {
		r.memos[d.Doc.ID] = d.Memo
	}
	return nil
}

func (r *memRepo) SetStopWords(s StopWords) (StopWords, error) {
	old := r.stopWords
	r.stopWords = s.Clean()
	return old, nil
}

func (r *memRepo) SetPins(pins [9]int64) ([9]int64, error) {
	old := r.pins
	r.pins = pins
	return old, nil
}

// state is what the changes tested here change.
func (r *memRepo) state() any {
	return []any{len(r.docs), r.docs[1].Name, len(r.excerpts), r.memos[1], r.stopWords, r.pins}
}

// TestHistoryNamesTheActionTaken: Undo names the action the user took, not
// the inverse it applies (issue 16: after coding, Undo offered to undo
// "coding removal"); Redo names the action it takes again.
func TestHistoryNamesTheActionTaken(t *testing.T) {
	r := newMemRepo()
	h := NewHistory(0)
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	labels := func(undo, redo *message.Kind) {
		t.Helper()
		if h.UndoLabel() != undo || h.RedoLabel() != redo {
			t.Fatalf("Undo %v, Redo %v; want %v, %v", h.UndoLabel(), h.RedoLabel(), undo, redo)
		}
	}
	labels(nil, nil)
	must(h.Do(r, CodeText{Excerpt: Excerpt{DocID: 1, CodeID: 1, Start: 0, End: 4}}))
	labels(labelCodeText, nil)
	must(h.Undo(r))
	labels(nil, labelCodeText)
	must(h.Redo(r))
	labels(labelCodeText, nil)
	must(h.Do(r, Uncode{ID: 1}))
	labels(labelUncode, nil)
	must(h.Undo(r))
	labels(labelCodeText, labelUncode)
	must(h.Undo(r))
	labels(nil, labelCodeText)
	must(h.Redo(r))
	must(h.Redo(r))
	labels(labelUncode, nil)
	if len(r.excerpts) != 0 {
		t.Fatalf("redoing the removal left %v", r.excerpts)
	}
}

// TestProjectChangesUndo does, undoes and redoes each change to a
// document or a project setting.
func TestProjectChangesUndo(t *testing.T) {
	r := newMemRepo()
	r.docs[1] = Document{ID: 1, Name: "Asiakas 1", Text: "H1: Hyvä palvelu."}
	r.memos[1] = "Haastattelu etänä."
	if _, err := r.AddExcerpt(Excerpt{DocID: 1, CodeID: 1, Start: 4, End: 8}); err != nil {
		t.Fatal(err)
	}
	changes := []Change{
		RenameDocument{DocID: 1, Name: "H1"},
		DeleteDocument{DocID: 1},
		SetStopWords{StopWords: StopWords{Added: []string{"Kotka"}}},
		SetPins{Pins: [9]int64{3: 1}},
	}
	h := NewHistory(0)
	for _, c := range changes {
		before := r.state()
		if err := h.Do(r, c); err != nil {
			t.Fatalf("%s: %v", c.Label().Text(), err)
		}
		after := r.state()
		if reflect.DeepEqual(before, after) {
			t.Fatalf("%s changed nothing", c.Label().Text())
		}
		if err := h.Undo(r); err != nil || !reflect.DeepEqual(r.state(), before) {
			t.Fatalf("undo %s: %v, %v", c.Label().Text(), r.state(), err)
		}
		if err := h.Redo(r); err != nil || !reflect.DeepEqual(r.state(), after) {
			t.Fatalf("redo %s: %v, %v", c.Label().Text(), r.state(), err)
		}
		if h.UndoLabel() != c.Label() {
			t.Errorf("Undo names %v after %v", h.UndoLabel(), c.Label())
		}
	}
}
