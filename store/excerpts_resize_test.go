package store

import (
	"errors"
	"testing"

	"teema/coding"
)

func TestResizeExcerptIsOneUndoableStep(t *testing.T) {
	p := newProject(t)
	d := addDoc(t, p, "Asiakas 1", "H1: Se oli hyödyllistämisessä minimi! Eli ei.")
	code, _, err := p.EnsureCodePath("Tuki", "", "")
	if err != nil {
		t.Fatal(err)
	}
	start, end, _ := coding.FindNth(d.Text, "yllistämisessä minimi! E", 1)
	e, err := p.AddExcerpt(coding.Excerpt{DocID: d.ID, CodeID: code.ID, Start: start, End: end, Coder: "A"})
	if err != nil {
		t.Fatal(err)
	}
	h := coding.NewHistory(10)
	s, en := coding.StepWord(d.Text, e.Start, e.End, coding.StartEdge, true)
	s, en = coding.StepWord(d.Text, s, en, coding.EndEdge, false)
	if err := h.Do(p, coding.ResizeExcerpt{ID: e.ID, Start: s, End: en}); err != nil {
		t.Fatal(err)
	}
	if got, _ := p.Excerpt(e.ID); got.Text != "hyödyllistämisessä minimi" {
		t.Fatalf("resized to %q", got.Text)
	}
	if err := h.Undo(p); err != nil {
		t.Fatal(err)
	}
	if got, _ := p.Excerpt(e.ID); got.Text != "yllistämisessä minimi! E" || got.Start != start {
		t.Fatalf("undone to %+v", got)
	}
	if _, err := p.ResizeExcerpt(e.ID, 3, 4); err == nil {
		t.Fatal("a blank range was accepted")
	}
	if _, err := p.ResizeExcerpt(99, start, end); !errors.Is(err, coding.ErrNoCoding) {
		t.Fatalf("a missing coding: %v", err)
	}
}
