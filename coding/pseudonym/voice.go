package pseudonym

import (
	"strconv"
	"strings"
	"unicode"
)

// voice is how a replacement ends when read aloud, which decides its
// endings: "H2" is read "hoo kaksi", so "H2:ssa", "H2:ta", "H2:een";
// "[kaupunki]" is read "kaupunki", so "[kaupunki]ssa", "[kaupunki]a",
// "[kaupunki]in".
type voice struct {
	front                         bool // vowel harmony: ä, ö, y
	genitive, partitive, illative string
	colon                         bool // endings follow a colon
}

// voiceOf reads the end of a replacement: the last word inside brackets,
// the last number, the last letter of an abbreviation, or the last word.
func voiceOf(replacement string) voice {
	s := strings.TrimRightFunc(replacement, unicode.IsSpace)
	if strings.HasSuffix(s, "]") || strings.HasSuffix(s, ")") {
		v := wordVoice(lastRun(s, unicode.IsLetter))
		v.colon = false
		return v
	}
	last := []rune(s)
	switch {
	case len(last) == 0:
		return wordVoice("")
	case unicode.IsDigit(last[len(last)-1]):
		return numberVoice(lastRun(s, unicode.IsDigit))
	case unicode.IsLetter(last[len(last)-1]):
		word := lastRun(s, unicode.IsLetter)
		if strings.ToUpper(word) == word {
			return letterVoice(word)
		}
		return wordVoice(word)
	}
	return wordVoice("")
}

// lastRun is the last stretch of s whose runes are all in.
func lastRun(s string, in func(rune) bool) string {
	rs := []rune(s)
	end := len(rs)
	for end > 0 && !in(rs[end-1]) {
		end--
	}
	start := end
	for start > 0 && in(rs[start-1]) {
		start--
	}
	return string(rs[start:end])
}

// wordVoice is the voice of a word read as written: its harmony by its
// last back or front vowel; a long vowel or a monosyllable takes -tA and
// -hVn ("maata", "maahan"), other vowels -A and -Vn ("kaupunkia",
// "kaupunkiin"), a consonant -tA and -een ("yritystä", "yritykseen").
func wordVoice(word string) voice {
	w := []rune(strings.ToLower(word))
	v := voice{front: frontWord(string(w)), genitive: "n", colon: true}
	n := len(w)
	switch {
	case n == 0:
		v.partitive, v.illative = "tA", "hen"
	case !vowel(w[n-1]):
		v.genitive, v.partitive, v.illative = "en", "tA", "een"
	case n >= 2 && w[n-2] == w[n-1] || syllables(w) == 1:
		v.partitive, v.illative = "tA", "h"+string(w[n-1])+"n"
	case n >= 2 && vowel(w[n-2]) && (w[n-1] == 'o' || w[n-1] == 'ö' || w[n-1] == 'u' || w[n-1] == 'y'):
		v.partitive, v.illative = "tA", string(w[n-1])+"n" // radiota, radioon
	default:
		v.partitive, v.illative = "A", string(w[n-1])+"n"
	}
	return v
}

func vowel(r rune) bool { return strings.ContainsRune("aeiouyäöå", r) }

// syllables counts a word's groups of vowels, enough to tell a
// monosyllable ("työ", "maa") from a longer word.
func syllables(w []rune) int {
	n := 0
	for i, r := range w {
		if vowel(r) && (i == 0 || !vowel(w[i-1])) {
			n++
		}
	}
	return n
}

// frontWord says whether a word takes front endings: by its last back
// (a, o, u) or front (ä, ö, y) vowel; e and i alone are front.
func frontWord(w string) bool {
	rs := []rune(strings.ToLower(w))
	for i := len(rs) - 1; i >= 0; i-- {
		switch rs[i] {
		case 'a', 'o', 'u', 'å':
			return false
		case 'ä', 'ö', 'y':
			return true
		}
	}
	return true
}

// spoken is how the last number word or letter name of a replacement
// takes its endings: harmony, partitive and illative, as Finnish writes
// them after a colon ("H3:a", "H4:ään", "H:hon"); the genitive is -n.
type spoken struct {
	front               bool
	partitive, illative string
}

