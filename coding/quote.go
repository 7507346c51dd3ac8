package coding

import (
	"strings"
	"unicode/utf8"
)

// Quoter quotes excerpts for a thesis, naming each one's source by the
// project's rule, so a quote reads the same in the matrix window, on the
// clipboard and in the workbook.
type Quoter struct {
	rule  QuoteRule
	docs  map[int64]DocumentInfo
	codes map[int64]string // InterviewCodes
	turns func(docID int64) []Turn
	times func(docID int64) TimeIndex // nil: no times known
}

// NewQuoter quotes by rule among the project's interviews docs (all of
// them: an interview's code is its place among them); turns gives a
// document's speaker turns.
func NewQuoter(rule QuoteRule, docs []DocumentInfo, turns func(docID int64) []Turn) Quoter {
	byID := make(map[int64]DocumentInfo, len(docs))
	for _, d := range docs {
		byID[d.ID] = d
	}
	return Quoter{rule: rule, docs: byID, codes: InterviewCodes(docs), turns: turns}
}

// Quoter quotes the corpus's excerpts by rule.
func (c Corpus) Quoter(rule QuoteRule) Quoter {
	return NewQuoter(rule, c.Docs, func(id int64) []Turn { return c.Turns[id] }).
		WithTimes(func(id int64) TimeIndex { return c.Times[id] })
}

// WithTimes lets the quoter name when a quote is heard, by the documents'
// time indexes, when its rule asks for the time.
func (q Quoter) WithTimes(times func(docID int64) TimeIndex) Quoter {
	q.times = times
	return q
}

// Rule is the rule the quoter names sources by.
func (q Quoter) Rule() QuoteRule { return q.rule }

// Source names where an excerpt comes from by the rule. A speaker or an
// attribute the excerpt lacks gives way to the interview code, which
// every interview has and which names nobody.
func (q Quoter) Source(e Excerpt) string {
	var s string
	switch q.rule.Source {
	case QuoteBySpeaker:
		s = SpeakerAt(q.turns(e.DocID), e.Start)
	case QuoteByDocument:
		s = q.docs[e.DocID].Name
	case QuoteByAttribute:
		s = strings.TrimSpace(q.docs[e.DocID].Attributes[q.rule.Attr])
	}
	if s == "" {
		s = q.codes[e.DocID]
	}
	return s
}

// Quote formats an excerpt for a thesis: the text in quotation marks with
// its source, e.g. `“Yhteistyö sujuu hyvin.” (H5)`. A speaker label
// inside the excerpt is dropped, and long quotes are shortened to max
// runes.
func (q Quoter) Quote(e Excerpt, max int) string {
	text := strings.Join(strings.Fields(e.Text), " ")
	if sp := SpeakerAt(q.turns(e.DocID), e.Start); sp != "" {
		text = strings.TrimPrefix(text, sp+": ")
	}
	if max > 1 && utf8.RuneCountInString(text) > max {
		text = string([]rune(text)[:max-1]) + "…"
	}
	return "\u201C" + text + "\u201D (" + q.Source(e) + q.time(e) + ")"
}

// time is ", 12:34" when the rule names the time and the excerpt's
// document has one for it.
func (q Quoter) time(e Excerpt) string {
	if !q.rule.Time || q.times == nil {
		return ""
	}
	if from, _, ok := q.times(e.DocID).SpanTime(e.Start, e.End); ok {
		return ", " + FormatTime(from)
	}
	return ""
}
