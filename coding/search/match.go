package search

import (
	"slices"
	"strings"
	"unicode/utf8"

	"teema/coding/units"
	"teema/coding/wordfreq"
)

// Parts gives the base forms of a compound word's parts
// (asiakaskokemuksen: asiakas, kokemus), nil for a word that is not a
// compound: Voikko's WORDBASES.
type Parts interface {
	Parts(word string) []string
}

// Options say how a query's words match the transcripts' words.
type Options struct {
	Forms wordfreq.Forms // raw, stems or base forms

	// Compounds lets a word match the parts of compounds too: asiakas
	// finds asiakaskokemus and kanta-asiakas. Parts gives the parts; with
	// none (no Voikko), a word matches the words its stem is inside of.
	Compounds bool
	Parts     Parts

	Scope   units.Kind // the unit a group's words share, unless the query names one
	Context int        // code points of text shown either side of a hit
}

// minInside is the shortest stem found inside other words without Voikko:
// shorter ones are inside too many.
const minInside = 4

// bitset is a set of word numbers.
type bitset []uint64

func newBitset(n int) bitset { return make(bitset, (n+63)/64) }

func (b bitset) set(id int32) { b[id>>6] |= 1 << (id & 63) }

func (b bitset) has(id int32) bool { return int(id>>6) < len(b) && b[id>>6]&(1<<(id&63)) != 0 }

// matchWord is the set of words of the vocabulary a query word matches in
// a text of lang.
func (v *vocab) matchWord(w Word, o Options, lang wordfreq.Lang) bitset {
	m := newBitset(len(v.words))
	targets := []string{w.Text}
	if f := o.Forms.Form(w.Text, lang); f != w.Text && f != "" && !w.Prefix {
		targets = append(targets, f)
	}
	var cands []int32
	for _, t := range targets {
		cands = append(cands, v.withFirst(t)...)
	}
	forms := v.formsOf(o.Forms, lang, cands)
	for _, id := range cands {
		if matches(w, targets, v.words[id], forms[id]) {
			m.set(id)
		}
	}
	if o.Compounds {
		v.matchParts(m, w, targets, o, lang)
	}
	return m
}

// matches reports whether a word (its token and its form) is the query
// word, or begins with it.
func matches(w Word, targets []string, tok, form string) bool {
	if w.Prefix {
		return strings.HasPrefix(tok, w.Text) || strings.HasPrefix(form, w.Text)
	}
	for _, t := range targets {
		if tok == t || form == t {
			return true
		}
	}
	return false
}

// matchParts adds the compounds with a part that is the query word: by
// Voikko's analysis of the word, and for hyphenated words by each part's
// own form. A compound's base form holds its parts as written (työajan is
// työaika), so only the words whose form or token holds the query word's
// first letters are analysed: Voikko takes some 20 µs a word.
func (v *vocab) matchParts(m bitset, w Word, targets []string, o Options, lang wordfreq.Lang) {
	if o.Parts == nil {
		v.matchInside(m, w, o, lang)
		return
	}
	all := v.all()
	forms := v.formsOf(o.Forms, lang, all)
	// A base form's parts are its inflected forms' parts: asiakaspalvelun,
	// asiakaspalvelussa and asiakaspalveluista are analysed once, as
	// asiakaspalvelu. Stems are no words to analyse.
	analysed := v.words
	if o.Forms.Name() == "lemma" {
		analysed = forms
	}
	var cands []int32
	var words []string
	for _, id := range all {
		if !m.has(id) && (holdsStart(v.words[id], targets) || holdsStart(forms[id], targets)) {
			cands = append(cands, id)
			words = append(words, analysed[id])
		}
	}
	v.partsOf(o.Parts, words)
	for _, id := range cands {
		parts := slices.Clip(v.parts[analysed[id]]) // appended to: the kept parts stay as they are
		for _, p := range strings.Split(v.words[id], "-") {
			if p != "" && p != v.words[id] {
				parts = append(parts, p, o.Forms.Form(p, lang))
			}
		}
		for _, p := range parts {
			if matches(w, targets, p, p) {
				m.set(id)
				break
			}
		}
	}
}

// matchInside adds, without Voikko, the words the query word's stem is
// inside of: a rougher guess at compounds, which says so (study).
func (v *vocab) matchInside(m bitset, w Word, o Options, lang wordfreq.Lang) {
	stem := wordfreq.Stems().Form(w.Text, lang)
	if w.Prefix {
		stem = w.Text
	}
	if utf8.RuneCountInString(stem) < minInside {
		return
	}
	for id, tok := range v.words {
		if strings.Contains(tok, stem) {
			m.set(int32(id))
		}
	}
}

// startRunes is how many of a query word's first letters a compound
// holding it must hold too: enough to rule out most words, few enough to
// pass the stem of a part a compound writes in another form
// (kansalais- for kansalainen).
const startRunes = 5

// holdsStart reports whether s holds the first letters of a target.
func holdsStart(s string, targets []string) bool {
	for _, t := range targets {
		end := 0
		for range startRunes {
			if end < len(t) {
				_, size := utf8.DecodeRuneInString(t[end:])
				end += size
			}
		}
		if strings.Contains(s, t[:end]) {
			return true
		}
	}
	return false
}
