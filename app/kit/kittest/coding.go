package kittest

import (
	"testing"

	"teema/coding"
)

// DocID is the id of the document named name.
func (h *Host) DocID(t *testing.T, name string) int64 {
	t.Helper()
	for _, d := range h.S.Docs() {
		if d.Name == name {
			return d.ID
		}
	}
	t.Fatalf("no document %q", name)
	return 0
}

// CodeText codes the first occurrence of text in a document with the
// code at path, as the main window would.
func (h *Host) CodeText(t *testing.T, doc, text, path string) {
	t.Helper()
	full, err := h.S.Project().Document(h.DocID(t, doc))
	if err != nil {
		t.Fatal(err)
	}
	c, ok := h.S.Book().Lookup(path)
	start, end, found := coding.FindNth(full.Text, text, 1)
	if !ok || !found {
		t.Fatalf("cannot code %q in %q as %q", text, doc, path)
	}
	if !h.S.Do(coding.CodeText{Excerpt: coding.Excerpt{DocID: full.ID, CodeID: c.ID, Start: start, End: end}}) {
		t.Fatal("coding failed")
	}
}

// CodeAs codes a stretch of a document as a coder, straight in the store,
// as another coder's work arrives by a merge.
func (h *Host) CodeAs(t *testing.T, doc, path string, start, end int, coder string) {
	t.Helper()
	p := h.S.Project()
	code, _, err := p.EnsureCodePath(path, "", "")
	if err != nil {
		t.Fatal(err)
	}
	e := coding.Excerpt{DocID: h.DocID(t, doc), CodeID: code.ID, Start: start, End: end, Coder: coder}
	if err := p.AddExcerpts([]coding.Excerpt{e}); err != nil {
		t.Fatal(err)
	}
}
