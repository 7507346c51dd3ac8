package study

import (
	"slices"
	"strings"

	"teema/coding"
	"teema/coding/autocode"
	"teema/coding/search"
	"teema/coding/units"
	"teema/coding/wordfreq"
	"teema/message"
	"teema/store"
)

// AutoCode asks for a search's hits to be coded.
type AutoCode struct {
	Code   int64
	Extent units.Kind // Hit, Sentence, Turn or Paragraph
	Coder  string
}

// PlanAutoCode plans coding hits of the searcher's last searches at an
// extent: what a preview shows and autocode.Plan.Change does, one undo
// step. Hits whose transcript changed since the search are refused.
func (s *Searcher) PlanAutoCode(p *store.Project, hits []search.Hit, a AutoCode) (autocode.Plan, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	hashes, err := p.DocumentHashes()
	if err != nil {
		return autocode.Plan{}, err
	}
	stretches := make([]autocode.Stretch, 0, len(hits))
	texts := map[int64]string{}
	for _, h := range hits {
		d, ok := s.ix.Doc(h.DocID)
		if s.proj != p || !ok || hashes[d.ID] != d.Hash {
			return autocode.Plan{}, stale(p, h.DocID)
		}
		texts[d.ID] = d.Text
		stretches = append(stretches, autocode.Stretch{DocID: d.ID, Span: d.Around(a.Extent, h)})
	}
	return plan(p, a.Code, a.Coder, stretches, texts)
}

// stale says which transcript changed after a search.
func stale(p *store.Project, docID int64) error {
	name := ""
	if d, err := p.DocumentText(docID); err == nil {
		name = d.Name
	}
	return errStale.New(message.Args{"Name": name})
}

// plan plans coding stretches with a code, skipping those the coder
// coded with it already, each coding with its words for the preview.
func plan(p *store.Project, code int64, coder string, stretches []autocode.Stretch, texts map[int64]string) (autocode.Plan, error) {
	var existing []coding.Excerpt
	if code != 0 {
		var err error
		if existing, err = p.Excerpts(coding.ExcerptFilter{CodeIDs: []int64{code}, Coder: coder}); err != nil {
			return autocode.Plan{}, err
		}
	}
	pl := autocode.New(code, coder, stretches, existing)
	for i, e := range pl.Excerpts {
		pl.Excerpts[i].Text = coding.Slice(texts[e.DocID], e.Start, e.End)
	}
	return pl, nil
}

// SpeakerTurns asks for every turn of a speaker ("" or "*": of every
// speaker) to be coded, in the interviews with attribute values.
type SpeakerTurns struct {
	Speaker string
	Where   map[string][]string
	Code    int64
	Coder   string
}

// PlanSpeakerTurns plans coding the turns, each without its label.
func PlanSpeakerTurns(p *store.Project, q SpeakerTurns) (autocode.Plan, error) {
	c, err := codedCorpus(p, nil)
	if err != nil {
		return autocode.Plan{}, err
	}
	sel := wordfreq.Scope{Where: q.Where}.Select(c)
	var stretches []autocode.Stretch
	texts := map[int64]string{}
	speakers := map[string]bool{}
	for _, d := range sel.Docs {
		doc, err := p.Document(d.ID)
		if err != nil {
			return autocode.Plan{}, err
		}
		texts[d.ID] = doc.Text
		u := units.Of(doc.Text, doc.Turns)
		for _, t := range doc.Turns {
			speakers[t.Speaker] = true
			if q.everyone() || sameSpeaker(t.Speaker, q.Speaker) {
				for _, s := range u.Inside(units.Turn, coding.Span{Start: t.Start, End: t.End}) {
					stretches = append(stretches, autocode.Stretch{DocID: d.ID, Span: s})
				}
			}
		}
	}
	if len(stretches) == 0 && !q.everyone() {
		return autocode.Plan{}, noSpeaker(q.Speaker, speakers)
	}
	return plan(p, q.Code, q.Coder, stretches, texts)
}

func (q SpeakerTurns) everyone() bool { return q.Speaker == "" || q.Speaker == "*" }

func sameSpeaker(a, b string) bool {
	return strings.EqualFold(strings.TrimSpace(a), strings.TrimSpace(b))
}

// noSpeaker says that no chosen interview has the speaker, naming those
// they have.
func noSpeaker(name string, speakers map[string]bool) error {
	names := make([]string, 0, len(speakers))
	for s := range speakers {
		names = append(names, s)
	}
	slices.Sort(names)
	return errNoSpeaker.New(message.Args{"Name": name, "Names": listed(names)})
}
