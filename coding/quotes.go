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
