package session

import (
	"teema/coding"
	"teema/i18n"
)

// OpenDoc shows a document in the transcript view.
func (s *Session) OpenDoc(id int64) {
	if s.doc != nil && s.doc.ID == id {
		return
	}
	if err := s.loadDoc(id); err != nil {
		s.Fail(err)
		return
	}
	s.excerptID = 0
	s.refresh()
}

// CodeSelection codes the transcript's selected text with a code.
func (s *Session) CodeSelection(codeID int64, start, end int) bool {
	if s.doc == nil || end <= start {
		return false
	}
	ok := s.Do(coding.CodeText{Excerpt: coding.Excerpt{DocID: s.doc.ID, CodeID: codeID, Start: start, End: end, Coder: s.Coder()}})
	if ok {
		s.status(i18n.TF("Coded as {{.Code}} — Ctrl+Z undoes", map[string]any{"Code": s.book.Path(codeID)}))
	}
	return ok
}

// SelectCode makes a code current (its excerpts and memo are shown).
func (s *Session) SelectCode(id int64) {
	s.codeID = id
	s.excerptID = 0
	s.refresh()
}

// SelectExcerpt makes an excerpt current (its memo is shown).
func (s *Session) SelectExcerpt(id int64) {
	s.excerptID = id
	s.refresh()
}

// CodeExcerpts lists the codings of the current code and its sub-codes.
func (s *Session) CodeExcerpts() ([]coding.Excerpt, error) {
	if s.codeID == 0 {
		return nil, nil
	}
	return s.proj.Excerpts(coding.ExcerptFilter{CodeIDs: s.book.Subtree(s.codeID)})
}

// Pin puts a code on key n (1–9); 0 as code unpins the key.
func (s *Session) Pin(n int, codeID int64) {
	if n < 1 || n > 9 {
		return
	}
	pins := s.pins
	for i, id := range pins {
		if id == codeID {
			pins[i] = 0
		}
	}
	pins[n-1] = codeID
	s.Do(coding.SetPins{Pins: pins})
}
