package coding

import (
	"fmt"
	"time"
)

// Excerpt is one coding: a stretch [Start, End) of a document's text, in
// code points, tagged with a code. Text keeps a copy of the coded words so
// any drift between offsets and text can be detected and reported.
type Excerpt struct {
	ID      int64
	DocID   int64
	CodeID  int64
	Start   int
	End     int
	Text    string
	Coder   string
	Memo    string
	Created time.Time
}

// NewExcerpt cuts the excerpt [start, end) out of a document and checks the range.
func NewExcerpt(doc Document, codeID int64, start, end int, coder string, at time.Time) (Excerpt, error) {
	if start < 0 || end <= start || end > doc.Chars {
		return Excerpt{}, fmt.Errorf("range %d–%d is outside document %q, which has %d characters", start, end, doc.Name, doc.Chars)
	}
	return Excerpt{
		DocID:   doc.ID,
		CodeID:  codeID,
		Start:   start,
		End:     end,
		Text:    Slice(doc.Text, start, end),
		Coder:   coder,
		Created: at,
	}, nil
}

// Drifted reports whether the excerpt's offsets no longer select its text.
func (e Excerpt) Drifted(docText string) bool {
	return Slice(docText, e.Start, e.End) != e.Text
}

// ExcerptFilter selects excerpts; zero fields select everything. CodeIDs
// matches any of the given codes.
type ExcerptFilter struct {
	DocID   int64
	CodeIDs []int64
	Coder   string
}
