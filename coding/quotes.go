package coding

import "teema/message"

var labelQuote = message.New("quote choice")

// SetQuote marks an excerpt as chosen to quote in the thesis, or takes the
// mark away: the report quotes the chosen excerpts under their sub-theme.
type SetQuote struct {
	ID    int64
	Quote bool
}

// Apply implements Change.
func (c SetQuote) Apply(r Repo) (Change, error) {
	old, err := r.SetQuote(c.ID, c.Quote)
	if err != nil {
		return nil, err
	}
	return SetQuote{ID: c.ID, Quote: old}, nil
}

// Label implements Change.
func (c SetQuote) Label() *message.Kind { return labelQuote }

var labelInsertQuote = message.New("quote insertion")

// InsertedQuoteLen is the length to which a quote inserted in a summary
// is shortened; the report knows the line again as that quote.
const InsertedQuoteLen = 200

// InsertQuote sets a summary to which a quote of an excerpt was added and
// marks the excerpt chosen, as one step: a quote put in a summary is one
// the thesis uses.
func InsertQuote(key SummaryKey, summary string, excerptID int64) Change {
	return Batch{Name: labelInsertQuote, Changes: []Change{
		SetSummary{Key: key, Text: summary}, SetQuote{ID: excerptID, Quote: true}}}
}
