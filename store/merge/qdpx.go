package merge

import (
	"path/filepath"
	"strings"

	"teema/coding"
	"teema/message"
	"teema/store"
	"teema/store/qdpx"
)

// ReadQDPX reads another coder's REFI-QDA project (.qdpx) without writing
// anywhere. Codings keep the coder the file names (its creatingUser). The
// qdpx report says what of the file could not be read or placed.
func ReadQDPX(path string) (Source, qdpx.Report, error) {
	x, rep, err := qdpx.ReadFile(path)
	if err != nil {
		return Source{}, rep, err
	}
	src := FromExchange(x)
	src.Name = strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
	return src, rep, nil
}

// FromExchange turns a project read from an exchange file into a Source.
// The file's code keys and documents get ids of their own, numbered in
// the file's order; the merge maps them to ours.
func FromExchange(x store.Exchange) Source {
	src := Source{Name: x.Name, Memos: map[coding.MemoTarget]string{}}
	memo := func(t coding.MemoTarget, text string) {
		if strings.TrimSpace(text) != "" {
			src.Memos[t] = text
		}
	}
	memo(coding.MemoTarget{Kind: coding.ProjectMemo}, x.ProjectMemo)
	codes := exchangeCodes(x.Codes)
	var book []coding.Code
	for i, c := range x.Codes {
		id := codes[c.Key]
		book = append(book, coding.Code{ID: id, ParentID: codes[c.ParentKey], Name: c.Name,
			Color: c.Color, Description: c.Description, Order: i})
		memo(coding.MemoTarget{Kind: coding.CodeMemo, ID: id}, c.Memo)
	}
	src.Book = coding.NewCodeBook(book)
	for i, d := range x.Documents {
		doc := d.Doc
		doc.ID = int64(i + 1)
		src.Docs = append(src.Docs, doc)
		memo(coding.MemoTarget{Kind: coding.DocumentMemo, ID: doc.ID}, d.Memo)
		if len(d.Excerpts) == 0 {
			continue
		}
		text := coding.NewSlicer(doc.Text)
		for _, e := range d.Excerpts {
			src.Excerpts = append(src.Excerpts, coding.Excerpt{DocID: doc.ID, CodeID: codes[e.CodeKey],
				Start: e.Start, End: e.End, Text: text.Slice(e.Start, e.End),
				Coder: e.Coder, Memo: e.Memo, Created: e.Created})
		}
	}
	return src
}

// exchangeCodes numbers the file's codes from 1; a key not in the code
// book maps to 0, which the merge reports and skips.
func exchangeCodes(cs []store.ExchangeCode) map[string]int64 {
	ids := map[string]int64{}
	for i, c := range cs {
		ids[c.Key] = int64(i + 1)
	}
	return ids
}

// ReadFile reads another coder's project by its file's extension: a
// .teema project or a .qdpx. For a .qdpx, problems lists what of the file
// could not be read or placed exactly.
func ReadFile(path string) (src Source, problems []message.Note, err error) {
	switch strings.ToLower(filepath.Ext(path)) {
	case store.Extension:
		src, err = ReadTeema(path)
		return src, nil, err
	case ".qdpx":
		src, rep, err := ReadQDPX(path)
		return src, rep.Problems(), err
	}
	return Source{}, nil, errNotMergeable.New(message.Args{"File": filepath.Base(path), "Ext": store.Extension})
}
