package merge

import (
	"fmt"

	"teema/coding"
	"teema/store"
)

// merger carries a merge's state: how their ids map to ours, what our
// documents say, and how to undo what was done.
type merger struct {
	p       *store.Project
	src     Source
	rep     Report
	undo    undoLog
	docs    map[int64]int64  // their document id → ours
	codes   map[int64]int64  // their code id → ours
	texts   map[int64]string // our document id → text
	theirs  map[int64]string // their document id → text, as their offsets read it
	docName map[int64]string // our document id → name, for notes
}

// Into merges src into p. On error p is as it was before.
func Into(p *store.Project, src Source) (Report, error) {
	if src.Book == nil {
		src.Book = coding.NewCodeBook(nil)
	}
	if src.Name == "" {
		src.Name = "other project" // it names renamed documents and appended memos
	}
	m := &merger{
		p: p, src: src, rep: Report{Source: src.Name},
		docs: map[int64]int64{}, codes: map[int64]int64{}, texts: map[int64]string{},
		theirs: map[int64]string{}, docName: map[int64]string{},
	}
	for _, step := range []func() error{m.mergeCodes, m.mergeDocuments, m.mergeMemos, m.mergeCodings} {
		if err := step(); err != nil {
			if uerr := m.undo.run(); uerr != nil {
				return Report{}, fmt.Errorf("merge %s: %w (and undoing the merge failed: %v)", src.Name, err, uerr)
			}
			return Report{}, fmt.Errorf("merge %s: %w", src.Name, err)
		}
	}
	return m.rep, nil
}
