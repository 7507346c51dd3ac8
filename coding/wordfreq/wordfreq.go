// Package wordfreq counts the words of interview transcripts: over a whole
// project, some interviews, the text coded with some codes or the turns of
// some speakers; as written, stemmed or lemmatised; without stop words. It
// also compares two groups of interviews by keyness (log-likelihood) and
// counts codes for a code cloud. It is pure Go, knows nothing of SQL or
// the GUI, and leaves loading the texts to its caller.
package wordfreq

import (
	"runtime"
	"slices"
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
	MinLen      int   // drop counted words shorter than this many letters (0 or 1 keeps all)

	// What a count leaves out is decided on the word it counts (the form:
	// the token itself, its stem or its lemma), so a word's count is always
	// the sum of the forms listed with it:
	//
	//   - MinLen applies to the counted word: with lemmas, "on" (2 letters)
	//     counts under "olla" even at MinLen 3; as written it is dropped.
	//   - A stop word drops every token counted under it: with lemmas,
	//     "olla" in a list drops on, oli, olen, ollut...; with stems, a
	//     token is dropped when its stem is the stem of a listed word.
	//   - A token that is itself a listed word is dropped too, and counted
	//     under no word: Voikko takes "kuin" (than) for a form of "kuu"
	//     (moon) and "eli" (that is) for "elää" (to live), which would
	//     otherwise fill those words with conjunctions.
	//
	// Stop holds the shipped lists (assets.StopWords), ExtraStop a
	// project's own additions, and Keep the words a project wants counted
	// even though a list has them. All are compared case-folded.
	Stop      []string
	ExtraStop []string
	Keep      []string

	Workers int // documents counted in parallel; 0 is one per CPU

	// Top keeps only the Top most frequent words in Result.Words (0: all).
	// The totals still count every word; a large project has tens of
	// thousands of different words, and a table of thirty needs the
	// merged forms of only thirty.
	Top int
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

	tally []tallyPart // counted instead of Text when set (Selection.FromTally)
	words *TallyWords // what the numbers of a packed tally stand for
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
	Words    []Word         // the counted words (Options.Top of them), most frequent first, ties by word
	Distinct int            // different words counted, in Words or not
	Tokens   int            // tokens in the counted text
	Counted  int            // tokens counted under a word (not left out): the words' total
	Docs     int            // documents counted
	Langs    map[Lang]int   // documents per language
	DocLangs map[int64]Lang // the language each document was counted in
}

// Top returns the n most frequent words (all for n <= 0).
func (r Result) Top(n int) []Word {
	if n <= 0 || n >= len(r.Words) {
		return r.Words
	}
	return r.Words[:n]
}

// Counter counts texts as they are added, in parallel, so a caller can
// load the next document while the last is being counted.
type Counter struct {
	c       *compiled
	in      chan Text
	wg      sync.WaitGroup
	workers []*worker

	// Packed tallies go to a worker of their own. Their tokens come
	// numbered and counted, so what costs is meeting each word the first
	// time and merging the workers' tables, which one worker does once.
	packedOnce sync.Once
	packed     chan Text
}

// NewCounter starts a count. Call Add for each text, then Result once.
func NewCounter(o Options) *Counter {
	n := o.Workers
	if n <= 0 {
		n = runtime.GOMAXPROCS(0)
	}
	c := &Counter{c: compile(o), in: make(chan Text, 2*n)}
	for i := 0; i < n; i++ {
		c.start(c.in)
	}
	return c
}

func (c *Counter) start(in <-chan Text) {
	w := newWorker(c.c)
	c.workers = append(c.workers, w)
	c.wg.Add(1)
	go func() {
		defer c.wg.Done()
		for t := range in {
			w.count(t)
		}
	}()
}

// Add queues a text. It must not be called after Result.
func (c *Counter) Add(t Text) {
	if t.words == nil {
		c.in <- t
		return
	}
	c.packedOnce.Do(func() {
		c.packed = make(chan Text, 8)
		c.start(c.packed)
	})
	c.packed <- t
}

