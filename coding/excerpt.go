package coding

import (
	"strings"
	"time"

	"teema/message"
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
	Quote   bool // chosen to quote in the thesis (the report quotes it)
}

// NewExcerpt makes e a coding of doc, copying the coded words from its
// text, under the rules every coding obeys: its code is in the code book;
// [Start, End) lies inside the document and holds more than white space;
// and its coder has not coded those words with that code already. Two
// coders may code the same words alike: that is what agreement measures.
// existing are the document's codings (those with e's code suffice).
func NewExcerpt(doc Document, book *CodeBook, e Excerpt, existing []Excerpt) (Excerpt, error) {
	if _, ok := book.Code(e.CodeID); !ok {
		return Excerpt{}, ErrNoCode.New(nil)
	}
	if err := doc.CheckRange(e.Start, e.End); err != nil {
		return Excerpt{}, err
	}
	e.DocID = doc.ID
	e.Text = Slice(doc.Text, e.Start, e.End)
	if strings.TrimSpace(e.Text) == "" {
		return Excerpt{}, errBlank.New(nil)
	}
	for _, x := range existing {
		if e.Repeats(x) {
			return Excerpt{}, errAlreadyCoded.New(message.Args{"Code": book.Path(e.CodeID)})
		}
	}
	return e, nil
}

// CheckRange says whether [start, end) is a stretch of the document's
// text; it needs only the document's Name and Chars.
func (d Document) CheckRange(start, end int) error {
	if start < 0 || end <= start || end > d.Chars {
		return errOutside.New(message.Args{"Start": start, "End": end, "Document": d.Name, "Chars": d.Chars})
	}
	return nil
}

// Repeats says whether e codes what x already codes: the same words of the
// same document with the same code, by the same coder.
func (e Excerpt) Repeats(x Excerpt) bool {
	return e.DocID == x.DocID && e.CodeID == x.CodeID && e.Start == x.Start && e.End == x.End && e.Coder == x.Coder
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
