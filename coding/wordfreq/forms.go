package wordfreq

// Lang is the language of a transcript, which decides how its words are
// stemmed or lemmatised.
type Lang uint8

// Languages. Auto asks Count to detect the language from the text.
const (
	Auto Lang = iota
	Finnish
	English
	numLangs
)

func (l Lang) String() string {
	switch l {
	case Finnish:
		return "fi"
	case English:
		return "en"
	}
	return "auto"
}

// Forms turns a case-folded token into the word it is counted under: the
// token itself, its stem or its lemma. Implementations must be safe for
// concurrent use; Count asks once per distinct token and language in each
// worker, so they need no cache of their own for speed.
type Forms interface {
	Name() string // "raw", "stem" or "lemma"
	Form(token string, lang Lang) string
}

// Raw counts words as written (case-folded).
func Raw() Forms { return rawForms{} }

// Stems counts words by their Snowball stem, Finnish or English by the
// document's language: asiakaskokemus, asiakaskokemuksen and
// asiakaskokemukset all count as "asiakaskokemu".
func Stems() Forms { return stemForms{} }

// Lemmas counts Finnish words by their base form from fi (Voikko:
// asiakaskokemuksen → asiakaskokemus) and English words by their Snowball
// stem, as Teema has no English lemmatiser.
func Lemmas(fi Reducer) Forms { return lemmaForms{fi} }

type rawForms struct{}

func (rawForms) Name() string                     { return "raw" }
func (rawForms) Form(token string, _ Lang) string { return token }

type stemForms struct{}

func (stemForms) Name() string { return "stem" }
func (stemForms) Form(token string, lang Lang) string {
	if lang == English {
		return EnglishStemmer.Stem(token)
	}
	return FinnishStemmer.Stem(token)
}

type lemmaForms struct{ fi Reducer }

func (lemmaForms) Name() string { return "lemma" }
func (f lemmaForms) Form(token string, lang Lang) string {
	if lang == English {
		return EnglishStemmer.Stem(token)
	}
	return f.fi.Reduce(token)
}

// Signed forms can be kept between counts with a project's tallies
// (TallyWords): Signature names the forms of a language and their version,
// so forms kept under one signature are used only by forms with the same.
// An empty signature keeps nothing.
type Signed interface {
	Signature(lang Lang) string
}

// stemVersion changes when the stemming (Stemmer) changes.
const stemVersion = "snowball 1"

func (stemForms) Signature(lang Lang) string { return "stem " + lang.String() + " " + stemVersion }

func (f lemmaForms) Signature(lang Lang) string {
	if lang == English {
		return stemForms{}.Signature(lang)
	}
	if s, ok := f.fi.(interface{ Signature() string }); ok && s.Signature() != "" {
		return "lemma fi " + s.Signature()
	}
	return ""
}