// Result waits for the texts added and merges the workers' counts.
func (c *Counter) Result() Result {
	close(c.in)
	c.packedOnce.Do(func() {}) // no packed worker can start after this
	if c.packed != nil {
		close(c.packed)
	}
	c.wg.Wait()
	return merge(c.workers, c.c.o.Top)
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
// are in worker.table.
type tokenInfo struct {
	n    int32
	last int32 // the document (worker sequence) it was last seen in
	form int32 // index in worker.forms, -1 if not counted
}

// formInfo is what is counted of a form; its text is in worker.formIdx.
type formInfo struct {
	docs int
	last int32
}

// worker counts the documents given to it into its own tables, which
// merge joins at the end: no locks while counting.
type worker struct {
	c        *compiled
	tok      tokenizer
	table    tokenTable // the distinct tokens; toks holds what is known of each
	toks     []tokenInfo
	docToks  []int32    // the distinct tokens of the document being counted
	formIdx  tokenTable // the forms; ids are those of forms
	forms    []formInfo
	tokens   int
	counted  int
	docs     int
	langs    [numLangs]int
	docLangs map[int64]Lang
	seq      int32
	lang     Lang

	words *TallyWords       // the list the packed tallies counted so far number
	known [numLangs][]int32 // per language, word number → token id + 1
	kept  [numLangs]*keptForms
	word  int // the number of the word newToken is asked about, or -1
}

func newWorker(c *compiled) *worker {
	return &worker{c: c, tok: tokenizer{numbers: c.o.Numbers, plain: c.o.PlainTokens}, formIdx: newTokenTable(),
		table: newTokenTable(), word: -1, docLangs: map[int64]Lang{}}
}

func (w *worker) count(t Text) {
	w.seq++
	w.docs++
	w.lang = t.Lang
	if w.lang == Auto || w.lang >= numLangs {
		w.lang = DetectLang(t.Text)
	}
	w.langs[w.lang]++
	w.docLangs[t.DocID] = w.lang
	s := t.Text
	switch {
	case t.tally != nil:
		for i := range t.tally {
			w.countPart(&t.tally[i], t.words)
		}
	case t.Ranges == nil:
		w.tok.scan(s, 0, len(s), w.add)
	default:
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

// add counts one token of a text.
func (w *worker) add(tok []byte, runes int, hash uint64) {
	w.countToken(lookup(w, tok, runes, hash), 1)
}

// countPart counts the tokens of a part of a tally. A packed tally's
// numbers are looked up in the table once per word and language, and
// then only counted.
func (w *worker) countPart(p *tallyPart, words *TallyWords) {
	var known []int32 // word number → token id + 1
	if p.packed {
		if w.words != words {
			w.words, w.known, w.kept = words, [numLangs][]int32{}, [numLangs]*keptForms{}
			w.reserve(words.Len())
		}
		if known = w.known[w.lang]; known == nil {
			known = make([]int32, words.Len())
			w.known[w.lang] = known
			if s, ok := w.c.forms.(Signed); ok {
				if sig := s.Signature(w.lang); sig != "" {
					w.kept[w.lang] = words.formsOf(sig)
				}
			}
		}
	}
	b, id := p.tokens, 0
	for k := 0; k < p.n; k++ {
		var tok []byte
		var n int32
		b, tok, id, n = p.next(b, id)
		if !p.packed {
			w.countToken(lookup(w, tok, utf8.RuneCount(tok), fnv(tok)), n)
			continue
		}
		t := known[id] - 1
		if t < 0 {
			s := words.word(id)
			w.word = id
			t = lookup(w, s, utf8.RuneCountInString(s), fnv(s))
			w.word = -1
			known[id] = t + 1
		}
		w.countToken(t, n)
	}
}

// countToken counts a token n times.
func (w *worker) countToken(id int32, n int32) {
	t := &w.toks[id]
	t.n += n
	w.tokens += int(n)
	if t.last != w.seq {
		t.last = w.seq
		w.docToks = append(w.docToks, id)
	}
	if t.form >= 0 {
		w.counted += int(n)
	}
}

// lookup finds a token's id, adding it when new. Each language has its
// own tokens: "is" is counted as an English or a Finnish word.
func lookup[T string | []byte](w *worker, tok T, runes int, hash uint64) int32 {
	id, isNew := find(&w.table, tok, hash^uint64(w.lang)*0x9e3779b97f4a7c15)
	if isNew {
		w.toks = append(w.toks, w.newToken(w.table.texts[id], runes))
	}
	return id
}

// reserve makes room for n more tokens, so a count of packed tallies,
// which knows its number of words, does not grow its tables step by step.
func (w *worker) reserve(n int) {
	w.table.reserve(n)
	w.toks = slices.Grow(w.toks, len(w.toks)+n)
	w.forms = slices.Grow(w.forms, len(w.forms)+n)
}

// newToken decides once per distinct token whether and as what it counts.
func (w *worker) newToken(tok string, runes int) tokenInfo {
	c := w.c
	info := tokenInfo{form: -1}
	if !(c.stop[tok] && !c.keep[tok]) {
		form := w.form(tok)
		if (c.keep[tok] || c.keep[form] || !c.stopForm(form, w.lang)) && formLen(form, tok, runes) >= c.o.MinLen {
			fi, isNew := find(&w.formIdx, form, fnv(form))
			if isNew {
				w.forms = append(w.forms, formInfo{})
			}
			info.form = fi
		}
	}
	return info
}

// formLen is the length of a token's form in letters; the token's own
// when it is counted as written.
func formLen(form, tok string, runes int) int {
	if form == tok {
		return runes
	}
	return utf8.RuneCountInString(form)
}

// form is the form of a token, from the kept forms when it is a word of
// a packed tally and they have it; a form asked of Forms is kept.
func (w *worker) form(tok string) string {
	k := w.kept[w.lang]
	if k == nil || w.word < 0 {
		return w.c.forms.Form(tok, w.lang)
	}
	if f := k.get(w.word); f != "" {
		return f
	}
	f := w.c.forms.Form(tok, w.lang)
	if f != "" && !strings.Contains(f, "\n") {
		k.set(w.word, w.words.Len(), f)
	}
	return f
}

// byteRanges turns sorted code-point ranges into byte ranges of s in one
// pass.
func byteRanges(s string, rs []Range) []Range {
	out := make([]Range, 0, len(rs))
	c := cursor{s: s}
	for _, r := range rs {
		start := c.advance(max(r.Start, 0))
		if end := c.advance(r.End); end > start {
			out = append(out, Range{Start: start, End: end})
		}
	}
	return out
}

// cursor walks a text's code points and bytes together, forward only.
type cursor struct {
	s     string
	cp, b int
}

// advance moves to code point to (or the end of the text) and returns its
// byte offset.
func (c *cursor) advance(to int) int {
	for c.cp < to && c.b < len(c.s) {
		if c.s[c.b] < utf8.RuneSelf {
			c.b++
		} else {
			_, size := utf8.DecodeRuneInString(c.s[c.b:])
			c.b += size
		}
		c.cp++
	}
	return c.b
}
