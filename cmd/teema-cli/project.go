package main

import (
	"encoding/json"
	"errors"
	"fmt"

	"teema/coding"
	"teema/store"
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

func (c *cli) json(v any) error {
	enc := json.NewEncoder(c.out)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

func findCode(p *store.Project, path string) (coding.Code, *coding.CodeBook, error) {
	cb, err := p.CodeBook()
	if err != nil {
		return coding.Code{}, nil, err
	}
	code, ok := cb.Lookup(path)
	if !ok {
		return coding.Code{}, nil, fmt.Errorf("code %q does not exist (see teema-cli codes)", path)
	}
	return code, cb, nil
}
