// Package wordfreq counts the words of interview transcripts: over a whole
// project, some interviews, the text coded with some codes or the turns of
// some speakers; as written, stemmed or lemmatised; without stop words. It
// also compares two groups of interviews by keyness (log-likelihood) and
// counts codes for a code cloud. It is pure Go, knows nothing of SQL or
// the GUI, and leaves loading the texts to its caller.
package wordfreq

import (
	"runtime"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"teema/coding"
)

// Options say how tokens are counted.
type Options struct {
	Forms       Forms // raw, stem or lemma; nil counts raw forms
	Numbers     bool  // count runs of digits (2016) as words
	PlainTokens bool  // tokenise like [^\W\d_]+, for comparing with scripts (see tokens.go)
	MinLen      int   // drop tokens shorter than this many letters (0 or 1 keeps all)

	// Stop words are dropped when the token as written or its form is one
	// of them: with lemmas, "olla" in a list drops oli, olen, ollut...; with
	// stems, a token is dropped when its stem is the stem of a listed word. Stop holds the shipped lists
	// (assets.StopWords), ExtraStop a project's own additions, and Keep the
	// words a project wants counted even though a list has them. All are
	// compared case-folded.
	Stop      []string
	ExtraStop []string
	Keep      []string

	Workers int // documents counted in parallel; 0 is one per CPU
}

// Range is a stretch [Start, End) of a text in code points, as excerpt
// and turn offsets are.
type Range = coding.Span

// Text is one document's text to count. Ranges limit the count to those
// parts (a token counts when its first letter is inside one); nil Ranges
// count the whole text.
type Text struct {
	DocID  int64
	Text   string
	Lang   Lang // Auto: detected from the text
	Ranges []Range
}

// Word is one line of a word-frequency table.
type Word struct {
	Word  string   `json:"word"`
	Count int      `json:"count"`
	Docs  int      `json:"docs"`  // interviews it occurs in
	Share float64  `json:"share"` // Count / Result.Counted
	Forms []string `json:"forms"` // the tokens merged into it, most frequent first
}

// Result is a word count.
type Result struct {
	Words   []Word       // every counted word, most frequent first, ties by word
	Tokens  int          // tokens in the counted text
	Counted int          // tokens left after stop words and MinLen: the words' total
	Docs    int          // documents counted
	Langs   map[Lang]int // documents per language
}

// Top returns the n most frequent words (all for n <= 0).
func (r Result) Top(n int) []Word {
	if n <= 0 || n >= len(r.Words) {
		return r.Words
	}
	return r.Words[:n]
}

// Count counts the words of the texts.
func Count(texts []Text, o Options) Result {
	c := NewCounter(o)
	for _, t := range texts {
		c.Add(t)
	}
	return c.Result()
}

// Counter counts texts as they are added, in parallel, so a caller can
// load the next document while the last is being counted.
type Counter struct {
	c       *compiled
	in      chan Text
	wg      sync.WaitGroup
	workers []*worker
}

// NewCounter starts a count. Call Add for each text, then Result once.
func NewCounter(o Options) *Counter {
	n := o.Workers
	if n <= 0 {
		n = runtime.GOMAXPROCS(0)
	}
	c := &Counter{c: compile(o), in: make(chan Text, 2*n)}
	for i := 0; i < n; i++ {
		w := newWorker(c.c)
		c.workers = append(c.workers, w)
		c.wg.Add(1)
		go func() {
			defer c.wg.Done()
			for t := range c.in {
				w.count(t)
			}
		}()
	}
	return c
}

// Add queues a text. It must not be called after Result.
func (c *Counter) Add(t Text) { c.in <- t }

// Result waits for the texts added and merges the workers' counts.
func (c *Counter) Result() Result {
	close(c.in)
	c.wg.Wait()
	return merge(c.workers)
}

// compiled is the read-only part of Options shared by the workers.
type compiled struct {
	o     Options
	forms Forms
	stop  map[string]bool
	keep  map[string]bool

	stopFormsOnce [numLangs]sync.Once
	stopForms     [numLangs]map[string]bool
}

