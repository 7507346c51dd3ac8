package merge

import (
	"fmt"

	"teema/coding"
	"teema/store"
)

// merger carries a merge's state: how their ids map to ours and what our
// project held before the merge, read before the batch that writes.
type merger struct {
	b       *store.Batch
	src     Source
	rep     Report
	ours    Source                      // our project as it was
	attrs   map[int64]map[string]string // our document id → attributes
	docs    map[int64]int64             // their document id → ours
	codes   map[int64]int64             // their code id → ours
	texts   texts                       // our document id → text
	theirs  texts                       // their document id → text, as their offsets read it
	docName map[int64]string            // our document id → name, for notes
}

// Into merges src into p in one transaction. On error p is as it was
// before.
func Into(p *store.Project, src Source) (Report, error) {
	if src.Book == nil {
		src.Book = coding.NewCodeBook(nil)
	}
	if src.Name == "" {
		src.Name = "other project" // it names renamed documents and appended memos
	}
	m := &merger{
		src: src, rep: Report{Source: src.Name},
		docs: map[int64]int64{}, codes: map[int64]int64{}, texts: newTexts(),
		theirs: newTexts(), docName: map[int64]string{}, attrs: map[int64]map[string]string{},
	}
	// Every read comes first: the batch holds the project's one connection.
	ours, err := FromProject(p)
	if err != nil {
		return Report{}, fmt.Errorf("merge %s: read our project: %w", src.Name, err)
	}
	m.ours = ours
	err = p.Batch(func(b *store.Batch) error {
		m.b = b
		for _, step := range []func() error{m.mergeCodes, m.mergeDocuments, m.mergeMemos, m.mergeCodings} {
			if err := step(); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return Report{}, fmt.Errorf("merge %s: %w", src.Name, err)
	}
	return m.rep, nil
}
