package search

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"teema/coding/units"
	"teema/coding/wordfreq"
	"teema/message"
)

// maxTerms bounds the words of a query, so that no query makes a search
// slow.
const maxTerms = 50

// lexeme is a word of the query as typed: a word, a phrase in quotes, an
// operator; n is its number in the query, from 1.
type lexeme struct {
	text   string
	n      int
	phrase bool
	omit   bool
}

// Parse reads a query. Its mistakes are message errors (ErrQuery) naming
// the word at fault.
func Parse(s string) (Query, error) {
	lex, err := lexQuery(s)
	if err != nil {
		return Query{}, err
	}
	var q Query
	if lex, err = q.scope(lex); err != nil {
		return Query{}, err
	}
	if len(lex) == 0 {
		return Query{}, errEmpty.New(nil)
	}
	var b groupBuilder
	for i := range lex {
		l := &lex[i]
		if isOr(*l) {
			g, err := b.end(l)
			if err != nil {
				return Query{}, err
			}
			q.Groups = append(q.Groups, g)
			continue
		}
		if err := b.add(l); err != nil {
			return Query{}, err
		}
	}
	g, err := b.end(b.or)
	if err != nil {
		return Query{}, err
	}
	q.Groups = append(q.Groups, g)
	if q.words() > maxTerms {
		return Query{}, errTooMany.New(message.Args{"Limit": maxTerms})
	}
	return q, nil
}

// words counts the words of every term.
func (q Query) words() int {
	n := 0
	for _, g := range q.Groups {
		for _, ts := range [][]Term{g.Find, g.Omit} {
			for _, t := range ts {
				n += len(t.Words)
			}
		}
	}
	return n
}

// In is the unit the query's words share: the one it named, or def.
func (q Query) In(def units.Kind) units.Kind {
	if q.Scoped {
		return q.Scope
	}
	return def
}

func isOr(l lexeme) bool { return !l.phrase && !l.omit && (l.text == "OR" || l.text == "TAI") }

// groupBuilder collects the terms of a group up to the next OR.
type groupBuilder struct {
	g         Group
	firstOmit *lexeme // the first word the group leaves out
	or        *lexeme // the OR before the group
}

func (b *groupBuilder) add(l *lexeme) error {
	t, err := l.term()
	if err != nil {
		return err
	}
	if !l.omit {
		b.g.Find = append(b.g.Find, t)
		return nil
	}
	if b.firstOmit == nil {
		b.firstOmit = l
	}
	b.g.Omit = append(b.g.Omit, t)
	return nil
}

// end ends the group at or (the OR after it; the one before it when the
// query ends), saying what is wrong with it, and starts the next.
func (b *groupBuilder) end(or *lexeme) (Group, error) {
	g, omit := b.g, b.firstOmit
	*b = groupBuilder{or: or}
	switch {
	case len(g.Find) == 0 && omit != nil:
		return g, errOnlyOmit.New(message.Args{"Word": "-" + omit.text, "N": omit.n})
	case len(g.Find) == 0 && or != nil:
		return g, errLoneOr.New(message.Args{"Word": or.text, "N": or.n})
	case len(g.Find) == 0:
		return g, errEmpty.New(nil)
	}
	return g, nil
}

// scope takes "IN unit" off the end of the query.
func (q *Query) scope(lex []lexeme) ([]lexeme, error) {
	for i, l := range lex {
		if l.phrase || l.omit || l.text != "IN" {
			continue
		}
		if i != len(lex)-2 {
			return nil, errInLast.New(message.Args{"N": l.n})
		}
		k, ok := units.Parse(lex[i+1].text)
		if !ok || k == units.Hit || lex[i+1].phrase || lex[i+1].omit {
			return nil, errScope.New(message.Args{"Word": lex[i+1].text, "N": lex[i+1].n})
		}
		q.Scope, q.Scoped = k, true
		return lex[:i], nil
	}
	return lex, nil
}

// term reads a word or a phrase into the words it is made of, as the
// transcripts' words are tokenised: "kanta-asiakas" is one word,
// "asiakas/kunta" two, one after the other.
func (l lexeme) term() (Term, error) {
	t := Term{Text: l.text}
	if l.phrase {
		t.Text = `"` + l.text + `"`
	}
	for _, part := range strings.Fields(l.text) {
		words, err := l.words(part)
		if err != nil {
			return Term{}, err
		}
		t.Words = append(t.Words, words...)
	}
	if len(t.Words) == 0 && l.phrase {
		return Term{}, errEmptyPhrase.New(message.Args{"N": l.n})
	}
	return t, nil
}

// words tokenises one word as typed; a * may end it.
func (l lexeme) words(part string) ([]Word, error) {
	args := message.Args{"Word": part, "N": l.n}
	body, prefix := strings.CutSuffix(part, "*")
	if strings.Contains(body, "*") {
		return nil, errStar.New(args)
	}
	var out []Word
	wordfreq.ScanTokens(body, false, func(tok []byte, _, _ int) { out = append(out, Word{Text: string(tok)}) })
	if len(out) == 0 {
		return nil, errNoLetters.New(args)
	}
	if prefix {
		last := &out[len(out)-1]
		if utf8.RuneCountInString(last.Text) < 2 || !endsInLetter(body) {
			return nil, errShortPrefix.New(args)
		}
		last.Prefix = true
	}
	return out, nil
}

func endsInLetter(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return unicode.IsLetter(r)
}

// quotes are the marks a phrase may open and close with: typed, or put in
// by a word processor.
const quotes = "\"“”„"

// lexQuery cuts a query into words, phrases and operators. A - before a
// word or phrase leaves it out.
func lexQuery(s string) ([]lexeme, error) {
	var out []lexeme
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			i += size
			continue
		}
		l := lexeme{n: len(out) + 1}
		if r == '-' && i+size < len(s) {
			if next, _ := utf8.DecodeRuneInString(s[i+size:]); !unicode.IsSpace(next) {
				l.omit = true
				i += size
				r, size = utf8.DecodeRuneInString(s[i:])
			}
		}
		if strings.ContainsRune(quotes, r) {
			end := strings.IndexAny(s[i+size:], quotes)
			if end < 0 {
				first, _, _ := strings.Cut(strings.TrimSpace(s[i:]), " ")
				return nil, errQuote.New(message.Args{"Word": first, "N": l.n})
			}
			l.text, l.phrase = strings.TrimSpace(s[i+size:i+size+end]), true
			i += size + end
			_, closing := utf8.DecodeRuneInString(s[i:])
			i += closing
		} else {
			end := strings.IndexFunc(s[i:], func(r rune) bool { return unicode.IsSpace(r) || strings.ContainsRune(quotes, r) })
			if end < 0 {
				end = len(s) - i
			}
			l.text = s[i : i+end]
			i += end
		}
		out = append(out, l)
	}
	return out, nil
}