func compile(o Options) *compiled {
	c := &compiled{o: o, forms: o.Forms, stop: map[string]bool{}, keep: map[string]bool{}}
	if c.forms == nil {
		c.forms = Raw()
	}
	for _, w := range o.Keep {
		c.keep[strings.ToLower(strings.TrimSpace(w))] = true
	}
	for _, list := range [][]string{o.Stop, o.ExtraStop} {
		for _, w := range list {
			if w = strings.ToLower(strings.TrimSpace(w)); w != "" && !c.keep[w] {
				c.stop[w] = true
			}
		}
	}
	return c
}

// stopForm reports whether a token's form makes it a stop word. Lemmas
// and raw forms are words, so they are looked up in the lists themselves:
// the lists hold the base forms (olla, ei, se) that drop every inflected
// form Voikko reduces to them. Looking up the lemmas of the listed words
// instead would drop content words that share them ("kuin" has the lemma
// "kuu", month; "eli" has "elää", to live). Stems are not words, so for
// stems the stems of the listed words are compared.
func (c *compiled) stopForm(form string, lang Lang) bool {
	if len(c.stop) == 0 {
		return false
	}
	if c.stop[form] {
		return true
	}
	if c.forms.Name() != "stem" {
		return false
	}
	c.stopFormsOnce[lang].Do(func() {
		m := make(map[string]bool, len(c.stop))
		for w := range c.stop {
			if f := c.forms.Form(w, lang); !c.keep[f] {
				m[f] = true
			}
		}
		c.stopForms[lang] = m
	})
	return c.stopForms[lang][form]
}

// tokenInfo is what the counting loop touches for every token, kept small
// so more of the table stays in the CPU's caches; a token's text and hash
// are in worker.texts and worker.hashes.
type tokenInfo struct {
	n    int32
	last int32 // the document (worker sequence) it was last seen in
	form int32 // index in worker.forms, -1 if not counted
}

type formInfo struct {
	word string
	docs int
	last int32
}

// worker counts the documents given to it into its own tables, which
// merge joins at the end: no locks while counting.
type worker struct {
	c       *compiled
	tok     tokenizer
	slots   []uint64 // open-addressing table of toks: hash>>32<<32 | index+1
	toks    []tokenInfo
	texts   []string
	hashes  []uint64
	docToks []int32 // the distinct tokens of the document being counted
	formIdx map[string]int32
	forms   []formInfo
	tokens  int
	counted int
	docs    int
	langs   [numLangs]int
	seq     int32
	lang    Lang
}

func newWorker(c *compiled) *worker {
	return &worker{c: c, tok: tokenizer{numbers: c.o.Numbers, plain: c.o.PlainTokens}, formIdx: map[string]int32{},
		slots: make([]uint64, 1<<12)}
}

func (w *worker) count(t Text) {
	w.seq++
	w.docs++
	w.lang = t.Lang
	if w.lang == Auto || w.lang >= numLangs {
		w.lang = DetectLang(t.Text)
	}
	w.langs[w.lang]++
	s := t.Text
	if t.Ranges == nil {
		w.tok.scan(s, 0, len(s), w.add)
	} else {
		for _, r := range byteRanges(s, coding.Union(t.Ranges)) {
			w.tok.scan(s, r.Start, r.End, w.add)
		}
	}
	// A word's interviews: once per distinct token of the document, not
	// once per token.
	for _, id := range w.docToks {
		if fi := w.toks[id].form; fi >= 0 {
			if f := &w.forms[fi]; f.last != w.seq {
				f.last = w.seq
				f.docs++
			}
		}
	}
	w.docToks = w.docToks[:0]
}

// add counts one token. Tokens are found in a hash table of their own
// (hash from the tokenizer, linear probing): cheaper than a Go map for the
// million lookups of a large project, and no allocation but for new
// tokens.
func (w *worker) add(tok []byte, runes int, hash uint64) {
	hash ^= uint64(w.lang) * 0x9e3779b97f4a7c15
	mask := uint64(len(w.slots) - 1)
	tag := hash >> 32
	var id int32
	for i := hash & mask; ; i = (i + 1) & mask {
		s := w.slots[i]
		if s == 0 {
			id = w.newToken(string(tok), runes, hash)
			w.slots[i] = tag<<32 | uint64(id+1)
			if 2*len(w.toks) > len(w.slots) {
				w.grow()
			}
			break
		}
		if s>>32 == tag && w.texts[int32(s)-1] == string(tok) {
			id = int32(s) - 1
			break
		}
	}
	t := &w.toks[id]
	t.n++
	w.tokens++
	if t.last != w.seq {
		t.last = w.seq
		w.docToks = append(w.docToks, id)
	}
	if t.form >= 0 {
		w.counted++
	}
}

