package study

import (
	"maps"
	"strings"

	"teema/coding"
	"teema/coding/wordfreq"
	"teema/message"
	"teema/store"
)

// Group is one side of a comparison: the interviews with one value of an
// attribute, within the rest of the query's scope.
type Group struct {
	Value string
	Words int // words counted (stop words and short words left out)
	Docs  int // interviews counted
}

// Comparison is two groups of interviews compared word by word.
type Comparison struct {
	Attribute string
	A, B      Group
	Keys      []wordfreq.Key   // the most characteristic words of either group first; WordQuery.Top of them
	Forms     string           // the forms counted: lemmas are stems without Voikko
	Own       coding.StopWords // the project's own stop words, applied with the lists
	Notes     []message.Note
}

// CompareGroups counts the interviews whose attribute key is a, and those
// whose key is b, each within the rest of q's scope and with its settings,
// and lists the words that characterise each group by log-likelihood
// keyness.
func CompareGroups(p *store.Project, q WordQuery, key, a, b string, forms *Forms) (Comparison, error) {
	a, b = strings.TrimSpace(a), strings.TrimSpace(b)
	if a == "" || b == "" || strings.EqualFold(a, b) {
		return Comparison{}, errSameGroups.New(message.Args{"Name": key})
	}
	o, own, err := q.options(p, forms)
	if err != nil {
		return Comparison{}, err
	}
	o.Top = 0 // keyness weighs every word
	corpus, err := q.corpus(p)
	if err != nil {
		return Comparison{}, err
	}
	if err := hasAttribute(corpus.Docs, key); err != nil {
		return Comparison{}, err
	}
	var res [2]wordfreq.Result
	for i, v := range []string{a, b} {
		s := q.scope()
		s.Where = map[string][]string{}
		maps.Copy(s.Where, q.Where)
		s.Where[key] = []string{v}
		var keep func() error
		if res[i], keep, err = p.CountWords(s.Select(corpus), o); err != nil {
			return Comparison{}, err
		}
		keep() // a failure only means the next count reads the texts again
		if res[i].Docs == 0 {
			return Comparison{}, errEmptyGroup.New(message.Args{"Name": key, "Value": v})
		}
	}
	c := Comparison{Attribute: key, Keys: wordfreq.Keyness(res[0], res[1]), Forms: o.Forms.Name(), Own: own,
		A: Group{Value: a, Words: res[0].Counted, Docs: res[0].Docs}, B: Group{Value: b, Words: res[1].Counted, Docs: res[1].Docs}}
	if q.Top > 0 && len(c.Keys) > q.Top {
		c.Keys = c.Keys[:q.Top]
	}
	c.Notes = append(forms.notes(o.Forms), englishNote(res[0].Langs[wordfreq.English]+res[1].Langs[wordfreq.English], c.Forms)...)
	return c, nil
}
