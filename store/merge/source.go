package merge

import (
	"fmt"
	"path/filepath"
	"strings"

	"teema/coding"
	"teema/store"
)

// Source is another coder's project in memory. Ids are the source's own:
// excerpts and memos refer to its documents and codes by them.
type Source struct {
	// Name names the source in the report, in renamed documents and in
	// appended memos: usually the file's name or the coder's.
	Name     string
	Docs     []coding.Document // with text and attributes
	Book     *coding.CodeBook
	Excerpts []coding.Excerpt             // offsets into the documents' Text
	Memos    map[coding.MemoTarget]string // project, document and code memos
}

// ReadTeema reads another coder's .teema file without writing to it.
func ReadTeema(path string) (Source, error) {
	p, err := store.OpenReadOnly(path)
	if err != nil {
		return Source{}, err
	}
	defer p.Close()
	src, err := FromProject(p)
	if err != nil {
		return Source{}, fmt.Errorf("read %s: %w", path, err)
	}
	src.Name = strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
	return src, nil
}

// FromProject loads everything a merge takes from an open project.
func FromProject(p *store.Project) (Source, error) {
	var src Source
	infos, err := p.Documents()
	if err != nil {
		return src, err
	}
	for _, info := range infos {
		d, err := p.Document(info.ID)
		if err != nil {
			return src, err
		}
		src.Docs = append(src.Docs, d)
	}
	if src.Book, err = p.CodeBook(); err != nil {
		return src, err
	}
	if src.Excerpts, err = p.Excerpts(coding.ExcerptFilter{}); err != nil {
		return src, err
	}
	src.Memos, err = p.Memos()
	return src, err
}
