package codequery

import (
	"strings"

	"teema/coding"
	"teema/coding/units"
	"teema/message"
)

// Limits that keep any query, however typed, quick to read and answer.
const (
	maxDepth = 50
	maxCodes = 100
)

// parser reads a query's lexemes, one at a time.
type parser struct {
	lex   []lexeme
	at    int
	depth int
	book  *coding.CodeBook
	q     *Query
}

// Parse reads a coding query, finding its codes in book. Its mistakes
// are message errors (ErrQuery) naming the word at fault.
func Parse(s string, book *coding.CodeBook) (Query, error) {
	lx, err := lex(s)
	if err != nil {
		return Query{}, err
	}
	if len(lx) == 0 {
		return Query{}, errEmpty.New(nil)
	}
	q := Query{Text: strings.TrimSpace(s), Scope: units.Hit}
	p := &parser{lex: lx, book: book, q: &q}
	if q.expr, err = p.or(); err != nil {
		return Query{}, err
	}
	if err := p.tail(); err != nil {
		return Query{}, err
	}
	return q, nil
}

func (p *parser) peek() (lexeme, bool) {
	if p.at >= len(p.lex) {
		return lexeme{}, false
	}
	return p.lex[p.at], true
}

func (p *parser) is(keyword string) bool {
	l, ok := p.peek()
	return ok && l.keyword() == keyword
}

// or reads codes joined by OR.
func (p *parser) or() (expr, error) {
	left, err := p.and()
	for err == nil && p.is("OR") {
		p.at++
		var right expr
		if right, err = p.and(); err == nil {
			left = or{left, right}
		}
	}
	return left, err
}

// and reads codes joined by AND, AND NOT or NOT; the first may not be
// taken away.
func (p *parser) and() (expr, error) {
	if p.is("NOT") {
		return nil, errNotAlone.New(message.Args{"N": p.lex[p.at].n})
	}
	left, err := p.atom()
	for err == nil && (p.is("AND") || p.is("NOT")) {
		not := p.is("NOT")
		p.at++
		if !not && p.is("NOT") {
			not = true
			p.at++
		}
		var right expr
		if right, err = p.atom(); err == nil {
			left = and{l: left, r: right, not: not}
		}
	}
	return left, err
}

// atom reads a code or a query in parentheses.
func (p *parser) atom() (expr, error) {
	l, ok := p.peek()
	switch {
	case !ok:
		last := p.lex[len(p.lex)-1]
		return nil, errMissingEnd.New(message.Args{"Word": last.text, "N": last.n})
	case l.keyword() == "(":
		return p.group(l)
	case l.keyword() != "":
		return nil, errMissingCode.New(message.Args{"Word": l.text, "N": l.n})
	}
	return p.code()
}

// group reads a query in parentheses.
func (p *parser) group(open lexeme) (expr, error) {
	if p.depth++; p.depth > maxDepth {
		return nil, errTooDeep.New(message.Args{"Limit": maxDepth})
	}
	p.at++
	e, err := p.or()
	if err != nil {
		return nil, err
	}
	if !p.is(")") {
		return nil, errUnclosed.New(message.Args{"N": open.n})
	}
	p.at++
	p.depth--
	return e, nil
}

// code reads the words of a code's path or name, up to the next operator.
func (p *parser) code() (expr, error) {
	first := p.lex[p.at]
	var words []string
	for l, ok := p.peek(); ok && l.keyword() == ""; l, ok = p.peek() {
		words = append(words, l.text)
		p.at++
		if l.quoted {
			break
		}
	}
	if len(p.q.Codes) >= maxCodes {
		return nil, errTooMany.New(message.Args{"Limit": maxCodes})
	}
	c, err := find(p.book, strings.Join(words, " "), first.n)
	if err != nil {
		return nil, err
	}
	p.q.Codes = append(p.q.Codes, c.ID)
	return code{c.ID}, nil
}

// tail reads what follows the codes: IN and a unit, WHERE and conditions.
func (p *parser) tail() error {
	if p.is("IN") {
		in := p.lex[p.at]
		p.at++
		l, ok := p.peek()
		if !ok {
			return errNoUnit.New(message.Args{"N": in.n})
		}
		k, known := units.Parse(l.text)
		if !known || l.quoted {
			return errUnit.New(message.Args{"Word": l.text, "N": l.n})
		}
		p.q.Scope = k
		p.at++
	}
	if p.is("WHERE") {
		p.at++
		return p.where()
	}
	if l, ok := p.peek(); ok {
		if l.keyword() == ")" {
			return errUnopened.New(message.Args{"N": l.n})
		}
		return errOutOfPlace.New(message.Args{"Word": l.text, "N": l.n})
	}
	return nil
}

// where reads KEY=VALUE conditions joined by AND; a value may list
// several, comma-separated.
func (p *parser) where() error {
	p.q.Where = map[string][]string{}
	for {
		first, ok := p.peek()
		if !ok {
			before := p.lex[p.at-1]
			return errNoCondition.New(message.Args{"Word": before.text, "N": before.n})
		}
		var words []string
		for l, ok := p.peek(); ok && !p.is("AND"); l, ok = p.peek() {
			words = append(words, l.text)
			p.at++
		}
		key, values, found := strings.Cut(strings.Join(words, " "), "=")
		key = strings.TrimSpace(key)
		if !found || key == "" {
			return errWhere.New(message.Args{"Word": first.text, "N": first.n})
		}
		for _, v := range strings.Split(values, ",") {
			p.q.Where[key] = append(p.q.Where[key], strings.TrimSpace(v))
		}
		if !p.is("AND") {
			return nil
		}
		p.at++
	}
}
