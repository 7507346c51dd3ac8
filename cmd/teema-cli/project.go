package main

import (
	"encoding/json"
	"errors"

	"teema/coding"
	"teema/store"
	"teema/study"
)

// withProject opens an existing project for writing, runs f and closes it.
func withProject(path string, f func(p *store.Project) error) error {
	p, err := store.Open(path)
	if err != nil {
		return err
	}
	defer p.Close()
	return f(p)
}

// readProject opens a project only to read it, so it works while Teema has
// the project open. A project from an older Teema is upgraded first.
func readProject(path string, f func(p *store.Project) error) error {
	p, err := store.OpenReadOnly(path)
	if errors.Is(err, store.ErrOutdated) {
		return withProject(path, f)
	}
	if err != nil {
		return err
	}
	defer p.Close()
	return f(p)
}

// document is a project's document named ref (its name or id), with its
// text and time index.
func document(p *store.Project, ref string) (coding.Document, error) {
	info, err := p.FindDocument(ref)
	if err != nil {
		return coding.Document{}, err
	}
	return p.Document(info.ID)
}

func (c *cli) json(v any) error {
	enc := json.NewEncoder(c.out)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// codeID resolves a code path, or says which codes there are.
func codeID(p *store.Project, path string) (int64, error) {
	ids, err := study.CodeIDs(p, []string{path})
	if err != nil {
		return 0, err
	}
	return ids[0], nil
}
