package study

import (
	"teema/coding"
	"teema/coding/codequery"
	"teema/store"
)

// SaveQuery is the change that keeps a coding query in the project under
// its name, replacing one of that name; a query that cannot be read is
// not kept.
func SaveQuery(p *store.Project, q codequery.Saved) (coding.Change, error) {
	book, err := p.CodeBook()
	if err != nil {
		return nil, err
	}
	if _, err := codequery.Parse(q.Query, book); err != nil {
		return nil, err
	}
	list, err := p.SavedQueries()
	if err != nil {
		return nil, err
	}
	if list, err = codequery.Save(list, q); err != nil {
		return nil, err
	}
	return codequery.SetSaved{Queries: list}, nil
}

// ForgetQuery is the change that takes a saved query out of the project.
func ForgetQuery(p *store.Project, name string) (coding.Change, error) {
	list, err := p.SavedQueries()
	if err != nil {
		return nil, err
	}
	return codequery.SetSaved{Queries: codequery.Remove(list, name)}, nil
}
