package pseudonym

import (
	"cmp"
	"slices"
	"strings"

	"teema/coding"
)

// Text is a transcript to look for names in.
type Text struct {
	DocID int64
	Text  string
}

// Candidate is a word that may be a name, with all its forms found.
type Candidate struct {
	Word      string   // the base form: "Kati" for Kati, Katin, Katille
	Kind      Kind     // what Voikko says it names
	Forms     []string // as written, the most frequent first
	Count     int      // occurrences
	Docs      []int64  // the transcripts it occurs in
	Ambiguous int      // occurrences that may as well be a common word ("Onni" opening a sentence)
	Speaker   bool     // a speaker label
	Sure      bool     // Voikko names it (or, for a label of several words, each of them)
	Lines     []Line   // the first occurrences in context
}

// Likely says whether the candidate is ticked to start with: a name
// Voikko knows, found not only where it may be a common word.
func (c Candidate) Likely() bool { return c.Sure && c.Ambiguous < c.Count }

// Line is an occurrence of a candidate in its line of text.
type Line struct {
	DocID                int64
	Start, End           int // code points
	Before, Match, After string
}

// maxLines is how many occurrences of a candidate are kept in context.
const maxLines = 5

// contextRunes is how much of the line is kept on each side.
const contextRunes = 50

// occurrence is a candidate's form at a place of a text.
type occurrence struct {
	doc        int64
	start, end int
	form       string
	ambiguous  bool
}

// Find lists the words of the texts that may be names (see Candidate),
// the speaker labels among them. a may be nil: then only capitalised
// words are found, and forms are grouped only where a name keeps its stem.
func Find(texts []Text, a Analyser) []Candidate {
	c := newCollector(a)
	for _, t := range texts {
		c.scan(t)
	}
	c.groupUnknown()
	c.addWeak()
	c.addLabels()
	return c.candidates()
}

// collector gathers the finds of many texts into candidates.
type collector struct {
	f       finder
	runes   map[int64][]rune
	groups  map[string]*group
	weak    map[string][]occurrence // unknown words met only opening sentences
	labels  []occurrence            // speaker labels, as their words
	unknown map[string]bool         // bases that are a word as written: forms of another, perhaps
}

type group struct {
	Candidate
	forms map[string]int
	docs  map[int64]bool
}

func newGroup(base string, kind Kind) *group {
	return &group{Candidate: Candidate{Word: base, Kind: kind}, forms: map[string]int{}, docs: map[int64]bool{}}
}

func newCollector(a Analyser) *collector {
	return &collector{f: newFinder(a), runes: map[int64][]rune{}, groups: map[string]*group{},
		weak: map[string][]occurrence{}, unknown: map[string]bool{}}
}

func (c *collector) scan(t Text) {
	c.runes[t.DocID] = []rune(t.Text)
	// A label opens its line, yet names its speaker as surely as a word
	// within a sentence would.
	labelAt := map[int]string{}
	for _, turn := range coding.ParseTurns(t.Text) {
		c.labels = append(c.labels, occurrence{doc: t.DocID, start: turn.Start, end: turn.Start + coding.RuneLen(turn.Speaker), form: turn.Speaker})
		labelAt[turn.Start] = turn.Speaker
	}
	for _, tok := range tokenize(t.Text) {
		for _, fd := range c.f.finds(tok) {
			o := occurrence{doc: t.DocID, start: fd.start, end: fd.end, form: fd.word, ambiguous: fd.ambiguous}
			if fd.weak && labelAt[fd.start] != fd.word {
				c.weak[fd.base] = append(c.weak[fd.base], o)
				continue
			}
			if fd.kind == Word && fd.base == fd.form {
				c.unknown[fd.base] = true
			}
			c.add(fd.base, fd.kind, fd.sure, o)
		}
	}
}

// add counts an occurrence of a base.
func (c *collector) add(base string, kind Kind, sure bool, o occurrence) {
	g := c.groups[base]
	if g == nil {
		g = newGroup(base, kind)
		c.groups[base] = g
	}
	if g.Kind == Word && sure {
		g.Kind = kind
	}
	g.Sure = g.Sure || sure
	g.Count++
	g.forms[o.form]++
	g.docs[o.doc] = true
	if o.ambiguous {
		g.Ambiguous++
	}
	if len(g.Lines) < maxLines {
		g.Lines = append(g.Lines, c.line(o))
	}
}

// groupUnknown makes the unknown words that are another word with an
// ending forms of it: Calpron and Calprolla of Calpro, even where Calpro
// itself only opens sentences, or is not written bare at all.
func (c *collector) groupUnknown() {
	words := make([]string, 0, len(c.unknown))
	for w := range c.unknown {
		words = append(words, w)
	}
	// Longest first: a form joins its base before the base may join another.
	slices.SortFunc(words, func(a, b string) int { return cmp.Or(len(b)-len(a), strings.Compare(a, b)) })
	shared := sharedStems(words)
	isBase := func(s string) bool { return c.groups[s] != nil || len(c.weak[s]) > 0 || shared[s] }
	for _, w := range words {
		base, _, ok := splitEnding(w, isBase)
		if !ok {
			continue
		}
		if c.groups[base] == nil {
			c.groups[base] = newGroup(base, Word)
		}
		c.merge(c.groups[w], base)
		delete(c.groups, w)
	}
}

