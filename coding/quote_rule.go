package coding

import (
	"strings"

	"teema/message"
)

// QuoteSource is what a quote names as its source.
type QuoteSource string

// The sources a project's quotes can name. The interview code is the
// default: a thesis cites anonymously, and a speaker label is often a real
// first name.
const (
	QuoteByCode      QuoteSource = "code"      // the interview's code, e.g. H3 (InterviewCodes)
	QuoteBySpeaker   QuoteSource = "speaker"   // the label of the turn, e.g. H5 or Kati
	QuoteByDocument  QuoteSource = "document"  // the document's name
	QuoteByAttribute QuoteSource = "attribute" // a chosen attribute of the interview
)

// QuoteRule is the one attribution rule of a project: every quote, in the
// matrix window, on the clipboard and in the workbook, names its source
// by it. Attr names the attribute for QuoteByAttribute.
type QuoteRule struct {
	Source QuoteSource
	Attr   string
	Time   bool // also when the words are heard in the recording: (H3, 12:34)
}

// timeSuffix marks a stored rule that names the time too.
const timeSuffix = "+time"

// ParseQuoteRule reads the stored form of a rule (QuoteRule.String); an
// empty or unknown one is the default, the interview code.
func ParseQuoteRule(s string) QuoteRule {
	s, timed := strings.CutSuffix(s, timeSuffix)
	r := parseSource(s)
	r.Time = timed
	return r
}

func parseSource(s string) QuoteRule {
	if attr, ok := strings.CutPrefix(s, string(QuoteByAttribute)+":"); ok && attr != "" {
		return QuoteRule{Source: QuoteByAttribute, Attr: attr}
	}
	switch src := QuoteSource(s); src {
	case QuoteBySpeaker, QuoteByDocument:
		return QuoteRule{Source: src}
	}
	return QuoteRule{Source: QuoteByCode}
}

// String is the stored form: "code", "speaker", "document" or
// "attribute:NAME", followed by "+time" when the time is named too. A
// rule that names no attribute is the default.
func (r QuoteRule) String() string {
	if r.Time {
		return QuoteRule{Source: r.Source, Attr: r.Attr}.String() + timeSuffix
	}
	switch {
	case r.Source == QuoteByAttribute && r.Attr != "":
		return string(QuoteByAttribute) + ":" + r.Attr
	case r.Source == QuoteBySpeaker, r.Source == QuoteByDocument:
		return string(r.Source)
	}
	return string(QuoteByCode)
}

// SetQuoteRule chooses how the project's quotes name their source.
type SetQuoteRule struct{ Rule QuoteRule }

// Apply implements Change.
func (c SetQuoteRule) Apply(r Repo) (Change, error) {
	old, err := r.SetQuoteRule(c.Rule)
	if err != nil {
		return nil, err
	}
	return SetQuoteRule{Rule: old}, nil
}

// Label implements Change.
func (c SetQuoteRule) Label() *message.Kind { return labelQuoteRule }

var labelQuoteRule = message.New("quote attribution change")
