package coding

import "teema/message"

var labelOriginalName = message.New("file name change")

// SetOriginalName changes the name of the file a document was imported
// from, which Teema keeps to recognise the file again: a file named after
// an interviewee must not keep the name in a pseudonymised project.
type SetOriginalName struct {
	DocID int64
	Name  string
}

// Apply implements Change.
func (c SetOriginalName) Apply(r Repo) (Change, error) {
	old, err := r.SetOriginalName(c.DocID, c.Name)
	if err != nil {
		return nil, err
	}
	return SetOriginalName{DocID: c.DocID, Name: old}, nil
}

// Label implements Change.
func (c SetOriginalName) Label() *message.Kind { return labelOriginalName }
