package coding

import "teema/message"

// Changes to documents and to the project's settings that travel with it.

// RenameDocument gives a document another name, unused in the project.
type RenameDocument struct {
	DocID int64
	Name  string
}

// Apply implements Change.
func (c RenameDocument) Apply(r Repo) (Change, error) {
	old, err := r.RenameDocument(c.DocID, c.Name)
	if err != nil {
		return nil, err
	}
	return RenameDocument{DocID: c.DocID, Name: old}, nil
}

// Label implements Change.
func (c RenameDocument) Label() *message.Kind { return labelRenameDocument }

// DeleteDocument removes a document with its codings and memo.
type DeleteDocument struct{ DocID int64 }

// Apply implements Change.
func (c DeleteDocument) Apply(r Repo) (Change, error) {
	removed, err := r.DeleteDocument(c.DocID)
	if err != nil {
		return nil, err
	}
	return restoreDocument{removed}, nil
}

// Label implements Change.
func (c DeleteDocument) Label() *message.Kind { return labelDeleteDocument }

type restoreDocument struct{ d RemovedDocument }

func (c restoreDocument) Apply(r Repo) (Change, error) {
	if err := r.RestoreDocument(c.d); err != nil {
		return nil, err
	}
	return DeleteDocument{DocID: c.d.Doc.ID}, nil
}

func (c restoreDocument) Label() *message.Kind { return labelDeleteDocument }

// SetStopWords replaces the project's own changes to the stop-word lists.
type SetStopWords struct{ StopWords StopWords }

// Apply implements Change.
func (c SetStopWords) Apply(r Repo) (Change, error) {
	old, err := r.SetStopWords(c.StopWords)
	if err != nil {
		return nil, err
	}
	return SetStopWords{StopWords: old}, nil
}

// Label implements Change.
func (c SetStopWords) Label() *message.Kind { return labelStopWords }

// SetPins replaces the codes pinned to the keys 1–9 (0 where none).
type SetPins struct{ Pins [9]int64 }

// Apply implements Change.
func (c SetPins) Apply(r Repo) (Change, error) {
	old, err := r.SetPins(c.Pins)
	if err != nil {
		return nil, err
	}
	return SetPins{Pins: old}, nil
}

// Label implements Change.
func (c SetPins) Label() *message.Kind { return labelPins }
