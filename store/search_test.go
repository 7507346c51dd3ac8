package store

import (
	"testing"

	"teema/coding"
)

func TestSearchAndMemos(t *testing.T) {
	p := newProject(t)
	a := addDoc(t, p, "Asiakas 1", "H1: Asiakaskokemus on hyvä. ASIAKASKOKEMUS paranee.")
	addDoc(t, p, "Asiakas 2", "H2: Ei mainintaa.")
	hits, err := p.Search("asiakaskokemus", 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(hits) != 2 || hits[0].DocID != a.ID || hits[1].Match != "ASIAKASKOKEMUS" {
		t.Fatalf("%+v", hits)
	}
	d, _ := p.Document(a.ID)
	if coding.Slice(d.Text, hits[1].Start, hits[1].End) != "ASIAKASKOKEMUS" {
		t.Fatal("hit offsets do not select the match")
	}
	for _, q := range []string{`"`, "AND", "a*b(", "öö:"} {
		if _, err := p.Search(q, 10); err != nil {
			t.Errorf("query %q: %v", q, err)
		}
	}
	if hits, _ := p.Search("hyvä", 0); len(hits) != 1 {
		t.Fatal("search after insert")
	}
	if _, err := p.DeleteDocument(a.ID); err != nil {
		t.Fatal(err)
	}
	if hits, _ := p.Search("hyvä", 0); len(hits) != 0 {
		t.Fatal("deleted document still found")
	}

	if _, err := p.SetMemo(coding.MemoTarget{Kind: coding.ProjectMemo}, "Projektin muistio"); err != nil {
		t.Fatal(err)
	}
	if _, err := p.SetMemo(coding.MemoTarget{Kind: coding.DocumentMemo, ID: 999}, "x"); err == nil {
		t.Fatal("memo on a missing document")
	}
	memos, _ := p.Memos()
	if len(memos) != 1 || memos[coding.MemoTarget{Kind: coding.ProjectMemo}] != "Projektin muistio" {
		t.Fatalf("%v", memos)
	}
}
