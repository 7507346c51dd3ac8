package store

import (
	"testing"

	"teema/coding"
)

// TestChosenQuoteUndoes marks a coding as a chosen quote and takes the
// mark back; deleting the coding and undoing it keeps the mark.
func TestChosenQuoteUndoes(t *testing.T) {
	p := newProject(t)
	doc := addDoc(t, p, "A", "H1: Tavataan kerran kuussa.")
	code, err := p.AddCode(0, "Tapaamiset", "", "")
	if err != nil {
		t.Fatal(err)
	}
	e, err := p.AddExcerpt(coding.Excerpt{DocID: doc.ID, CodeID: code.ID, Start: 4, End: 27})
	if err != nil {
		t.Fatal(err)
	}
	h := coding.NewHistory(0)
	quoted := func() bool { got, _ := p.Excerpt(e.ID); return got.Quote }
	if err := h.Do(p, coding.SetQuote{ID: e.ID, Quote: true}); err != nil || !quoted() {
		t.Fatalf("marking: %v", err)
	}
	if err := h.Do(p, coding.Uncode{ID: e.ID}); err != nil {
		t.Fatal(err)
	}
	if err := h.Undo(p); err != nil || !quoted() {
		t.Fatalf("the coding came back without its mark: %v", err)
	}
	if err := h.Undo(p); err != nil || quoted() {
		t.Fatalf("undo kept the mark: %v", err)
	}
}
