package pseudonym

import (
	"strings"
	"unicode"
)

// token is a word of a text: letters and digits, with a hyphen, an
// apostrophe or a colon and an ending inside it ("Kati-täti", "vaa'an",
// "EU:n").
type token struct {
	start, end    int // code points
	text          string
	sentenceStart bool // it opens a sentence, a line or a speaker's turn
}

// maxColonEnding is the longest ending written after a colon ("H2:ltakin").
const maxColonEnding = 8

// tokenize finds the words of a text and whether each opens a sentence.
func tokenize(text string) []token {
	rs := []rune(text)
	var out []token
	opening := true // the next word opens a sentence
	for i := 0; i < len(rs); {
		if !wordRune(rs[i]) {
			opening = opensSentence(rs[i], opening)
			i++
			continue
		}
		j := wordEnd(rs, i)
		out = append(out, token{start: i, end: j, text: string(rs[i:j]), sentenceStart: opening})
		opening = false
		i = j
	}
	return out
}

func wordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// wordEnd is where the word starting at i ends.
func wordEnd(rs []rune, i int) int {
	j := i
	for j < len(rs) {
		switch {
		case wordRune(rs[j]):
			j++
		case joins(rs, j):
			j++
		case rs[j] == ':' && colonEnding(rs, j) > 0:
			return j + 1 + colonEnding(rs, j)
		default:
			return j
		}
	}
	return j
}

// joins says whether a hyphen or an apostrophe at j is inside a word.
func joins(rs []rune, j int) bool {
	if j+1 >= len(rs) || !wordRune(rs[j-1]) || !wordRune(rs[j+1]) {
		return false
	}
	return strings.ContainsRune("-\u2010\u2011'\u2019", rs[j])
}

// colonEnding is the length of an ending written after a colon at j
// ("EU:n", "H2:lle"), 0 when the colon ends a speaker label or a clause.
func colonEnding(rs []rune, j int) int {
	n := 0
	for k := j + 1; k < len(rs) && unicode.IsLower(rs[k]); k++ {
		n++
	}
	if n == 0 || n > maxColonEnding || j+1+n < len(rs) && wordRune(rs[j+1+n]) {
		return 0
	}
	return n
}

// opensSentence says whether a word after r opens a sentence, given
// whether one after what came before r would: an end of sentence or of
// line, or a colon, opens one; quotes, brackets, dashes and spaces keep
// what came before; anything else, such as a comma, does not.
func opensSentence(r rune, before bool) bool {
	switch {
	case strings.ContainsRune(".!?…:\n", r):
		return true
	case unicode.IsSpace(r) || strings.ContainsRune("\"'“”‘’«»()[]{}–—-*•", r):
		return before
	}
	return false
}
