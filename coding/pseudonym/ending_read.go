package pseudonym

import (
	"strings"
	"unicode/utf8"
)

// readEndings are the endings a word Voikko does not know may be given
// unchanged ("Calpro" → "Calprolla", "Verhoef" → "Verhoefille"), or after a
// colon ("EU:n", "Kati:lle"), with the case and number each gives.
var readEndings = map[string]inflection{
	"":     {cas: "nimento", number: "singular"},
	"t":    {cas: "nimento", number: "plural"},
	"n":    {cas: "omanto", number: "singular"},
	"a":    {cas: "osanto", number: "singular"},
	"ta":   {cas: "osanto", number: "singular"},
	"aa":   {cas: "osanto", number: "singular"},
	"ssa":  {cas: "sisaolento", number: "singular"},
	"sta":  {cas: "sisaeronto", number: "singular"},
	"lla":  {cas: "ulkoolento", number: "singular"},
	"lta":  {cas: "ulkoeronto", number: "singular"},
	"lle":  {cas: "ulkotulento", number: "singular"},
	"na":   {cas: "olento", number: "singular"},
	"ksi":  {cas: "tulento", number: "singular"},
	"tta":  {cas: "vajanto", number: "singular"},
	"seen": {cas: "sisatulento", number: "singular"},
	"een":  {cas: "sisatulento", number: "singular"},
}

// consonantEndings are the endings a stem ending in a consonant takes
// after a vowel of its own ("Verhoefin", "Smithiin").
var consonantEndings = map[string]inflection{
	"in":  {cas: "omanto", number: "singular"},
	"en":  {cas: "omanto", number: "singular"},
	"iin": {cas: "sisatulento", number: "singular"},
}

// endingInflection is the case and number an ending gives a stem, ok
// false for an ending it cannot be. A consonant stem takes its endings
// after an i ("Verhoefilla"); an illative lengthens the stem's last
// vowel or puts h before it ("Calproon", "EU:hun").
func endingInflection(stem, ending string) (inflection, bool) {
	e := harmonise(ending, false)
	if in, ok := illative(stem, e); ok {
		return in, true
	}
	if in, ok := readEndings[e]; ok {
		return in, true
	}
	if endsInVowel(stem) {
		return inflection{}, false
	}
	if in, ok := consonantEndings[e]; ok {
		return in, true
	}
	rest, ok := strings.CutPrefix(e, "i")
	in, known := readEndings[rest]
	return in, ok && known && rest != "" && rest != "n"
}

func illative(stem, e string) (inflection, bool) {
	if utf8.RuneCountInString(e) < 2 || !strings.HasSuffix(e, "n") {
		return inflection{}, false
	}
	v := strings.TrimPrefix(strings.TrimSuffix(e, "n"), "h")
	r, size := utf8.DecodeRuneInString(v)
	if size != len(v) || !vowel(r) {
		return inflection{}, false
	}
	last, _ := utf8.DecodeLastRuneInString(harmonise(strings.ToLower(stem), false))
	if strings.HasPrefix(e, "h") || r == last {
		return inflection{cas: "sisatulento", number: "singular"}, true
	}
	return inflection{}, false
}

func endsInVowel(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(strings.ToLower(s))
	return vowel(r)
}

// splitEnding finds the base a word is a form of among bases: the
// longest base the word starts with, followed by an ending it can take.
func splitEnding(word string, isBase func(string) bool) (string, inflection, bool) {
	rs := []rune(word)
	for cut := len(rs) - 1; cut >= 2 && len(rs)-cut <= maxColonEnding; cut-- {
		stem := string(rs[:cut])
		if !isBase(stem) {
			continue
		}
		if in, ok := endingInflection(stem, string(rs[cut:])); ok {
			return stem, in, true
		}
	}
	return "", inflection{}, false
}
