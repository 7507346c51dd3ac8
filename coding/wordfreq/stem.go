package wordfreq

import (
	"strings"

	snowball "github.com/blevesearch/snowballstem"
	"github.com/blevesearch/snowballstem/english"
	"github.com/blevesearch/snowballstem/finnish"
)

// Stems and lemmas: Snowball stemmers ship inside Teema (Finnish and
// English); Finnish base forms come from a Reducer that the edge provides
// (package voikko), so the domain never loads a library.

// Reducer gives the form a lower-cased word is counted under. A Reducer
// returns the word itself when it has nothing better.
type Reducer interface {
	Reduce(word string) string
}

// Stemmer is a Snowball stemmer. It is stateless and safe for concurrent
// use.
type Stemmer struct {
	stem   func(*snowball.Env) bool
	adjust func(word, stem string) string
}

// FinnishStemmer and EnglishStemmer are the Snowball stemmers Teema ships. The Finnish
// one also joins two stem alternations Snowball leaves apart, so the forms
// of the commonest derived nouns meet under one stem:
//
//   - -us/-ys/-os/-ös nouns: asiakaskokemus, asiakaskokemuksen,
//     asiakaskokemuksia, asiakaskokemusten all stem to "asiakaskokemus"
//     (Snowball gives asiakaskokemus, asiakaskokemuks, asiakaskokemust).
//   - -nen nouns: tapaaminen, tapaamisen, tapaamiset stem to "tapaamis"
//     (Snowball gives tapaamin and tapaamis).
var (
	FinnishStemmer = Stemmer{finnish.Stem, adjustFinnish}
	EnglishStemmer = Stemmer{english.Stem, nil}
)

func adjustFinnish(word, stem string) string {
	if len(stem) >= 6 {
		for _, v := range []string{"u", "y", "o", "ö"} {
			switch {
			case strings.HasSuffix(stem, v+"ks"): // -uks- → -us
				return stem[:len(stem)-2] + "s"
			case strings.HasSuffix(word, v+"sten") && strings.HasSuffix(stem, v+"st"): // -usten → -us
				return stem[:len(stem)-1]
			}
		}
	}
	if strings.HasSuffix(word, "nen") && strings.HasSuffix(stem, "in") && len(stem) >= 4 { // -nen → -s-
		return stem[:len(stem)-1] + "s"
	}
	return stem
}

// Stem returns the Snowball stem of a lower-cased word. A hyphenated word
// ("hr-yksikköön") keeps its first parts and stems its last one
// ("hr-yksikkö"), so compounds written with a hyphen stay together.
func (s Stemmer) Stem(word string) string {
	if word == "" {
		return word
	}
	if i := strings.LastIndexByte(word, '-'); i > 0 && i < len(word)-1 {
		return word[:i+1] + s.Stem(word[i+1:])
	}
	env := snowball.NewEnv(word)
	s.stem(env)
	out := env.Current()
	if out == "" {
		return word
	}
	if s.adjust != nil {
		out = s.adjust(word, out)
	}
	return out
}
