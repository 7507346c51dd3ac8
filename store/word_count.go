package store

import (
	"log/slog"
	"slices"
	"sync"

	"teema/coding"
	"teema/coding/wordfreq"
)

// CountWords counts the words of the selected documents. A document with a
// tally of o's tokenisation is counted from it; the others are read and
// tallied, and their tallies kept for the next count with the forms the
// count found (KeepWordTallies). Coded text is always counted from the
// text.
func (p *Project) CountWords(sel *wordfreq.Selection, o wordfreq.Options) (wordfreq.Result, error) {
	counter := wordfreq.NewCounter(o)
	if !sel.UsesTallies() {
		err := p.eachText(sel.Docs, sel.NeedsTurns(), func(d coding.DocumentInfo, doc coding.Document) {
			if t, ok := sel.Text(doc); ok {
				counter.Add(t)
			}
		})
		return counter.Result(), err
	}
	mode := wordfreq.TallyMode(o)
	tallies, words, err := p.WordTallies(mode)
	if err != nil {
		return counter.Result(), err
	}
	var missing []coding.DocumentInfo
	for _, d := range sel.Docs {
		t, ok, err := sel.FromTally(d, tallies[d.ID], words, mode)
		switch {
		case err != nil:
			missing = append(missing, d)
		case ok:
			counter.Add(t)
		}
	}
	made, packing, err := p.tallyTexts(sel, missing, mode, words, counter)
	res := counter.Result()
	if err != nil {
		return res, err
	}
	if err := p.KeepWordTallies(mode, made, words, packing); err != nil {
		slog.Debug("word tallies not kept; the next count reads the texts again", "project", p.path, "err", err)
	}
	return res, nil
}

// tallyTexts reads the documents that have no tally, adds them to the
// count and tallies them. The tallies are packed in a copy of words: the
// packed tallies read from the project are counted with the list as it
// was.
func (p *Project) tallyTexts(sel *wordfreq.Selection, docs []coding.DocumentInfo, mode int, words *wordfreq.TallyWords,
	counter *wordfreq.Counter) ([]WordTally, *wordfreq.TallyWords, error) {
	packing, mu := words.Clone(), sync.Mutex{}
	made := make([]WordTally, len(docs))
	index := make(map[int64]int, len(docs))
	for i, d := range docs {
		index[d.ID] = i
	}
	err := p.eachText(docs, true, func(d coding.DocumentInfo, doc coding.Document) {
		tally := wordfreq.MakeTally(doc, mode)
		if t, ok, err := sel.FromTally(d, tally, nil, mode); err == nil && ok {
			counter.Add(t)
		}
		mu.Lock()
		packed, err := packing.Pack(tally)
		mu.Unlock()
		if err == nil {
			made[index[d.ID]] = WordTally{DocID: d.ID, Hash: doc.Hash, Data: packed}
		}
	})
	return slices.DeleteFunc(made, func(t WordTally) bool { return t.Data == nil }), packing, err
}

// eachText reads documents and calls f with each, from two goroutines:
// SQLite reads one statement at a time per connection, so a second,
// read-only connection reads every other document. Loading, not counting,
// is what a large project waits for.
func (p *Project) eachText(docs []coding.DocumentInfo, turns bool, f func(coding.DocumentInfo, coding.Document)) error {
	load := func(q *Project, docs []coding.DocumentInfo) error {
		read := q.Document
		if !turns {
			read = q.DocumentText
		}
		for _, d := range docs {
			doc, err := read(d.ID)
			if err != nil {
				return err
			}
			f(d, doc)
		}
		return nil
	}
	var mine, theirs []coding.DocumentInfo
	for i, d := range docs {
		if i%2 == 0 {
			mine = append(mine, d)
		} else {
			theirs = append(theirs, d)
		}
	}
	if len(theirs) == 0 {
		return load(p, docs)
	}
	q, err := OpenReadOnly(p.path)
	if err != nil {
		return load(p, docs)
	}
	defer q.Close()
	errCh := make(chan error, 1)
	go func() { errCh <- load(q, theirs) }()
	err = load(p, mine)
	if err2 := <-errCh; err == nil {
		err = err2
	}
	return err
}