func (w *worker) grow() {
	slots := make([]uint64, 2*len(w.slots))
	mask := uint64(len(slots) - 1)
	for id, h := range w.hashes {
		i := h & mask
		for slots[i] != 0 {
			i = (i + 1) & mask
		}
		slots[i] = h>>32<<32 | uint64(id+1)
	}
	w.slots = slots
}

// newToken decides once per distinct token whether and as what it counts.
func (w *worker) newToken(tok string, runes int, hash uint64) int32 {
	c := w.c
	info := tokenInfo{form: -1}
	if runes >= c.o.MinLen && !(c.stop[tok] && !c.keep[tok]) {
		form := c.forms.Form(tok, w.lang)
		if c.keep[tok] || c.keep[form] || !c.stopForm(form, w.lang) {
			fi, ok := w.formIdx[form]
			if !ok {
				fi = int32(len(w.forms))
				w.forms = append(w.forms, formInfo{word: form})
				w.formIdx[form] = fi
			}
			info.form = fi
		}
	}
	w.toks = append(w.toks, info)
	w.texts = append(w.texts, tok)
	w.hashes = append(w.hashes, hash)
	return int32(len(w.toks) - 1)
}

type rawCount struct {
	text string
	n    int
}

type agg struct {
	n, docs int
	raw     []rawCount
}

func merge(workers []*worker) Result {
	res := Result{Langs: map[Lang]int{}}
	size := 0
	for _, w := range workers {
		size = max(size, len(w.forms))
	}
	all := make(map[string]*agg, size)
	for _, w := range workers {
		res.Tokens += w.tokens
		res.Counted += w.counted
		res.Docs += w.docs
		for l, n := range w.langs {
			if n > 0 {
				res.Langs[Lang(l)] += n
			}
		}
		aggs := make([]*agg, len(w.forms))
		for i, f := range w.forms {
			a := all[f.word]
			if a == nil {
				a = &agg{}
				all[f.word] = a
			}
			a.docs += f.docs
			aggs[i] = a
		}
		for id, t := range w.toks {
			if t.form >= 0 && t.n > 0 {
				a := aggs[t.form]
				a.n += int(t.n)
				a.raw = append(a.raw, rawCount{w.texts[id], int(t.n)})
			}
		}
	}
	res.Words = make([]Word, 0, len(all))
	for word, a := range all {
		if a.n == 0 {
			continue
		}
		res.Words = append(res.Words, Word{Word: word, Count: a.n, Docs: a.docs, Share: float64(a.n) / float64(res.Counted), Forms: byFrequency(a.raw)})
	}
	sort.Slice(res.Words, func(i, j int) bool {
		a, b := res.Words[i], res.Words[j]
		if a.Count != b.Count {
			return a.Count > b.Count
		}
		return a.Word < b.Word
	})
	return res
}

// byFrequency sums the counts of a word's tokens across workers and lists
// them most frequent first.
func byFrequency(rs []rawCount) []string {
	if len(rs) == 1 {
		return []string{rs[0].text}
	}
	sort.Slice(rs, func(i, j int) bool { return rs[i].text < rs[j].text })
	out := rs[:0]
	for _, r := range rs {
		if n := len(out); n > 0 && out[n-1].text == r.text {
			out[n-1].n += r.n
			continue
		}
		out = append(out, r)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].n > out[j].n })
	forms := make([]string, len(out))
	for i, r := range out {
		forms[i] = r.text
	}
	return forms
}

// byteRanges turns sorted code-point ranges into byte ranges of s in one
// pass.
func byteRanges(s string, rs []Range) []Range {
	out := make([]Range, 0, len(rs))
	cp, b := 0, 0
	advance := func(to int) {
		for cp < to && b < len(s) {
			if s[b] < utf8.RuneSelf {
				b++
			} else {
				_, size := utf8.DecodeRuneInString(s[b:])
				b += size
			}
			cp++
		}
	}
	for _, r := range rs {
		advance(max(r.Start, 0))
		start := b
		advance(r.End)
		if b > start {
			out = append(out, Range{Start: start, End: b})
		}
	}
	return out
}
