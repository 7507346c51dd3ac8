package pseudonym

import (
	"slices"
	"strings"
)

// Replaced is one form of an original replaced in a text.
type Replaced struct {
	Start, End int    // the stretch replaced, in code points
	Form       string // as it was written: "Katille"
	Insert     string // what replaced it: "H2:lle"
	Original   string // the key's word it is a form of: "Kati"
}

// Replacer replaces every form of a key's originals. It is not safe for
// concurrent use.
type Replacer struct {
	f       finder
	words   map[string]string   // an original of one word → its replacement
	phrases []phrase            // originals of several words, the longest first
	seen    map[form][]Replaced // a word's replacements, as if it began the text
}

// phrase is an original of several words: its last word may be inflected
// ("Kati Virtaselle"), the others are as written.
type phrase struct {
	words                 []string
	original, replacement string
}

// NewReplacer replaces the originals of a checked key (Key.Check); a is
// Voikko, or nil without it.
func NewReplacer(k Key, a Analyser) *Replacer {
	r := &Replacer{f: newFinder(a), words: map[string]string{}, seen: map[form][]Replaced{}}
	for _, e := range k {
		if ws := strings.Fields(e.Original); len(ws) > 1 {
			r.phrases = append(r.phrases, phrase{words: ws, original: e.Original, replacement: e.Replacement})
		} else {
			r.words[e.Original] = e.Replacement
		}
	}
	slices.SortStableFunc(r.phrases, func(a, b phrase) int { return len(b.words) - len(a.words) })
	return r
}

// Find lists the replacements of a text in order; they never overlap.
func (r *Replacer) Find(text string) []Replaced {
	rs := []rune(text)
	toks := tokenize(text)
	var out []Replaced
	for i := 0; i < len(toks); i++ {
		if m, n, ok := r.phraseAt(rs, toks, i); ok {
			out = append(out, m)
			i += n - 1
			continue
		}
		out = append(out, r.matches(toks[i])...)
	}
	return out
}

// matches are the replacements of a word by the originals of one word,
// found once per form.
func (r *Replacer) matches(t token) []Replaced {
	k := form{t.text, t.sentenceStart}
	ms, ok := r.seen[k]
	if !ok {
		ms = r.wordMatches(token{end: t.end - t.start, text: t.text, sentenceStart: t.sentenceStart}, r.lookup)
		r.seen[k] = ms
	}
	out := make([]Replaced, len(ms))
	for i, m := range ms {
		m.Start += t.start
		m.End += t.start
		out[i] = m
	}
	return out
}

// Replace returns the text with every replacement made.
func (r *Replacer) Replace(text string) (string, []Replaced) {
	ms := r.Find(text)
	if len(ms) == 0 {
		return text, nil
	}
	rs := []rune(text)
	var b strings.Builder
	at := 0
	for _, m := range ms {
		b.WriteString(string(rs[at:m.Start]))
		b.WriteString(m.Insert)
		at = m.End
	}
	b.WriteString(string(rs[at:]))
	return b.String(), ms
}

// lookup is the key's original of one word that base is, and its
// replacement.
func (r *Replacer) lookup(base string) (string, string, bool) {
	rep, ok := r.words[base]
	return base, rep, ok
}

// wordMatches are the replacements of a word: the names Voikko finds in
// it, else a reading of it as a whole, else the word as an original with
// an ending kept as written ("Calprolla").
func (r *Replacer) wordMatches(t token, lookup func(string) (string, string, bool)) []Replaced {
	var out []Replaced
	for _, fd := range r.f.finds(t) {
		if m, ok := replaceFind(fd, lookup); ok {
			out = append(out, m)
		}
	}
	if len(out) > 0 {
		return out
	}
	if m, ok := r.readingMatch(t, lookup); ok {
		return []Replaced{m}
	}
	if m, ok := endingMatch(t.start, t.end, t.text, lookup); ok {
		return []Replaced{m}
	}
	return nil
}

// replaceFind replaces a find whose base is an original, or which is an
// unknown word that is an original with an ending.
func replaceFind(fd find, lookup func(string) (string, string, bool)) (Replaced, bool) {
	if orig, rep, ok := lookup(fd.base); ok {
		insert := inflect(rep, fd.infl) + harmonise(fd.affix, voiceOf(rep).front)
		return Replaced{Start: fd.start, End: fd.end, Form: fd.form, Insert: insert, Original: orig}, true
	}
	if fd.kind == Word && fd.base == fd.form {
		return endingMatch(fd.start, fd.end, fd.form, lookup)
	}
	return Replaced{}, false
}

// readingMatch replaces a word any of whose fitting readings has an
// original for its base form, such as "Kela" opening a sentence, which
// Voikko reads as the common word kela. An original with a capital
// replaces only words with one.
func (r *Replacer) readingMatch(t token, lookup func(string) (string, string, bool)) (Replaced, bool) {
	for _, rd := range r.f.readings(t.text) {
		if !fits(rd.Structure, t.text, t.sentenceStart) {
			continue
		}
		for _, base := range []string{rd.Base, capitalise(rd.Base)} {
			orig, rep, ok := lookup(base)
			if ok && (!capitalised(orig) || capitalised(t.text)) {
				return Replaced{Start: t.start, End: t.end, Form: t.text, Insert: inflect(rep, inflectionOf(rd)), Original: orig}, true
			}
		}
	}
	return Replaced{}, false
}

// endingMatch replaces a word that is an original as written, or one
// with a regular ending, perhaps after a colon ("Calpro:n").
func endingMatch(start, end int, word string, lookup func(string) (string, string, bool)) (Replaced, bool) {
	if orig, rep, ok := lookup(word); ok {
		return Replaced{Start: start, End: end, Form: word, Insert: rep, Original: orig}, true
	}
	stem, in, ok := splitEnding(strings.Replace(word, ":", "", 1), func(s string) bool { _, _, ok := lookup(s); return ok })
	if !ok || strings.Contains(word, ":") && !strings.HasPrefix(word, stem+":") {
		return Replaced{}, false
	}
	orig, rep, _ := lookup(stem)
	return Replaced{Start: start, End: end, Form: word, Insert: inflect(rep, in), Original: orig}, true
}

// phraseAt replaces an original of several words starting at toks[i]:
// its words but the last as written, one space or tab apart, the last
// in any form.
func (r *Replacer) phraseAt(rs []rune, toks []token, i int) (Replaced, int, bool) {
	for _, p := range r.phrases {
		n := len(p.words)
		if i+n > len(toks) || !p.startsAt(rs, toks[i:i+n]) {
			continue
		}
		last := toks[i+n-1]
		lookup := func(base string) (string, string, bool) { return p.original, p.replacement, base == p.words[n-1] }
		ms := r.wordMatches(last, lookup)
		if len(ms) != 1 || ms[0].Start != last.start || ms[0].End != last.end {
			continue
		}
		return Replaced{Start: toks[i].start, End: last.end, Form: string(rs[toks[i].start:last.end]),
			Insert: ms[0].Insert, Original: p.original}, n, true
	}
	return Replaced{}, 0, false
}

// startsAt says whether toks hold the phrase's words but the last, on one line.
func (p phrase) startsAt(rs []rune, toks []token) bool {
	for k := 0; k < len(toks)-1; k++ {
		gap := string(rs[toks[k].end:toks[k+1].start])
		if toks[k].text != p.words[k] || gap == "" || strings.Trim(gap, " \t") != "" {
			return false
		}
	}
	return true
}
