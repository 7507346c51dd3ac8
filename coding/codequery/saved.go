package codequery

import (
	"slices"
	"strings"

	"teema/coding"
	"teema/message"
)

// Saved is a coding query kept in the project under a name, to run again
// as the codings change.
type Saved struct {
	Name  string `json:"name"`
	Query string `json:"query"`
}

// Repo is a project that keeps saved queries; the project file is one.
// It is apart from coding.Repo, as only this change needs it.
type Repo interface {
	SavedQueries() ([]Saved, error)
	SetSavedQueries(qs []Saved) (old []Saved, err error)
}

var (
	labelSaved   = message.New("change to saved queries")
	errNoName    = message.New("Give the query a name.")
	errNotSaving = message.New("This project cannot keep saved queries.")
)

// Save puts a query in the list under its name, replacing the one of that
// name (in any case), or at the end.
func Save(list []Saved, q Saved) ([]Saved, error) {
	q.Name, q.Query = strings.TrimSpace(q.Name), strings.TrimSpace(q.Query)
	if q.Name == "" {
		return nil, errNoName.New(nil)
	}
	out := slices.Clone(list)
	if i := indexOf(out, q.Name); i >= 0 {
		out[i] = q
		return out, nil
	}
	return append(out, q), nil
}

// Remove takes the query of a name out of the list.
func Remove(list []Saved, name string) []Saved {
	out := slices.Clone(list)
	if i := indexOf(out, name); i >= 0 {
		out = slices.Delete(out, i, i+1)
	}
	return out
}

func indexOf(list []Saved, name string) int {
	return slices.IndexFunc(list, func(s Saved) bool { return strings.EqualFold(s.Name, strings.TrimSpace(name)) })
}

// SetSaved replaces the project's saved queries, undoably.
type SetSaved struct{ Queries []Saved }

// Apply implements coding.Change.
func (c SetSaved) Apply(r coding.Repo) (coding.Change, error) {
	qr, ok := r.(Repo)
	if !ok {
		return nil, errNotSaving.New(nil)
	}
	old, err := qr.SetSavedQueries(c.Queries)
	if err != nil {
		return nil, err
	}
	return SetSaved{Queries: old}, nil
}

// Label implements coding.Change.
func (c SetSaved) Label() *message.Kind { return labelSaved }