// numberWords are the last words of numbers read aloud.
var numberWords = map[string]spoken{
	"nolla": {false, "aa", "aan"}, "yksi": {true, "tä", "een"}, "kaksi": {false, "ta", "een"},
	"kolme": {false, "a", "een"}, "neljä": {true, "ää", "ään"}, "viisi": {true, "tä", "een"},
	"kuusi": {false, "ta", "een"}, "seitsemän": {true, "ää", "ään"}, "kahdeksan": {false, "aa", "aan"},
	"yhdeksän": {true, "ää", "ään"}, "kymmenen": {true, "tä", "een"}, "toista": {false, "ta", "een"},
	"kymmentä": {true, "tä", "een"}, "sata": {false, "aa", "aan"}, "sataa": {false, "aa", "aan"},
	"tuhat": {false, "ta", "een"}, "tuhatta": {false, "ta", "een"},
}

var digitWords = []string{"nolla", "yksi", "kaksi", "kolme", "neljä", "viisi", "kuusi", "seitsemän", "kahdeksan", "yhdeksän"}

func numberVoice(digits string) voice {
	s := numberWords[lastNumberWord(digits)]
	return voice{front: s.front, genitive: "n", partitive: s.partitive, illative: s.illative, colon: true}
}

// lastNumberWord is the last word of a number read aloud: 2 "kaksi", 12
// "toista" (kaksitoista), 20 "kymmentä", 300 "sataa". A number with a
// leading zero ("H02") is read digit by digit.
func lastNumberWord(digits string) string {
	n, err := strconv.Atoi(digits)
	if err != nil || strings.HasPrefix(digits, "0") && len(digits) > 1 {
		return digitWords[digits[len(digits)-1]-'0']
	}
	switch {
	case n%100 > 10 && n%100 < 20:
		return "toista"
	case n%10 != 0 || n == 0:
		return digitWords[n%10]
	case n%100 == 10:
		return "kymmenen"
	case n%100 != 0:
		return "kymmentä"
	case n%1000 == 100:
		return "sata"
	case n%1000 != 0:
		return "sataa"
	case n%10000 == 1000:
		return "tuhat"
	}
	return "tuhatta"
}

// letterNames are the letters read aloud: "H" is "hoo", "F" "äf".
var letterNames = map[rune]spoken{
	'A': {false, "ta", "han"}, 'B': {true, "tä", "hen"}, 'C': {true, "tä", "hen"}, 'D': {true, "tä", "hen"},
	'E': {true, "tä", "hen"}, 'F': {true, "ää", "ään"}, 'G': {true, "tä", "hen"}, 'H': {false, "ta", "hon"},
	'I': {true, "tä", "hin"}, 'J': {true, "tä", "hin"}, 'K': {false, "ta", "hon"}, 'L': {true, "ää", "ään"},
	'M': {true, "ää", "ään"}, 'N': {true, "ää", "ään"}, 'O': {false, "ta", "hon"}, 'P': {true, "tä", "hen"},
	'Q': {false, "ta", "hun"}, 'R': {true, "ää", "ään"}, 'S': {true, "ää", "ään"}, 'T': {true, "tä", "hen"},
	'U': {false, "ta", "hun"}, 'V': {true, "tä", "hen"}, 'W': {true, "tä", "hen"}, 'X': {true, "ää", "ään"},
	'Y': {true, "tä", "hyn"}, 'Z': {true, "tiä", "tiin"}, 'Å': {false, "ta", "hon"}, 'Ä': {true, "tä", "hän"},
	'Ö': {true, "tä", "hön"},
}

// letterVoice is the voice of an abbreviation by its last letter ("EU"
// is read "ee-uu": "EU:ta", "EU:hun"); a letter not listed is read as
// "ee" is.
func letterVoice(abbr string) voice {
	rs := []rune(abbr)
	s, ok := letterNames[rs[len(rs)-1]]
	if !ok {
		s = letterNames['E']
	}
	return voice{front: s.front, genitive: "n", partitive: s.partitive, illative: s.illative, colon: true}
}
