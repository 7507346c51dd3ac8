package wordfreq

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Tokens, the words a count is made of:
//
//   - A token is a run of Unicode letters, case-folded with unicode.ToLower
//     (which is right for Finnish: Ä→ä, Ö→ö, Å→å).
//   - A hyphen between two letters joins them into one word, so compounds
//     written with a hyphen stay whole: HR-yksikkö, linja-auto, Kela-korvaus.
//     A hyphen at a word's edge ("asiakas- ja henkilöstöpalvelut") or a dash
//     between spaces is not part of a word. U+2010 and U+2011 count as hyphens.
//   - An apostrophe between two letters is kept too: English don't, it's,
//     and Finnish vaa'an. The typographic ’ is stored as '.
//   - Digits are not words unless Options.Numbers is set; then a run of
//     letters and digits is one token (2016, covid19). Without it, digits
//     end a token and are skipped (H5 gives h).
//   - Options.PlainTokens tokenises like Python's re.findall(r"[^\W\d_]+"):
//     letters only, hyphens and apostrophes split words (linja, auto;
//     don, t). It exists so Teema's counts can be checked against such
//     scripts (bench/wordfreq.sh) and is not meant for analysis.

type tokenizer struct {
	numbers, plain bool
	buf            []byte
}

func isJoiner(r rune) (byte, bool) {
	switch r {
	case '-', '\u2010', '\u2011':
		return '-', true
	case '\'', '\u2019':
		return '\'', true
	}
	return 0, false
}

// letterAt reports whether a letter starts at byte i of s.
func letterAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	if c := s[i]; c < utf8.RuneSelf {
		return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r)
}

// wordRune reports whether r belongs to a token.
func (t *tokenizer) wordRune(r rune) bool {
	return unicode.IsLetter(r) || t.numbers && unicode.IsDigit(r)
}

// inToken reports whether byte i of s is inside a token that started
// before it, so a range starting there does not count the token's tail.
func (t *tokenizer) inToken(s string, i int) bool {
	if i <= 0 || i >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	before, size := utf8.DecodeLastRuneInString(s[:i])
	if !t.wordRune(r) {
		return false
	}
	if t.wordRune(before) {
		return true
	}
	if _, ok := isJoiner(before); ok && !t.plain && i-size > 0 {
		b2, _ := utf8.DecodeLastRuneInString(s[:i-size])
		return unicode.IsLetter(b2) && unicode.IsLetter(r)
	}
	return false
}

// FNV-1a, computed while a token is read so the count's table needs no
// second pass over it.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// scan emits the tokens that start in s[from:to] (a token may run past
// to), lower-cased, with their length in code points and their FNV-1a
// hash. The slice passed to emit is reused.
func (t *tokenizer) scan(s string, from, to int, emit func(tok []byte, runes int, hash uint64)) {
	i := from
	if t.inToken(s, i) {
		for i < len(s) {
			r, size := utf8.DecodeRuneInString(s[i:])
			if !t.wordRune(r) {
				if _, ok := isJoiner(r); !ok || t.plain || !letterAt(s, i+size) {
					break
				}
			}
			i += size
		}
	}
	numbers, plain := t.numbers, t.plain
	for i < to {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z':
			case numbers && '0' <= c && c <= '9':
			default:
				i++
				continue
			}
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			if !unicode.IsLetter(r) && !(numbers && unicode.IsDigit(r)) {
				i += size
				continue
			}
		}
		buf := t.buf[:0]
		n := 0
		lastLetter := false
		h := uint64(fnvOffset)
	token:
		for i < len(s) {
			c := s[i]
			if c < utf8.RuneSelf {
				switch {
				case 'a' <= c && c <= 'z':
					lastLetter = true
				case 'A' <= c && c <= 'Z':
					c += 'a' - 'A'
					lastLetter = true
				case '0' <= c && c <= '9':
					if !numbers {
						break token
					}
					lastLetter = false
				case (c == '-' || c == '\'') && !plain && lastLetter && letterAt(s, i+1):
					lastLetter = false
				default:
					break token
				}
				buf = append(buf, c)
				h = (h ^ uint64(c)) * fnvPrime
				i++
				n++
				continue
			}
			r, size := decode(s, i)
			k := len(buf)
			switch {
			case unicode.IsLetter(r):
				buf = utf8.AppendRune(buf, lower(r))
				lastLetter = true
			case numbers && unicode.IsDigit(r):
				buf = utf8.AppendRune(buf, r)
				lastLetter = false
			default:
				j, ok := isJoiner(r)
				if !ok || plain || !lastLetter || !letterAt(s, i+size) {
					break token
				}
				buf = append(buf, j)
				lastLetter = false
			}
			for _, b := range buf[k:] {
				h = (h ^ uint64(b)) * fnvPrime
			}
			i += size
			n++
		}
		t.buf = buf
		emit(buf, n, h)
	}
}

