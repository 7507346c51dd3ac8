package pseudonym

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Reading is one of Voikko's analyses of a word form (voikko.Reading, as
// the rules here read it).
type Reading struct {
	Base, Class, Case, Number, Structure, WordBases string
	Possessive, Question, Focus                     string
}

// Analyser gives every reading of a word form; nil when there is no
// Voikko.
type Analyser func(word string) []Reading

// Cached keeps an analyser's readings per form, for the many times one
// form recurs in a project's texts. It is safe for concurrent use.
func Cached(a Analyser) Analyser {
	if a == nil {
		return nil
	}
	var mu sync.Mutex
	seen := map[string][]Reading{}
	return func(word string) []Reading {
		mu.Lock()
		rs, ok := seen[word]
		mu.Unlock()
		if ok {
			return rs
		}
		rs = a(word)
		mu.Lock()
		seen[word] = rs
		mu.Unlock()
		return rs
	}
}

// Kind is what a name names.
type Kind string

// The kinds of candidates.
const (
	Person       Kind = "person"       // a first name or surname
	Place        Kind = "place"        // a place name
	Organisation Kind = "organisation" // another name: a company, a brand, an agency
	Word         Kind = "word"         // a capitalised word Voikko knows no name for
	Speaker      Kind = "speaker"      // a speaker label that names no one Voikko knows
)

// classKinds are Voikko's classes of names.
var classKinds = map[string]Kind{"etunimi": Person, "sukunimi": Person, "paikannimi": Place, "nimi": Organisation}

// kindOrder is the order of the kinds in a list of candidates.
var kindOrder = []Kind{Person, Place, Organisation, Word, Speaker}

func (r Reading) names() bool {
	_, ok := classKinds[r.Class]
	return ok
}

// plain says whether the reading is a common word: no name, no name as
// one of its parts, and no capital wanted.
func (r Reading) plain() bool {
	return !r.names() && len(nameParts(r)) == 0 && !wantsCapital(r.Structure)
}

// fits says whether a reading's STRUCTURE fits the word as written: a
// capital where it wants one ("i", "j") and small letters where it wants
// them ("p", "q"), but for a capital opening a sentence.
func fits(structure, word string, sentenceStart bool) bool {
	letters := strings.ReplaceAll(structure, "=", "")
	if utf8.RuneCountInString(letters) != utf8.RuneCountInString(word) {
		return true // cannot be compared letter by letter: not ruled out
	}
	i := 0
	for _, r := range word {
		want := letters[i]
		i++
		switch {
		case (want == 'i' || want == 'j') && !unicode.IsUpper(r):
			return false
		case (want == 'p' || want == 'q') && unicode.IsUpper(r) && !(i == 1 && sentenceStart):
			return false
		}
	}
	return true
}

func wantsCapital(structure string) bool {
	s := strings.TrimLeft(structure, "=")
	return s != "" && (s[0] == 'i' || s[0] == 'j')
}

func capitalised(word string) bool {
	r, _ := utf8.DecodeRuneInString(word)
	return unicode.IsUpper(r)
}

// capitalise gives a word a capital first letter: "kela" → "Kela".
func capitalise(word string) string {
	r, n := utf8.DecodeRuneInString(word)
	return string(unicode.ToUpper(r)) + word[n:]
}
