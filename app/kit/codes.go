package kit

import (
	"slices"

	"teema/coding"
)

// CodeChecklist ticks codes of a code book, listed by path in tree order:
// the one way to choose codes, in every window that asks for some.
type CodeChecklist struct {
	*Checklist
	ids []int64
}

// NewCodeChecklist lists the codes of book, ticking those in ticked.
func NewCodeChecklist(book *coding.CodeBook, ticked []int64) CodeChecklist {
	var ids []int64
	var paths []string
	book.Walk(func(c coding.Code, _ int) {
		ids = append(ids, c.ID)
		paths = append(paths, book.Path(c.ID))
	})
	return CodeChecklist{NewChecklist(paths, func(i int) bool { return slices.Contains(ticked, ids[i]) }), ids}
}

// Codes are the ticked codes, in tree order.
func (c CodeChecklist) Codes() []int64 {
	var out []int64
	for _, i := range c.Ticked() {
		out = append(out, c.ids[i])
	}
	return out
}
