package pseudonym

import "strings"

// inflection is what a form of a name adds to its base form: a case and
// number (Voikko's SIJAMUOTO and NUMBER), a possessive suffix, -ko/-kö
// and -kin/-kaan. A replacement is given the same.
type inflection struct {
	cas, number, possessive string
	question                bool
	focus                   string
}

func inflectionOf(r Reading) inflection {
	return inflection{cas: r.Case, number: r.Number, possessive: r.Possessive, question: r.Question == "true", focus: r.Focus}
}

// The endings of the cases, singular and plural, after a word that takes
// them unchanged. A, O and U stand for the vowels of either harmony (a or
// ä, o or ö, u or y); the genitive, partitive and illative singular depend
// on how the replacement ends when read aloud (voice).
var caseEndings = map[string][2]string{
	"nimento":     {"", "t"},
	"omanto":      {"", "iden"},
	"osanto":      {"", "itA"},
	"sisaolento":  {"ssA", "issA"},
	"sisaeronto":  {"stA", "istA"},
	"sisatulento": {"", "ihin"},
	"ulkoolento":  {"llA", "illA"},
	"ulkoeronto":  {"ltA", "iltA"},
	"ulkotulento": {"lle", "ille"},
	"olento":      {"nA", "inA"},
	"tulento":     {"ksi", "iksi"},
	"vajanto":     {"ttA", "ittA"},
	"seuranto":    {"ineen", "ineen"},
	"keinonto":    {"n", "in"},
}

// possessives are the possessive suffixes by Voikko's POSSESSIVE.
var possessives = map[string]string{"1s": "ni", "2s": "si", "3": "nsA", "1p": "mme", "2p": "nne"}

// ending is what follows a replacement read as v to give it the form in.
func (v voice) ending(in inflection) string {
	e := v.caseEnding(in)
	e += possessives[in.possessive]
	if in.question {
		e += "kO"
	}
	switch in.focus {
	case "kin":
		e += "kin"
	case "kaan":
		e += "kAAn"
	}
	return harmonise(e, v.front)
}

func (v voice) caseEnding(in inflection) string {
	if in.number == "plural" {
		return caseEndings[in.cas][1]
	}
	switch in.cas {
	case "omanto":
		return v.genitive
	case "osanto":
		return v.partitive
	case "sisatulento":
		return v.illative
	}
	return caseEndings[in.cas][0]
}

// harmonise writes A, O and U, and the vowels of an ending copied from
// another word, in the harmony asked for: front (ä, ö, y) or back.
func harmonise(s string, front bool) string {
	if front {
		return strings.NewReplacer("A", "ä", "O", "ö", "U", "y", "a", "ä", "o", "ö", "u", "y").Replace(s)
	}
	return strings.NewReplacer("A", "a", "O", "o", "U", "u", "ä", "a", "ö", "o", "y", "u").Replace(s)
}

// Inflect gives a replacement the form of the name it replaces: its case,
// number and suffixes, after a colon where Finnish writes one, after an
// abbreviation, a number or a word that is not a placeholder ("H2:lle"),
// and right after a bracket ("[kaupunki]ssa").
func inflect(replacement string, in inflection) string {
	v := voiceOf(replacement)
	e := v.ending(in)
	switch {
	case e == "":
		return replacement
	case v.colon:
		return replacement + ":" + e
	}
	return replacement + e
}
