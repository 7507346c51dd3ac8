package study

import (
	"sync"

	"teema/coding"
	"teema/coding/search"
	"teema/coding/units"
	"teema/coding/wordfreq"
	"teema/message"
	"teema/store"
)

// Search asks for the places of words in the transcripts (the query
// language of package search) in the text the filters leave.
type Search struct {
	Query     string
	Forms     string     // FormsLemma ("" too), FormsStem or FormsRaw
	Compounds bool       // find the word as a part of compounds too
	Scope     units.Kind // the unit a query's words share unless it names one (Hit: DefaultScope)

	Docs          []int64             // only these interviews (none: every one)
	Where         map[string][]string // only interviews with these attribute values: AND across keys, OR within one
	Speakers      []string            // only these speakers' turns
	NoInterviewer bool                // leave out the interviewer's turns
	InCodes       []int64             // only text coded with these codes or their sub-codes
	OutCodes      []int64             // only text not coded with these codes or their sub-codes
}

// DefaultScope is the unit a query's words share unless it says: one
// sentence, one thought of a speaker's.
const DefaultScope = units.Sentence

// Found is a search's answer.
type Found struct {
	Hits   []search.Hit
	Counts search.Counts
	Docs   []coding.DocumentInfo // the project's interviews, for their names and attributes
	Forms  string                // the forms matched: base forms are stems without Voikko
	Scope  units.Kind
	Notes  []message.Note
}

// Searcher keeps a project's search index between searches, so that
// only the first reads the transcripts: a window keeps one for its life,
// a command for its run. It is safe for concurrent use; searches run one
// at a time.
type Searcher struct {
	mu     sync.Mutex
	forms  *Forms
	proj   *store.Project
	ix     *search.Index
	hashes map[int64]string // the documents' texts as the index read them
}

// NewSearcher makes a searcher that takes base forms from forms.
func NewSearcher(forms *Forms) *Searcher { return &Searcher{forms: forms} }

// searchContext is how much text a hit shows either side, in code points.
const searchContext = 60

// Search answers a search in p.
func (s *Searcher) Search(p *store.Project, q Search) (Found, error) {
	parsed, err := search.Parse(q.Query)
	if err != nil {
		return Found{}, err
	}
	f, err := s.forms.of(q.Forms)
	if err != nil {
		return Found{}, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.prepare(p); err != nil {
		return Found{}, err
	}
	scope, err := q.choose(p)
	if err != nil {
		return Found{}, err
	}
	o := search.Options{Forms: f, Compounds: q.Compounds, Parts: s.forms.parts(q.Compounds), Scope: q.scope(), Context: searchContext}
	hits, err := s.ix.Search(parsed, o, scope.ids(), scope.within, loader(p))
	if err != nil {
		return Found{}, err
	}
	return Found{Hits: hits, Counts: search.Count(hits), Docs: scope.docs, Forms: f.Name(), Scope: parsed.In(q.scope()),
		Notes: s.forms.searchNotes(f, q.Compounds)}, nil
}

func (q Search) scope() units.Kind {
	if q.Scope == units.Hit {
		return DefaultScope
	}
	return q.Scope
}

// ReadAll reads every transcript not yet read into the index, so that
// later searches read none: a window runs it after its first search.
func (s *Searcher) ReadAll(p *store.Project) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.prepare(p); err != nil {
		return err
	}
	docs, err := p.Documents()
	if err != nil {
		return err
	}
	ids := make([]int64, len(docs))
	for i, d := range docs {
		ids[i] = d.ID
	}
	return s.ix.Read(ids, loader(p))
}

// loader reads a document for the index, in the language its attributes
// name, if any.
func loader(p *store.Project) search.Loader {
	return func(id int64) (coding.Document, wordfreq.Lang, error) {
		doc, err := p.Document(id)
		return doc, attrLang(doc.Attributes), err
	}
}

// attrLang is the language an interview's attributes name, Auto if none.
func attrLang(attrs map[string]string) wordfreq.Lang {
	for _, k := range wordfreq.LangAttributes {
		if l := wordfreq.ParseLang(attrs[k]); l != wordfreq.Auto {
			return l
		}
	}
	return wordfreq.Auto
}