// sharedStems are the stems two or more unknown words are, each with an
// ending: "Calpro" of Calpron and Calprolla.
func sharedStems(words []string) map[string]bool {
	seen := map[string]int{}
	for _, w := range words {
		rs := []rune(w)
		for cut := len(rs) - 1; cut >= minStem && len(rs)-cut <= maxColonEnding; cut-- {
			if _, ok := endingInflection(string(rs[:cut]), string(rs[cut:])); ok {
				seen[string(rs[:cut])]++
			}
		}
	}
	out := map[string]bool{}
	for stem, n := range seen {
		if n > 1 {
			out[stem] = true
		}
	}
	return out
}

// minStem is the shortest stem of unknown words taken for a name's.
const minStem = 3

func (c *collector) merge(g *group, into string) {
	t := c.groups[into]
	t.Count += g.Count
	t.Ambiguous += g.Ambiguous
	t.Sure = t.Sure || g.Sure
	for f, n := range g.forms {
		t.forms[f] += n
	}
	for d := range g.docs {
		t.docs[d] = true
	}
	for _, l := range g.Lines {
		if len(t.Lines) < maxLines {
			t.Lines = append(t.Lines, l)
		}
	}
}

// addWeak counts the unknown words met opening sentences as forms of a
// candidate found elsewhere; alone, they are too likely ordinary words.
func (c *collector) addWeak() {
	for base, os := range c.weak {
		into := base
		if c.groups[into] == nil {
			stem, _, ok := splitEnding(base, func(s string) bool { return c.groups[s] != nil })
			if !ok {
				continue
			}
			into = stem
		}
		g := c.groups[into]
		for _, o := range os {
			c.add(into, g.Kind, false, o)
		}
	}
}

// addLabels marks the candidates that are speaker labels, and lists the
// labels that are no word found: "Kati Virtanen", "H1", "Haastattelija".
func (c *collector) addLabels() {
	listed := map[string]bool{} // labels listed as themselves
	for _, o := range c.labels {
		if g := c.groups[o.form]; g != nil && !listed[o.form] {
			g.Speaker = true // a word found, counted where it was found
			continue
		}
		if !listed[o.form] {
			kind, sure := c.labelKind(o.form)
			c.add(o.form, kind, sure, o)
			c.groups[o.form].Speaker, listed[o.form] = true, true
			continue
		}
		g := c.groups[o.form]
		c.add(o.form, g.Kind, g.Sure, o)
	}
}

// labelKind is a person when each word of the label is a person's name.
func (c *collector) labelKind(label string) (Kind, bool) {
	words := strings.Fields(label)
	for _, w := range words {
		if g := c.groups[w]; g == nil || g.Kind != Person || !g.Sure {
			return Speaker, false
		}
	}
	return Person, true
}

// line is an occurrence with the rest of its line around it.
func (c *collector) line(o occurrence) Line {
	rs := c.runes[o.doc]
	from, to := o.start, o.end
	for from > 0 && rs[from-1] != '\n' && o.start-from < contextRunes {
		from--
	}
	for to < len(rs) && rs[to] != '\n' && to-o.end < contextRunes {
		to++
	}
	return Line{DocID: o.doc, Start: o.start, End: o.end,
		Before: string(rs[from:o.start]), Match: string(rs[o.start:o.end]), After: string(rs[o.end:to])}
}

// candidates are the groups, those ticked to start with first, then by
// kind (kindOrder) and the most frequent first.
func (c *collector) candidates() []Candidate {
	out := make([]Candidate, 0, len(c.groups))
	for _, g := range c.groups {
		cand := g.Candidate
		cand.Forms = byCount(g.forms)
		for d := range g.docs {
			cand.Docs = append(cand.Docs, d)
		}
		slices.Sort(cand.Docs)
		slices.SortFunc(cand.Lines, func(a, b Line) int {
			return cmp.Or(cmp.Compare(a.DocID, b.DocID), cmp.Compare(a.Start, b.Start))
		})
		out = append(out, cand)
	}
	slices.SortFunc(out, func(a, b Candidate) int {
		return cmp.Or(cmp.Compare(b2i(b.Likely()), b2i(a.Likely())), cmp.Compare(slices.Index(kindOrder, a.Kind), slices.Index(kindOrder, b.Kind)),
			cmp.Compare(b.Count, a.Count), strings.Compare(a.Word, b.Word))
	})
	return out
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// byCount lists forms by how often they occur, then alphabetically.
func byCount(forms map[string]int) []string {
	out := make([]string, 0, len(forms))
	for f := range forms {
		out = append(out, f)
	}
	slices.SortFunc(out, func(a, b string) int {
		if forms[a] != forms[b] {
			return forms[b] - forms[a]
		}
		return strings.Compare(a, b)
	})
	return out
}
