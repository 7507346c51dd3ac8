package search

import (
	"runtime"
	"sync"
	"unicode/utf8"

	"teema/coding/wordfreq"
)

// vocab numbers the distinct tokens of the indexed texts, as a project's
// list of tally words numbers them (wordfreq.TallyWords), and remembers
// each one's forms once asked: a search matches words, not each of their
// occurrences, and a project of a hundred interviews has a million
// tokens but some tens of thousands of words.
type vocab struct {
	words   []string
	ids     map[string]int32
	byFirst map[rune][]int32 // words by their first letter: a word's forms begin with it too
	allIDs  []int32

	forms map[formsKey][]string         // by forms and language, by id; "" not yet asked
	parts map[string][]string           // a compound's parts' base forms, by the word analysed, once asked
	kept  map[formsKey]func(int) string // forms kept with the project's tallies
}

type formsKey struct {
	name string
	lang wordfreq.Lang
}

func newVocab(words []string) *vocab {
	v := &vocab{ids: make(map[string]int32, len(words)), byFirst: map[rune][]int32{},
		forms: map[formsKey][]string{}, parts: map[string][]string{}, kept: map[formsKey]func(int) string{}}
	for _, w := range words {
		v.id(w)
	}
	return v
}

// id is a token's number, given now if it is new.
func (v *vocab) id(tok string) int32 {
	if id, ok := v.ids[tok]; ok {
		return id
	}
	id := int32(len(v.words))
	v.words = append(v.words, tok)
	v.ids[tok] = id
	first, _ := utf8.DecodeRuneInString(tok)
	v.byFirst[first] = append(v.byFirst[first], id)
	return id
}

// all lists every word's number.
func (v *vocab) all() []int32 {
	for n := int32(len(v.allIDs)); n < int32(len(v.words)); n++ {
		v.allIDs = append(v.allIDs, n)
	}
	return v.allIDs
}

// withFirst lists the words that begin with a letter.
func (v *vocab) withFirst(s string) []int32 {
	first, _ := utf8.DecodeRuneInString(s)
	return v.byFirst[first]
}

// formsOf makes sure the forms of ids are known under f and lang, asking
// f for those neither known nor kept, in parallel: Voikko analyses a
// word in some 20 µs, and a search of a word never seen asks for
// thousands.
func (v *vocab) formsOf(f wordfreq.Forms, lang wordfreq.Lang, ids []int32) []string {
	k := formsKey{f.Name(), lang}
	known := v.forms[k]
	if n := len(v.words); len(known) < n {
		known = append(known, make([]string, n-len(known))...)
		v.forms[k] = known
	}
	kept := v.kept[k]
	var missing []int32
	for _, id := range ids {
		if known[id] != "" {
			continue
		}
		if kept != nil {
			if known[id] = kept(int(id)); known[id] != "" {
				continue
			}
		}
		missing = append(missing, id)
	}
	parallel(len(missing), func(i int) {
		id := missing[i]
		known[id] = f.Form(v.words[id], lang)
	})
	return known
}

// partsOf makes sure the compound parts of words are known.
func (v *vocab) partsOf(p Parts, words []string) {
	var missing []string
	for _, w := range words {
		if _, ok := v.parts[w]; !ok {
			v.parts[w] = nil // asked once, however often listed
			missing = append(missing, w)
		}
	}
	found := make([][]string, len(missing))
	parallel(len(missing), func(i int) { found[i] = p.Parts(missing[i]) })
	for i, w := range missing {
		v.parts[w] = found[i]
	}
}

// parallel runs f(0..n-1) on a few goroutines, a share of 256 items or
// more each; each i is done by one.
func parallel(n int, f func(i int)) {
	parallelBy(n, 256, f)
}

// parallelBy is parallel with at least each items a goroutine.
func parallelBy(n, each int, f func(i int)) {
	workers := min(runtime.GOMAXPROCS(0), 4, max(n/each, 1))
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < n; i += workers {
				f(i)
			}
		}()
	}
	wg.Wait()
}
