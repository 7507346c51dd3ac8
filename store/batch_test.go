package store

import (
	"errors"
	"testing"

	"teema/coding"
)

// A batch that fails keeps none of its changes; one that succeeds keeps
// all, and sees its own changes as it goes.
func TestBatchIsAllOrNothing(t *testing.T) {
	p := newProject(t)
	d := addDoc(t, p, "H1", "H1: Palvelu oli hyvää.")
	boom := errors.New("boom")
	err := p.Batch(func(b *Batch) error {
		c, created, err := b.EnsureCodePath("Palvelu/Laatu", "", "")
		if err != nil || !created {
			return err
		}
		if _, err := b.AddDocument(coding.NewDocument("H1", "H2: Toinen.", "txt", "h2.txt", p.now())); err != nil {
			return err
		}
		if err := b.SetAttribute(d.ID, "ryhmä", "Kunnat"); err != nil {
			return err
		}
		if err := b.SetMemo(coding.MemoTarget{Kind: coding.CodeMemo, ID: c.ID}, "muistio"); err != nil {
			return err
		}
		if err := b.AddExcerpts([]coding.Excerpt{{DocID: d.ID, CodeID: c.ID, Start: 4, End: 11, Coder: "matti"}}); err != nil {
			return err
		}
		return boom
	})
	if !errors.Is(err, boom) {
		t.Fatalf("batch error %v", err)
	}
	cb, _ := p.CodeBook()
	docs, _ := p.Documents()
	memos, _ := p.Memos()
	es, _ := p.Excerpts(coding.ExcerptFilter{})
	if cb.Len() != 0 || len(docs) != 1 || len(docs[0].Attributes) != 0 || len(memos) != 0 || len(es) != 0 {
		t.Fatalf("a failed batch left %d codes, %d documents %+v, %d memos, %d codings", cb.Len(), len(docs), docs, len(memos), len(es))
	}

	var added coding.Document
	err = p.Batch(func(b *Batch) error {
		var err error
		added, err = b.AddDocument(coding.NewDocument("H1", "H2: Toinen.", "txt", "h2.txt", p.now()))
		return err
	})
	if err != nil || added.Name != "H1 (2)" {
		t.Fatalf("added %q: %v", added.Name, err)
	}
	if err := p.Batch(func(b *Batch) error { return b.SetAttribute(d.ID, " ", "x") }); err == nil {
		t.Fatal("an attribute without a name was set")
	}
}
