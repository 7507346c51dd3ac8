package store

import (
	"errors"
	"fmt"
	"path/filepath"
	"strings"

	"teema/coding"
	"teema/store/importer"
)

// ErrDuplicate reports that a file's text is already in the project.
var ErrDuplicate = errors.New("identical text is already in the project")

// ImportResult is the outcome for one file of a batch import.
type ImportResult struct {
	File string
	Doc  coding.Document
	Err  error // nil, ErrDuplicate (wrapped) or the reason the file failed
}

// ImportFile reads a transcript and adds it as a document named after the
// file. A file whose text is already in the project is not added again.
func (p *Project) ImportFile(path string, attrs map[string]string) (coding.Document, error) {
	res, err := importer.ReadFile(path)
	if err != nil {
		return coding.Document{}, err
	}
	return p.ImportText(filepath.Base(path), res, attrs)
}

// ImportText adds already-read text as a document named after file.
func (p *Project) ImportText(file string, res importer.Result, attrs map[string]string) (coding.Document, error) {
	hash := coding.ContentHash(res.Text)
	if same, ok, err := p.nameByHash(hash); err != nil {
		return coding.Document{}, fmt.Errorf("import %s: %w", file, err)
	} else if ok {
		return coding.Document{}, fmt.Errorf("import %s: %w (document %q)", file, ErrDuplicate, same)
	}
	name := strings.TrimSuffix(file, filepath.Ext(file))
	d := coding.NewDocument(name, res.Text, res.Format, file, p.now())
	for k, v := range attrs {
		d.Attributes[k] = v
	}
	d, err := p.AddDocument(d)
	if err != nil {
		return coding.Document{}, fmt.Errorf("import %s: %w", file, err)
	}
	return d, nil
}

// ImportFiles imports each file on its own: one bad file never stops or
// undoes the others. progress, if not nil, is called after each file.
func (p *Project) ImportFiles(paths []string, attrs map[string]string, progress func(done int, r ImportResult)) []ImportResult {
	out := make([]ImportResult, 0, len(paths))
	for i, path := range paths {
		d, err := p.ImportFile(path, attrs)
		r := ImportResult{File: path, Doc: d, Err: err}
		out = append(out, r)
		if progress != nil {
			progress(i+1, r)
		}
	}
	return out
}
