package wordfreq

import (
	"strings"
	"unicode/utf8"

	"teema/coding"
)

// Scope chooses the text a count is made of. The zero Scope is the whole
// project, speaker labels left out.
type Scope struct {
	Docs []int64 // only these interviews (none: all)

	// Where keeps the interviews whose attributes match: every key must
	// match, and a key given several values matches any of them
	// (ryhmä=Kunnat or ryhmä=Yhteisöt, and rooli=esimies). Values compare
	// case-insensitively.
	Where map[string][]string

	Codes []int64 // only text coded with these codes or their sub-codes

	// Langs sets the language of some interviews for this count, over
	// their language attribute and over detecting it.
	Langs map[int64]Lang

	Speakers      []string // only these speakers' turns (case-insensitive)
	NoInterviewer bool     // leave out the interviewer's turns (coding.IsInterviewer)

	// Labels counts speaker labels ("H5:", "Haastattelija:") as words of
	// the text. Off by default: a label is not something anyone said.
	Labels bool
}

// Selection is a Scope applied to a corpus: the documents in it and how
// to cut each one's text.
type Selection struct {
	Docs []coding.DocumentInfo // in corpus order

	scope    Scope
	corpus   coding.Corpus
	excerpts map[int64][]Range // doc → coded ranges, when Scope.Codes is set
}

// Select picks the documents in scope.
func (s Scope) Select(c coding.Corpus) *Selection {
	sel := &Selection{scope: s, corpus: c}
	want := map[int64]bool{}
	for _, id := range s.Docs {
		want[id] = true
	}
	for _, d := range c.Docs {
		if len(want) > 0 && !want[d.ID] || !s.matches(d.Attributes) {
			continue
		}
		sel.Docs = append(sel.Docs, d)
	}
	if len(s.Codes) > 0 {
		codes := map[int64]bool{}
		for _, id := range s.Codes {
			if c.Book == nil {
				codes[id] = true
				continue
			}
			for _, sub := range c.Book.Subtree(id) {
				codes[sub] = true
			}
		}
		sel.excerpts = map[int64][]Range{}
		for _, e := range c.Excerpts {
			if codes[e.CodeID] {
				sel.excerpts[e.DocID] = append(sel.excerpts[e.DocID], Range{Start: e.Start, End: e.End})
			}
		}
		docs := sel.Docs[:0]
		for _, d := range sel.Docs {
			if len(sel.excerpts[d.ID]) > 0 {
				docs = append(docs, d)
			}
		}
		sel.Docs = docs
	}
	return sel
}

func (s Scope) matches(attrs map[string]string) bool {
	for key, values := range s.Where {
		have, ok := attrs[key]
		if !ok {
			return false
		}
		match := false
		for _, v := range values {
			if strings.EqualFold(strings.TrimSpace(have), strings.TrimSpace(v)) {
				match = true
				break
			}
		}
		if !match {
			return false
		}
	}
	return true
}

// LangAttributes are the attributes that can name an interview's
// language; otherwise it is detected from the text.
var LangAttributes = []string{"kieli", "language", "lang"}

// langOf is the language chosen for an interview in this count, or the
// one its attributes name, or Auto (detect it).
func (sel *Selection) langOf(id int64, attrs map[string]string) Lang {
	if l, ok := sel.scope.Langs[id]; ok && l != Auto {
		return l
	}
	return attrLang(attrs)
}

// attrLang is the language an interview's attributes name, Auto if none.
func attrLang(attrs map[string]string) Lang {
	for _, k := range LangAttributes {
		if l := ParseLang(attrs[k]); l != Auto {
			return l
		}
	}
	return Auto
}

// NeedsTurns tells whether Text needs a document's speaker turns: to keep
// some speakers' words or to leave the speaker labels out.
func (sel *Selection) NeedsTurns() bool {
	return len(sel.scope.Speakers) > 0 || sel.scope.NoInterviewer || !sel.scope.Labels
}

// Text cuts a document (loaded with its text) to the scope. ok is false
// when nothing of it is in scope.
func (sel *Selection) Text(doc coding.Document) (Text, bool) {
	s := sel.scope
	t := Text{DocID: doc.ID, Text: doc.Text, Lang: sel.langOf(doc.ID, doc.Attributes)}
	turns := doc.Turns
	if turns == nil {
		turns = sel.corpus.Turns[doc.ID]
	}
	bySpeaker := len(s.Speakers) > 0 || s.NoInterviewer
	if !bySpeaker && len(s.Codes) == 0 && (s.Labels || len(turns) == 0) {
		return t, true // the whole text
	}
	chars := utf8.RuneCountInString(doc.Text)
	var rs []Range
	if bySpeaker {
		for _, tr := range turns {
			if s.speakerIn(tr.Speaker) {
				rs = append(rs, Range{Start: tr.Start, End: tr.End})
			}
		}
		if len(s.Speakers) == 0 { // --no-interviewer alone keeps text outside turns
			rs = append(rs, outside(turns, chars)...)
		}
	} else {
		rs = []Range{{Start: 0, End: chars}}
	}
	if len(s.Codes) > 0 {
		rs = coding.Intersect(coding.Union(rs), coding.Union(sel.excerpts[doc.ID]))
	}
	if !s.Labels {
		rs = coding.Minus(coding.Union(rs), labelRanges(doc.Text, turns))
	}
	rs = coding.Union(rs)
	if len(rs) == 0 {
		return t, false
	}
	t.Ranges = rs
	return t, true
}

func (s Scope) speakerIn(speaker string) bool {
	if s.NoInterviewer && coding.IsInterviewer(speaker) {
		return false
	}
	if len(s.Speakers) == 0 {
		return true
	}
	for _, sp := range s.Speakers {
		if strings.EqualFold(strings.TrimSpace(sp), strings.TrimSpace(speaker)) {
			return true
		}
	}
	return false
}

// outside is the text not in any turn (before the first label).
func outside(turns []coding.Turn, chars int) []Range {
	var out []Range
	pos := 0
	for _, t := range turns {
		if t.Start > pos {
			out = append(out, Range{Start: pos, End: t.Start})
		}
		pos = max(pos, t.End)
	}
	if pos < chars {
		out = append(out, Range{Start: pos, End: chars})
	}
	return out
}

// labelRanges finds each turn's label and its colon ("H5:"), walking the
// text once.
func labelRanges(text string, turns []coding.Turn) []Range {
	out := make([]Range, 0, len(turns))
	cp, b := 0, 0
	for _, t := range turns {
		if t.Start < cp {
			continue
		}
		for cp < t.Start && b < len(text) {
			_, size := utf8.DecodeRuneInString(text[b:])
			b += size
			cp++
		}
		line := text[b:]
		if nl := strings.IndexByte(line, '\n'); nl >= 0 {
			line = line[:nl]
		}
		colon := strings.IndexByte(line, ':')
		if colon < 0 {
			continue
		}
		out = append(out, Range{Start: t.Start, End: t.Start + utf8.RuneCountInString(line[:colon]) + 1})
	}
	return out
}
