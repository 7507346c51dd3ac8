package pseudonym

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// find is a stretch of a word that may be a name: the whole word, or the
// name inside a compound ("Kati" in "Kati-tädille", "helsinki" in
// "helsinkiläisille").
type find struct {
	start, end int    // code points in the text
	form       string // as written
	word       string // the whole word it is in: "Kati-tädille"
	base       string // the name's base form: "Kati"
	kind       Kind
	infl       inflection // the form's case and number, for the replacement's ending
	affix      string     // a derivational ending after a name ("läisille"), part of the stretch
	sure       bool       // Voikko names it
	ambiguous  bool       // the form may be a common word here
	weak       bool       // a word Voikko does not know, capitalised perhaps only as it opens a sentence
}

// finder tells the names in words by their readings, reading each form
// once: a form recurs hundreds of times in a project. It is not safe for
// concurrent use.
type finder struct {
	a    Analyser
	seen map[form][]find // a form's finds, as if it began the text
}

// form is a word as written, and whether it opens a sentence.
type form struct {
	text  string
	opens bool
}

func newFinder(a Analyser) finder { return finder{a: a, seen: map[form][]find{}} }

func (f finder) readings(word string) []Reading {
	if f.a == nil {
		return nil
	}
	return f.a(word)
}

// finds are the names a word may hold.
func (f finder) finds(t token) []find {
	k := form{t.text, t.sentenceStart}
	fds, ok := f.seen[k]
	if !ok {
		fds = f.read(token{end: t.end - t.start, text: t.text, sentenceStart: t.sentenceStart})
		f.seen[k] = fds
	}
	out := make([]find, len(fds))
	for i, fd := range fds {
		fd.start += t.start
		fd.end += t.start
		out[i] = fd
	}
	return out
}

// read finds the names of a word read afresh.
func (f finder) read(t token) []find {
	if stem, ending, ok := strings.Cut(t.text, ":"); ok {
		return f.colonForm(t, stem, ending)
	}
	all := f.readings(t.text)
	var fitting []Reading
	for _, r := range all {
		if fits(r.Structure, t.text, t.sentenceStart) {
			fitting = append(fitting, r)
		}
	}
	if fd, ok := wholeName(t, fitting); ok {
		return []find{fd}
	}
	if fds := f.partNames(t, fitting); len(fds) > 0 {
		return fds
	}
	if strings.ContainsAny(t.text, "-\u2010\u2011") {
		return f.hyphenParts(t)
	}
	if len(fitting) == 0 && capitalised(t.text) && utf8.RuneCountInString(t.text) > 1 && !strings.ContainsFunc(t.text, unicode.IsDigit) {
		return []find{capitalisedWord(t, all)}
	}
	return nil
}

// wholeName is the word as a name when a name's reading fits it.
func wholeName(t token, fitting []Reading) (find, bool) {
	for _, r := range fitting {
		if r.names() {
			return find{start: t.start, end: t.end, form: t.text, word: t.text, base: r.Base, kind: classKinds[r.Class],
				infl: inflectionOf(r), sure: true, ambiguous: anyPlain(fitting)}, true
		}
	}
	return find{}, false
}

func anyPlain(rs []Reading) bool {
	for _, r := range rs {
		if r.plain() {
			return true
		}
	}
	return false
}

// capitalisedWord is a capitalised word Voikko names nothing by: unknown,
// or known only written small ("Kelan" as kela).
func capitalisedWord(t token, all []Reading) find {
	fd := find{start: t.start, end: t.end, form: t.text, word: t.text, base: t.text, kind: Word, weak: t.sentenceStart}
	if len(all) > 0 {
		fd.base, fd.infl = capitalise(all[0].Base), inflectionOf(all[0])
	}
	return fd
}

// hyphenParts are the names in the parts of a hyphenated word Voikko does
// not know as a whole ("Calpro-johtaja", "Kela-korvaus").
func (f finder) hyphenParts(t token) []find {
	var out []find
	off := t.start
	for i, p := range strings.FieldsFunc(t.text, func(r rune) bool { return strings.ContainsRune("-\u2010\u2011", r) }) {
		n := utf8.RuneCountInString(p)
		for _, fd := range f.finds(token{start: off, end: off + n, text: p, sentenceStart: t.sentenceStart && i == 0}) {
			fd.word = t.text
			out = append(out, fd)
		}
		off += n + 1
	}
	return out
}

// colonForm is a name with its ending after a colon ("Kati:lle",
// "Calpro:n"), as the text may already write one.
func (f finder) colonForm(t token, stem, ending string) []find {
	sub := token{start: t.start, end: t.start + utf8.RuneCountInString(stem), text: stem, sentenceStart: t.sentenceStart}
	fds := f.finds(sub)
	if len(fds) != 1 || fds[0].start != sub.start || fds[0].end != sub.end {
		return nil
	}
	fd := fds[0]
	fd.end, fd.form, fd.word = t.end, t.text, t.text
	fd.infl, _ = endingInflection(stem, ending)
	return []find{fd}
}
