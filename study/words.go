package study

import (
	"strings"

	"teema/assets"
	"teema/coding"
	"teema/coding/wordfreq"
	"teema/message"
	"teema/store"
)

// WordQuery asks for a word count: of which text, counted how.
type WordQuery struct {
	Docs          []int64             // only these interviews (none: every one)
	Where         map[string][]string // only interviews with these attribute values: AND across keys, OR within one
	Codes         []int64             // only text coded with these codes or their sub-codes
	Speakers      []string            // only these speakers' turns
	NoInterviewer bool                // leave out the interviewer's turns

	// Langs sets some interviews' language for this count, over their
	// attribute kieli and over detecting it.
	Langs map[int64]wordfreq.Lang

	Forms     string   // FormsRaw, FormsStem or FormsLemma ("" is lemma)
	StopLists []string // the shipped stop-word lists to leave out (StopLists); none counts every word
	MinLen    int      // leave out words shorter than this many letters
	Numbers   bool     // count numbers (2016, covid19) as words too
	Top       int      // the words shown, most frequent first (0: all)

	// PlainTokens tokenises like [^\W\d_]+ and counts speaker labels, so
	// counts can be checked against such scripts (bench/wordfreq.sh). It
	// is no way to analyse text.
	PlainTokens bool
}

// StopLists are the stop-word lists Teema ships, Finnish and English.
// The project's own stop words apply with any of them.
var StopLists = []string{"fi", "en"}

// WordCount is a word count.
type WordCount struct {
	Result wordfreq.Result  // its Words are the words shown (WordQuery.Top)
	Forms  string           // the forms counted: lemmas are stems without Voikko
	Own    coding.StopWords // the project's own stop words, applied with the lists
	Notes  []message.Note   // what the researcher should know of the count

	keep func() error
}

// Keep keeps what the count learnt (the interviews' word tallies, the
// words' forms) in the project, so the next count reads them instead of
// the texts. Run it once the count is shown, in the background if need
// be: for a large project it takes longer than the count. A failure only
// means the next count reads the texts again.
func (wc WordCount) Keep() error {
	if wc.keep == nil {
		return nil
	}
	return wc.keep()
}

// contextChars is how much text a line in context shows either side.
const contextChars = 45

// CountWords counts the words of the text q chooses. The project keeps a
// tally of each document's words, so a later count of whole documents
// or speakers' turns reads the tallies instead of the texts; coded text
// is counted from the texts.
func CountWords(p *store.Project, q WordQuery, forms *Forms) (WordCount, error) {
	o, own, err := q.options(p, forms)
	if err != nil {
		return WordCount{}, err
	}
	corpus, err := q.corpus(p)
	if err != nil {
		return WordCount{}, err
	}
	res, keep, err := p.CountWords(q.scope().Select(corpus), o)
	if err != nil {
		return WordCount{}, err
	}
	wc := WordCount{Result: res, Forms: o.Forms.Name(), Own: own, Notes: forms.notes(o.Forms), keep: keep}
	switch {
	case len(corpus.Docs) == 0:
		wc.Notes = append(wc.Notes, noteNoTranscripts.Say(nil))
	case res.Docs == 0:
		wc.Notes = append(wc.Notes, noteNothingInScope.Say(nil))
	}
	wc.Notes = append(wc.Notes, englishNotes(corpus.Docs, res.DocLangs, wc.Forms)...)
	return wc, nil
}

// englishNotes name the interviews counted as English, which a wrong
// guess would count with the wrong stems, and say how to set one's
// language.
func englishNotes(docs []coding.DocumentInfo, langs map[int64]wordfreq.Lang, forms string) []message.Note {
	var names []string
	for _, d := range docs {
		if langs[d.ID] == wordfreq.English {
			names = append(names, d.Name)
		}
	}
	if len(names) == 0 {
		return nil
	}
	notes := []message.Note{noteEnglish.Say(message.Args{"N": len(names), "Names": strings.Join(names, ", ")})}
	return append(notes, englishNote(len(names), forms)...)
}

// englishNote says that n English interviews were counted by stem, as
// Teema has no English lemmas.
func englishNote(n int, forms string) []message.Note {
	if n == 0 || forms != FormsLemma {
		return nil
	}
	return []message.Note{noteEnglishStems.Say(message.Args{"N": n})}
}

// Concordance finds word, a word of the count q made, in the texts q
// chooses: up to limit lines (all when limit <= 0) with some text either
// side, each where a token counted under the word is. It reads the texts,
// as a count from the tallies has none.
func Concordance(p *store.Project, q WordQuery, word wordfreq.Word, limit int, forms *Forms) ([]wordfreq.Line, error) {
	o, _, err := q.options(p, forms)
	if err != nil {
		return nil, err
	}
	corpus, err := q.corpus(p)
	if err != nil {
		return nil, err
	}
	sel := q.scope().Select(corpus)
	c := wordfreq.NewConcordance(word, o, contextChars)
	var lines []wordfreq.Line
	found := 0 // documents with lines: no more than the word occurs in
	for _, d := range sel.Docs {
		if limit > 0 && len(lines) >= limit || found >= word.Docs {
			break
		}
		doc, err := p.Document(d.ID)
		if err != nil {
			return lines, err
		}
		if t, ok := sel.Text(doc); ok {
			more := c.Lines(t, limit-len(lines))
			if len(more) > 0 {
				found++
			}
			lines = append(lines, more...)
		}
	}
	return lines, nil
}

// options are the count's settings: its forms, and the stop-word lists
// named with the project's own changes to them.
func (q WordQuery) options(p *store.Project, forms *Forms) (wordfreq.Options, coding.StopWords, error) {
	f, err := forms.of(q.Forms)
	if err != nil {
		return wordfreq.Options{}, coding.StopWords{}, err
	}
	o := wordfreq.Options{Forms: f, MinLen: q.MinLen, Numbers: q.Numbers, PlainTokens: q.PlainTokens, Top: q.Top}
	for _, name := range q.StopLists {
		words, err := assets.StopWords(name)
		if err != nil {
			return o, coding.StopWords{}, errStopList.Wrap(err, message.Args{"Name": name, "Lists": strings.Join(StopLists, ", ")})
		}
		o.Stop = append(o.Stop, words...)
	}
	if len(q.StopLists) == 0 {
		return o, coding.StopWords{}, nil
	}
	own, err := p.StopWords()
	if err != nil {
		return o, own, err
	}
	o.ExtraStop, o.Keep = own.Added, own.Kept
	return o, own, nil
}

func (q WordQuery) scope() wordfreq.Scope {
	return wordfreq.Scope{Docs: q.Docs, Where: q.Where, Codes: q.Codes, Speakers: q.Speakers,
		NoInterviewer: q.NoInterviewer, Labels: q.PlainTokens, Langs: q.Langs}
}

// corpus loads what choosing the text needs, and no more: the documents'
// listing, and the code book and codings only when the text is coded
// text. The turns come with each document's text.
func (q WordQuery) corpus(p *store.Project) (coding.Corpus, error) {
	var c coding.Corpus
	var err error
	if c.Docs, err = p.Documents(); err != nil || len(q.Codes) == 0 {
		return c, err
	}
	if c.Book, err = p.CodeBook(); err != nil {
		return c, err
	}
	var f coding.ExcerptFilter
	for _, id := range q.Codes {
		f.CodeIDs = append(f.CodeIDs, c.Book.Subtree(id)...)
	}
	c.Excerpts, err = p.Excerpts(f)
	return c, err
}
