package study

import (
	"errors"
	"slices"
	"strings"

	"teema/coding"
	"teema/message"
	"teema/store"
)

// DocIDs resolves interviews named on a command line: each by its name,
// its id, or a name that matches one interview but for case.
func DocIDs(p *store.Project, refs []string) ([]int64, error) {
	var ids []int64
	for _, ref := range refs {
		d, err := p.FindDocument(ref)
		if errors.Is(err, coding.ErrNotFound) {
			return nil, noDocument(p, ref)
		}
		if err != nil {
			return nil, err
		}
		ids = append(ids, d.ID)
	}
	return ids, nil
}

func noDocument(p *store.Project, ref string) error {
	docs, err := p.Documents()
	if err != nil {
		return err
	}
	names := make([]string, len(docs))
	for i, d := range docs {
		names[i] = d.Name
	}
	return errNoDocument.New(message.Args{"Name": ref, "Names": listed(names)})
}

// CodeIDs resolves code paths ("Yhteistyö/Tapaamiset").
func CodeIDs(p *store.Project, paths []string) ([]int64, error) {
	book, err := p.CodeBook()
	if err != nil {
		return nil, err
	}
	var ids []int64
	for _, path := range paths {
		code, ok := book.Lookup(path)
		if !ok {
			return nil, noCode(book, path)
		}
		ids = append(ids, code.ID)
	}
	return ids, nil
}

func noCode(book *coding.CodeBook, path string) error {
	var paths []string
	book.Walk(func(c coding.Code, _ int) { paths = append(paths, book.Path(c.ID)) })
	return errNoCode.New(message.Args{"Code": path, "Codes": listed(paths)})
}

// Where resolves KEY=VALUE pairs into the attribute filters of a query:
// AND across keys, OR within one.
func Where(p *store.Project, pairs []string) (map[string][]string, error) {
	if len(pairs) == 0 {
		return nil, nil
	}
	docs, err := p.Documents()
	if err != nil {
		return nil, err
	}
	where := map[string][]string{}
	for _, pair := range pairs {
		k, v, ok := strings.Cut(pair, "=")
		k, v = strings.TrimSpace(k), strings.TrimSpace(v)
		if !ok || k == "" {
			return nil, errNotPair.New(message.Args{"Text": pair})
		}
		if err := hasAttribute(docs, k); err != nil {
			return nil, err
		}
		where[k] = append(where[k], v)
	}
	return where, nil
}

// hasAttribute fails unless an interview has the attribute, naming those
// they have.
func hasAttribute(docs []coding.DocumentInfo, key string) error {
	keys := coding.AttributeKeys(docs)
	if slices.Contains(keys, key) {
		return nil
	}
	return errNoAttribute.New(message.Args{"Name": key, "Names": listed(keys)})
}

// listedMax is how many names an error lists: enough to spot a typo,
// not a page of them.
const listedMax = 30

func listed(names []string) string {
	if len(names) == 0 {
		return "–"
	}
	if len(names) > listedMax {
		return strings.Join(names[:listedMax], ", ") + ", …"
	}
	return strings.Join(names, ", ")
}
