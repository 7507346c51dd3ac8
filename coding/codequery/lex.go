package codequery

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"teema/message"
)

// lexeme is a word of a query as typed; n is its number, from 1.
type lexeme struct {
	text   string
	n      int
	quoted bool
}

// keywords are the operators, English and Finnish, in capitals: "ja" and
// "tai" in lower case may be words of a code's name.
var keywords = map[string]string{
	"AND": "AND", "JA": "AND",
	"OR": "OR", "TAI": "OR",
	"NOT": "NOT", "EI": "NOT",
	"IN":    "IN",
	"WHERE": "WHERE", "MISSÄ": "WHERE",
	"(": "(", ")": ")",
}

// keyword is the operator a lexeme is, "" for a word.
func (l lexeme) keyword() string {
	if l.quoted {
		return ""
	}
	return keywords[l.text]
}

// quotes open and close a name with spaces or operators in it.
const quotes = "\"“”„"

// lex cuts a query into words, quoted names and parentheses.
func lex(s string) ([]lexeme, error) {
	var out []lexeme
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		l := lexeme{n: len(out) + 1}
		switch {
		case unicode.IsSpace(r):
			i += size
			continue
		case r == '(' || r == ')':
			l.text = string(r)
			i += size
		case strings.ContainsRune(quotes, r):
			end := strings.IndexAny(s[i+size:], quotes)
			if end < 0 {
				first, _, _ := strings.Cut(strings.TrimSpace(s[i:]), " ")
				return nil, errQuote.New(message.Args{"Word": first, "N": l.n})
			}
			l.text, l.quoted = strings.TrimSpace(s[i+size:i+size+end]), true
			i += size + end
			_, closing := utf8.DecodeRuneInString(s[i:])
			i += closing
		default:
			end := strings.IndexFunc(s[i:], func(r rune) bool {
				return unicode.IsSpace(r) || r == '(' || r == ')' || strings.ContainsRune(quotes, r)
			})
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
