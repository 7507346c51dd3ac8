// Package demo writes the fictional demo study that ships with Teema: seven
// Finnish theme interviews coded with the Calpro code book.
package demo

import (
	"fmt"
	"io/fs"

	"teema/assets"
	"teema/coding"
	"teema/store"
	"teema/store/importer"
)

// Write creates the demo project at path; it refuses to overwrite a file.
func Write(path string) error {
	p, err := store.Create(path)
	if err != nil {
		return err
	}
	defer p.Close()
	if err := fill(p); err != nil {
		return fmt.Errorf("demo project: %w", err)
	}
	return nil
}

func fill(p *store.Project) error {
	s, err := assets.Demo()
	if err != nil {
		return err
	}
	if err := p.SetName(s.Name); err != nil {
		return err
	}
	if err := applyCalpro(p); err != nil {
		return err
	}
	docs, err := importDocs(p, s)
	if err != nil {
		return err
	}
	if err := code(p, s, docs); err != nil {
		return err
	}
	return memos(p, s, docs)
}

func applyCalpro(p *store.Project) error {
	raw, err := assets.Template("calpro")
	if err != nil {
		return err
	}
	t, err := coding.ParseTemplate(raw)
	if err != nil {
		return err
	}
	_, err = p.ApplyTemplate(t)
	return err
}

func importDocs(p *store.Project, s assets.DemoStudy) (map[string]coding.Document, error) {
	docs := map[string]coding.Document{}
	for _, d := range s.Documents {
		raw, err := fs.ReadFile(assets.DemoFiles(), d.File)
		if err != nil {
			return nil, err
		}
		res, err := importer.Read(d.File, raw)
		if err != nil {
			return nil, err
		}
		doc, err := p.ImportText(d.File, res, d.Attributes)
		if err != nil {
			return nil, err
		}
		if _, err := p.RenameDocument(doc.ID, d.Name); err != nil {
			return nil, err
		}
		doc.Name = d.Name
		docs[d.Name] = doc
	}
	return docs, nil
}

func code(p *store.Project, s assets.DemoStudy, docs map[string]coding.Document) error {
	cb, err := p.CodeBook()
	if err != nil {
		return err
	}
	for _, c := range s.Codings {
		doc, ok := docs[c.Doc]
		if !ok {
			return fmt.Errorf("coding names unknown document %q", c.Doc)
		}
		code, ok := cb.Lookup(c.Code)
		if !ok {
			return fmt.Errorf("coding names unknown code %q", c.Code)
		}
		start, end, ok := coding.FindNth(doc.Text, coding.Normalize(c.Match), max(c.Nth, 1))
		if !ok {
			return fmt.Errorf("%s: text %q not found", c.Doc, c.Match)
		}
		e := coding.Excerpt{DocID: doc.ID, CodeID: code.ID, Start: start, End: end, Coder: s.Coder, Memo: c.Memo}
		if _, err := p.AddExcerpt(e); err != nil {
			return err
		}
	}
	return nil
}

func memos(p *store.Project, s assets.DemoStudy, docs map[string]coding.Document) error {
	cb, err := p.CodeBook()
	if err != nil {
		return err
	}
	for _, m := range s.Memos {
		kind, err := coding.ParseMemoKind(m.Kind)
		if err != nil {
			return err
		}
		t := coding.MemoTarget{Kind: kind}
		switch kind {
		case coding.DocumentMemo:
			t.ID = docs[m.Target].ID
		case coding.CodeMemo:
			c, _ := cb.Lookup(m.Target)
			t.ID = c.ID
		}
		if _, err := p.SetMemo(t, m.Text); err != nil {
			return fmt.Errorf("memo on %q: %w", m.Target, err)
		}
	}
	return nil
}
