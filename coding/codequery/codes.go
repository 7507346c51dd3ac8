package codequery

import (
	"strings"

	"teema/coding"
	"teema/message"
)

// find is the code a query names: by its path, by its path in any case,
// or by its name alone when no other code has it.
func find(book *coding.CodeBook, name string, n int) (coding.Code, error) {
	if c, ok := book.Lookup(name); ok {
		return c, nil
	}
	var byPath, byName []coding.Code
	book.Walk(func(c coding.Code, _ int) {
		switch {
		case strings.EqualFold(book.Path(c.ID), name):
			byPath = append(byPath, c)
		case strings.EqualFold(c.Name, strings.TrimSpace(name)):
			byName = append(byName, c)
		}
	})
	for _, found := range [][]coding.Code{byPath, byName} {
		switch len(found) {
		case 0:
			continue
		case 1:
			return found[0], nil
		}
		paths := make([]string, len(found))
		for i, c := range found {
			paths[i] = book.Path(c.ID)
		}
		return coding.Code{}, errAmbiguous.New(message.Args{"Word": name, "N": n, "Paths": strings.Join(paths, "; ")})
	}
	return coding.Code{}, errNoCode.New(message.Args{"Word": name, "N": n})
}
