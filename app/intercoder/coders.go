package intercoder

import (
	"fmt"
	"hash/fnv"
	"slices"

	"teema/coding"
	"teema/i18n"
)

// setCoders offers the coders of the project's codings, choosing the
// first two when none is chosen yet.
func (w *Window) setCoders(es []coding.Excerpt) {
	w.coders = map[string]string{}
	var names []string
	for _, e := range es {
		name := coderLabel(e.Coder)
		if _, ok := w.coders[name]; !ok {
			w.coders[name] = e.Coder
			names = append(names, name)
		}
	}
	slices.Sort(names)
	w.coderA.Options, w.coderB.Options = names, names
	if w.coderA.Selected == "" && w.coderB.Selected == "" && len(names) >= 2 {
		w.coderA.Selected, w.coderB.Selected = names[0], names[1]
	}
	w.coderA.Refresh()
	w.coderB.Refresh()
}

// coderLabel names a coder in the UI; codings made before a coder name
// was set have none.
func coderLabel(coder string) string {
	if coder == "" {
		return i18n.T("(no coder name)")
	}
	return coder
}

// chosen are the coders chosen, or ok false when two different ones are
// not chosen yet.
func (w *Window) chosen() (a, b string, ok bool) {
	a, okA := w.coders[w.coderA.Selected]
	b, okB := w.coders[w.coderB.Selected]
	return a, b, okA && okB && a != b
}

// codingsSignature changes when a coding, a document's length or the
// document list changes: what a comparison depends on.
func codingsSignature(es []coding.Excerpt, docs []coding.DocumentInfo) uint64 {
	h := fnv.New64a()
	for _, e := range es {
		fmt.Fprintf(h, "%d %d %d %d %d %s\n", e.ID, e.DocID, e.CodeID, e.Start, e.End, e.Coder)
	}
	for _, d := range docs {
		fmt.Fprintf(h, "d %d %d\n", d.ID, d.Chars)
	}
	return h.Sum64() | 1 // never 0, which means "not compared"
}
