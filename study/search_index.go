package study

import (
	"teema/coding/search"
	"teema/coding/wordfreq"
	"teema/store"
)

// tallyMode is the tokenisation a search reads: words as a count reads
// them by default, hyphens and apostrophes inside, no numbers.
var tallyMode = wordfreq.TallyMode(wordfreq.Options{})

// prepare makes sure the index is of p and of its texts as they are: a
// new project starts a new index, and a text changed since it was read
// is read again when a search needs it.
func (s *Searcher) prepare(p *store.Project) error {
	hashes, err := p.DocumentHashes()
	if err != nil {
		return err
	}
	if s.proj != p || s.ix == nil {
		if err := s.build(p); err != nil {
			return err
		}
	} else {
		for id, h := range s.hashes {
			if hashes[id] != h {
				s.ix.Forget(id)
			}
		}
	}
	s.hashes = hashes
	return nil
}

// build starts an index from what the project keeps of its words: the
// list of its tally words, their forms as counts found them, and each
// interview's tally, which says what words it holds without reading it.
func (s *Searcher) build(p *store.Project) error {
	tallies, words, err := p.WordTallies(tallyMode)
	if err != nil {
		return err
	}
	list := make([]string, words.Len())
	for i := range list {
		list[i] = words.Word(i)
	}
	ix := search.NewIndex(list)
	s.keepForms(ix, words)
	docs, err := p.Documents()
	if err != nil {
		return err
	}
	for _, d := range docs {
		ids, lang, err := tallies[d.ID].WordIDs(tallyMode, words)
		if err != nil {
			continue // no tally of this Teema's: the search reads the text
		}
		if l := attrLang(d.Attributes); l != wordfreq.Auto {
			lang = l
		}
		ix.Knows(d.ID, ids, lang)
	}
	s.proj, s.ix = p, ix
	return nil
}

// keepForms gives the index the forms counts kept with the tally words:
// base forms and stems, each under its signature.
func (s *Searcher) keepForms(ix *search.Index, words *wordfreq.TallyWords) {
	for _, name := range []string{FormsLemma, FormsStem} {
		f, err := s.forms.of(name)
		if err != nil {
			continue
		}
		signed, ok := f.(wordfreq.Signed)
		if !ok {
			continue
		}
		for _, lang := range []wordfreq.Lang{wordfreq.Finnish, wordfreq.English} {
			if sig := signed.Signature(lang); sig != "" {
				ix.KeepForms(f.Name(), lang, func(i int) string { return words.KeptForm(sig, i) })
			}
		}
	}
}
