package autocode

import (
	"errors"

	"teema/coding"
	"teema/message"
)

// NewCode adds a code and codes a plan's stretches with it, as one undo
// step: a coding query's passages given a code of their own.
type NewCode struct {
	ParentID int64
	Name     string
	Plan     Plan // made for no code: a new code has no codings to skip
}

// Apply implements coding.Change.
func (c NewCode) Apply(r coding.Repo) (coding.Change, error) {
	code, err := r.AddCode(c.ParentID, c.Name, "", "")
	if err != nil {
		return nil, err
	}
	var undo coding.Change = coding.Batch{Name: Label} // nothing to code: the code alone
	if ch := c.Plan.WithCode(code.ID).Change(); ch != nil {
		undo, err = ch.Apply(r)
	}
	if err != nil {
		if _, derr := r.DeleteCode(code.ID); derr != nil {
			return nil, errors.Join(err, derr)
		}
		return nil, err
	}
	return coding.Batch{Name: Label, Changes: []coding.Change{undo, coding.DeleteCode{ID: code.ID}}}, nil
}

// Label implements coding.Change.
func (c NewCode) Label() *message.Kind { return Label }
