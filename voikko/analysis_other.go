//go:build !(darwin || freebsd || linux || netbsd)

package voikko

// Reading is one of Voikko's analyses of a word form (see analysis.go).
type Reading struct {
	Base, Class, Case, Number, Structure, WordBases string
	Possessive, Question, Focus                     string
}

// Readings knows no word where Voikko cannot be loaded.
func (v *Voikko) Readings(word string) []Reading { return nil }