// decode is utf8.DecodeRuneInString(s[i:]) with the two-byte sequences
// of ä, ö and å decoded inline.
func decode(s string, i int) (rune, int) {
	if c := s[i]; c >= 0xC2 && c < 0xE0 && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
		return rune(c&0x1F)<<6 | rune(s[i+1]&0x3F), 2
	}
	return utf8.DecodeRuneInString(s[i:])
}

// lower is unicode.ToLower with Latin-1 (Ä, Ö, Å) done without a table
// search.
func lower(r rune) rune {
	if r < 0x100 {
		if r >= 0xC0 && r <= 0xDE && r != 0xD7 {
			return r + 0x20
		}
		return r
	}
	return unicode.ToLower(r)
}

// Common function words of English and Finnish, to tell the language of a
// transcript.
var (
	enMarkers = setOf("the", "and", "of", "to", "is", "that", "it", "in", "you", "was", "we", "for", "with",
		"have", "this", "be", "are", "not", "they", "what", "but", "so", "do", "like", "just", "know", "yeah",
		"would", "there", "about", "think", "our", "my", "i")
	fiMarkers = setOf("ja", "on", "se", "että", "ei", "oli", "niin", "kun", "mutta", "me", "no", "kyllä",
		"joo", "tai", "sitten", "ole", "mä", "sä", "nyt", "siis", "vaan", "jos", "kuin", "myös", "tää", "sit", "mitä")
)

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// DetectLang reads detectWindows stretches of detectWindow bytes, spread
// evenly over the text: a long document may open in another language (a
// thesis's English abstract) than it is written in.
const (
	detectWindow  = 1000
	detectWindows = 4
)

// DetectLang tells an English transcript from a Finnish one by the share
// of common function words of each language, over the whole text or, in a
// long one, over stretches spread through it. Anything not clearly
// English is Finnish.
func DetectLang(text string) Lang {
	en, fi := 0, 0
	var t tokenizer
	count := func(tok []byte, _ int, _ uint64) {
		if enMarkers[string(tok)] {
			en++
		}
		if fiMarkers[string(tok)] {
			fi++
		}
	}
	for _, w := range detectStretches(len(text)) {
		t.scan(text, w.Start, w.End, count)
	}
	if en >= 3 && en > 2*fi {
		return English
	}
	return Finnish
}

// detectStretches are the byte ranges of a text of n bytes DetectLang
// reads: all of it, or detectWindows windows from its start to its end.
func detectStretches(n int) []Range {
	if n <= detectWindow*detectWindows {
		return []Range{{Start: 0, End: n}}
	}
	out := make([]Range, detectWindows)
	step := (n - detectWindow) / (detectWindows - 1)
	for i := range out {
		out[i] = Range{Start: i * step, End: i*step + detectWindow}
	}
	return out
}

// ParseLang reads a language attribute ("fi", "suomi", "en", "English",
// "englanti"...); anything else is Auto.
func ParseLang(s string) Lang {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "fi", "fin", "suomi", "finnish", "fi-fi", "fi_fi":
		return Finnish
	case "en", "eng", "english", "englanti", "en-gb", "en-us", "en_gb", "en_us":
		return English
	}
	return Auto
}
