package store

import (
	"log/slog"
	"sync"

	"teema/coding"
	"teema/coding/wordfreq"
)

// CountWords counts the words of the selected documents. A document with a
// tally of o's tokenisation is counted from it, the others from their
// texts. keep tallies those others and keeps the tallies, with the forms
// the count found (KeepWordTallies), for the next count: the caller runs
// it once the count is shown, in the background if it likes, as reading,
// tallying and storing a thousand interviews takes longer than counting
// them. Coded text is always counted from the text, and keeps nothing.
func (p *Project) CountWords(sel *wordfreq.Selection, o wordfreq.Options) (res wordfreq.Result, keep func() error, err error) {
	counter := wordfreq.NewCounter(o)
	keep = func() error { return nil }
	if !sel.UsesTallies() {
		err := p.countTexts(sel, sel.Docs, counter)
		return counter.Result(), keep, err
	}
	mode := wordfreq.TallyMode(o)
	tallies, words, err := p.WordTallies(mode)
	if err != nil {
		return counter.Result(), keep, err
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
	err = p.countTexts(sel, missing, counter)
	res = counter.Result()
	if err != nil || len(missing) == 0 && len(words.KeptForms()) == 0 {
		return res, keep, err
	}
	return res, func() error { return p.keepTallies(missing, mode, words) }, nil
}

// countTexts reads documents and adds what sel chooses of them to the
// count.
func (p *Project) countTexts(sel *wordfreq.Selection, docs []coding.DocumentInfo, counter *wordfreq.Counter) error {
	return p.eachText(docs, sel.NeedsTurns(), func(d coding.DocumentInfo, doc coding.Document) {
		if t, ok := sel.Text(doc); ok {
			counter.Add(t)
		}
	})
}

// keepTallies tallies the documents a count read from their texts, packs
// the tallies in a copy of words, the list the count read, and keeps them
// with the forms the count found. A failure is only logged: the next
// count makes them again.
func (p *Project) keepTallies(docs []coding.DocumentInfo, mode int, words *wordfreq.TallyWords) error {
	packing, mu := words.Clone(), sync.Mutex{}
	var made []WordTally
	err := p.eachText(docs, true, func(d coding.DocumentInfo, doc coding.Document) {
		tally := wordfreq.MakeTally(doc, mode)
		mu.Lock()
		defer mu.Unlock()
		if packed, err := packing.Pack(tally); err == nil {
			made = append(made, WordTally{DocID: d.ID, Hash: doc.Hash, Data: packed})
		}
	})
	if err == nil {
		err = p.KeepWordTallies(mode, made, words, packing)
	}
	if err != nil {
		slog.Debug("word tallies not kept; the next count reads the texts again", "project", p.path, "err", err)
	}
	return err
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
