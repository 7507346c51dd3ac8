package wordfreq

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"teema/coding"
)

// Line is one place where a word of a count occurs, with some text either
// side: a line of a concordance (keyword in context).
type Line struct {
	DocID      int64
	Start, End int    // the token in its text, in code points
	Left       string // the text before the token, on one line
	Token      string // the token as written
	Right      string // the text after it, on one line
}

// Concordance finds the tokens that a count counted under one word. It
// tokenises as Count does (Options.Numbers, PlainTokens, hyphens and
// apostrophes, only inside a Text's Ranges) and decides what each token
// counts as the way Count does (forms, stop words, MinLen), so a word
// counted n times has n lines. It is not safe for concurrent use.
type Concordance struct {
	word    string
	tokens  map[string]bool // the word's forms: only these can count under it
	context int
	tok     tokenizer
	w       *worker            // decides what a token counts as
	under   map[langToken]bool // what w decided, per token and language
}

type langToken struct {
	lang  Lang
	token string
}

// NewConcordance finds word, a Word of a Result counted with o, with
// context code points of text either side.
func NewConcordance(word Word, o Options, context int) *Concordance {
	c := &Concordance{word: word.Word, tokens: map[string]bool{}, context: context,
		tok: tokenizer{numbers: o.Numbers, plain: o.PlainTokens}, w: newWorker(compile(o)), under: map[langToken]bool{}}
	for _, f := range word.Forms {
		c.tokens[f] = true
	}
	return c
}

// Lines returns the word's lines in t, at most limit of them (all when
// limit <= 0), in text order.
func (c *Concordance) Lines(t Text, limit int) []Line {
	lang := t.Lang
	if lang == Auto || lang >= numLangs {
		lang = DetectLang(t.Text)
	}
	s := t.Text
	ranges := []Range{{Start: 0, End: len(s)}}
	if t.Ranges != nil {
		ranges = byteRanges(s, coding.Union(t.Ranges))
	}
	var out []Line
	var cp codePoints
	for _, r := range ranges {
		c.tok.scanAt(s, r.Start, r.End, func(tok []byte, start, end int) {
			// Looking the token up as string(tok) costs no copy.
			if limit > 0 && len(out) >= limit || !c.tokens[string(tok)] || !c.counts(string(tok), utf8.RuneCount(tok), lang) {
				return
			}
			out = append(out, Line{DocID: t.DocID, Start: cp.at(s, start), End: cp.at(s, end),
				Left: flat(s[coding.RunesBack(s, start, c.context):start]), Token: s[start:end], Right: flat(s[end:coding.RunesAhead(s, end, c.context)])})
		})
	}
	return out
}

// counts reports whether a token of the word's forms counts under it in
// a text of lang, asking the count's own rules once per token and
// language: a form of one language's word may be another's stop word.
func (c *Concordance) counts(tok string, runes int, lang Lang) bool {
	k := langToken{lang, tok}
	if under, ok := c.under[k]; ok {
		return under
	}
	c.w.lang = lang
	info := c.w.newToken(tok, runes)
	under := info.form >= 0 && c.w.formIdx.texts[info.form] == c.word
	c.under[k] = under
	return under
}

// scanAt is scan with each token's place in s, its first byte and the
// byte after it. scan emits the tokens that start in s[from:to] in order;
// each starts at the first rune that can begin a token (a letter, or a
// digit with numbers) and does not continue one, which is where scan
// itself began it.
func (t *tokenizer) scanAt(s string, from, to int, emit func(tok []byte, start, end int)) {
	at := from
	t.scan(s, from, to, func(tok []byte, runes int, _ uint64) {
		for at < len(s) {
			r, size := utf8.DecodeRuneInString(s[at:])
			if t.wordRune(r) && !t.inToken(s, at) {
				break
			}
			at += size
		}
		start := at
		for range runes {
			_, size := utf8.DecodeRuneInString(s[at:])
			at += size
		}
		emit(tok, start, at)
	})
}

// codePoints turns byte offsets of a text, asked in increasing order, into
// code-point offsets in one pass.
type codePoints struct{ b, cp int }

func (c *codePoints) at(s string, b int) int {
	c.cp += utf8.RuneCountInString(s[c.b:b])
	c.b = b
	return c.cp
}

// flat puts a stretch of text on one line.
func flat(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return ' '
		}
		return r
	}, s)
}
