package qdpx

import (
	"archive/zip"
	"encoding/xml"
	"fmt"
	"io"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"teema/coding"
	"teema/store"
)

// origin names Teema as the program that wrote a file.
const origin = "Teema"

// contents is everything an export writes, read from the project once.
type contents struct {
	name     string
	created  time.Time
	codes    *coding.CodeBook
	docs     []coding.Document
	excerpts []coding.Excerpt
	byDoc    map[int64][]coding.Excerpt
	memos    map[coding.MemoTarget]string
}

func load(p *store.Project) (contents, error) {
	c := contents{}
	var err error
	if c.name, err = p.Name(); err != nil {
		return c, err
	}
	if c.name == "" {
		c.name = strings.TrimSuffix(filepath.Base(p.Path()), filepath.Ext(p.Path()))
	}
	if c.created, err = p.CreatedAt(); err != nil {
		return c, err
	}
	if c.codes, err = p.CodeBook(); err != nil {
		return c, err
	}
	if c.excerpts, err = p.Excerpts(coding.ExcerptFilter{}); err != nil {
		return c, err
	}
	c.byDoc = map[int64][]coding.Excerpt{}
	for _, e := range c.excerpts {
		c.byDoc[e.DocID] = append(c.byDoc[e.DocID], e)
	}
	if c.memos, err = p.Memos(); err != nil {
		return c, err
	}
	infos, err := p.Documents()
	if err != nil {
		return c, err
	}
	for _, info := range infos {
		d, err := p.Document(info.ID)
		if err != nil {
			return c, err
		}
		c.docs = append(c.docs, d)
	}
	return c, nil
}

func (c contents) guids() guids {
	return guids{seed: c.created.UTC().Format(time.RFC3339)}
}

// Export writes the project as a REFI-QDA project (.qdpx): project.qde
// and one UTF-8 text file per document under sources/.
func Export(p *store.Project, w io.Writer) error {
	c, err := load(p)
	if err != nil {
		return fmt.Errorf("export project: %w", err)
	}
	zw := zip.NewWriter(w)
	if err := writeXML(zw, "project.qde", forWriting(c.project())); err != nil {
		return fmt.Errorf("export project: %w", err)
	}
	g := c.guids()
	for _, d := range c.docs {
		f, err := create(zw, "sources/"+g.ofID("document", d.ID)+".txt")
		if err == nil {
			_, err = io.WriteString(f, d.Text)
		}
		if err != nil {
			return fmt.Errorf("export document %q: %w", d.Name, err)
		}
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("export project: %w", err)
	}
	return nil
}

// create adds an entry dated now, as an archive tool shows it:
// zip.Writer.Create dates every entry 1980.
func create(zw *zip.Writer, name string) (io.Writer, error) {
	return zw.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Deflate, Modified: time.Now()})
}

func writeXML(zw *zip.Writer, name string, v any) error {
	f, err := create(zw, name)
	if err != nil {
		return err
	}
	if _, err := io.WriteString(f, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(f)
	enc.Indent("", "  ")
	if err := enc.Encode(v); err != nil {
		return fmt.Errorf("write %s: %w", name, err)
	}
	return enc.Close()
}

func (c contents) project() xProject {
	g := c.guids()
	x := xProject{
		Name: c.name, Origin: origin,
		CreationDateTime: dateTime(c.created),
		Users:            c.users(g),
		Codes:            exportCodes(c.codes, g, c.memos),
		Variables:        c.variables(g),
		Cases:            c.cases(g),
		Notes:            c.notes(g),
	}
	for _, d := range c.docs {
		x.TextSources = append(x.TextSources, c.source(g, d))
	}
	if c.memos[coding.MemoTarget{Kind: coding.ProjectMemo}] != "" {
		x.NoteRefs = []xRef{{g.of("memo", "project")}}
	}
	return x
}

func (c contents) coders() []string {
	seen := map[string]bool{}
	var out []string
	for _, e := range c.excerpts {
		if e.Coder != "" && !seen[e.Coder] {
			seen[e.Coder] = true
			out = append(out, e.Coder)
		}
	}
	sort.Strings(out)
	return out
}

func (c contents) users(g guids) []xUser {
	var out []xUser
	for _, name := range c.coders() {
		out = append(out, xUser{GUID: g.of("user", name), Name: name})
	}
	return out
}

func exportCodes(cb *coding.CodeBook, g guids, memos map[coding.MemoTarget]string) []xCode {
	var rec func(parent int64) []xCode
	rec = func(parent int64) []xCode {
		var out []xCode
		for _, id := range cb.Children(parent) {
			code, _ := cb.Code(id)
			x := xCode{GUID: g.ofID("code", id), Name: code.Name, IsCodable: "true",
				Color: strings.ToUpper(code.Color), Description: code.Description, Codes: rec(id)}
			if memos[coding.MemoTarget{Kind: coding.CodeMemo, ID: id}] != "" {
				x.NoteRefs = []xRef{{g.ofID("memo/code", id)}}
			}
			out = append(out, x)
		}
		return out
	}
	return rec(0)
}

func (c contents) attributeKeys() []string {
	infos := make([]coding.DocumentInfo, len(c.docs))
	for i, d := range c.docs {
		infos[i] = coding.DocumentInfo{Attributes: d.Attributes}
	}
	return coding.AttributeKeys(infos)
}

func (c contents) variables(g guids) []xVariable {
	var out []xVariable
	for _, k := range c.attributeKeys() {
		out = append(out, xVariable{GUID: g.of("variable", k), Name: k, Type: "Text"})
	}
	return out
}

// cases gives each interview a case of its own, which is where QDA-XML
// keeps variable values.
func (c contents) cases(g guids) []xCase {
	var out []xCase
	keys := c.attributeKeys()
	for _, d := range c.docs {
		x := xCase{GUID: g.ofID("case", d.ID), Name: d.Name, SourceRefs: []xRef{{g.ofID("document", d.ID)}}}
		for _, k := range keys {
			if v, ok := d.Attributes[k]; ok {
				x.Values = append(x.Values, xVariableValue{VariableRef: xRef{g.of("variable", k)}, TextValue: &v})
			}
		}
		out = append(out, x)
	}
	return out
}

func (c contents) source(g guids, d coding.Document) xTextSource {
	id := g.ofID("document", d.ID)
	x := xTextSource{GUID: id, Name: d.Name, PlainTextPath: "internal://" + id + ".txt",
		CreationDateTime: dateTime(d.ImportedAt)}
	for _, e := range c.byDoc[d.ID] {
		x.Selections = append(x.Selections, exportSelection(g, e))
	}
	if c.memos[coding.MemoTarget{Kind: coding.DocumentMemo, ID: d.ID}] != "" {
		x.NoteRefs = []xRef{{g.ofID("memo/document", d.ID)}}
	}
	return x
}

// exportSelection writes one excerpt as a selection with one coding; its name
// is the coded text, so importers can check the offsets.
func exportSelection(g guids, e coding.Excerpt) xSelection {
	user := ""
	if e.Coder != "" {
		user = g.of("user", e.Coder)
	}
	at := dateTime(e.Created)
	x := xSelection{GUID: g.ofID("selection", e.ID), Name: e.Text,
		Start: fmt.Sprint(e.Start), End: fmt.Sprint(e.End), CreatingUser: user, CreationDateTime: at,
		Codings: []xCoding{{GUID: g.ofID("coding", e.ID), CreatingUser: user, CreationDateTime: at,
			CodeRef: xRef{g.ofID("code", e.CodeID)}}}}
	if e.Memo != "" {
		x.NoteRefs = []xRef{{g.ofID("memo/excerpt", e.ID)}}
	}
	return x
}

func (c contents) notes(g guids) []xTextSource {
	var out []xTextSource
	add := func(guid, name, text string) {
		if text != "" {
			out = append(out, xTextSource{GUID: guid, Name: name, PlainTextContent: &text})
		}
	}
	add(g.of("memo", "project"), "Memo: "+c.name, c.memos[coding.MemoTarget{Kind: coding.ProjectMemo}])
	for _, d := range c.docs {
		add(g.ofID("memo/document", d.ID), "Memo: "+d.Name, c.memos[coding.MemoTarget{Kind: coding.DocumentMemo, ID: d.ID}])
	}
	c.codes.Walk(func(code coding.Code, _ int) {
		add(g.ofID("memo/code", code.ID), "Memo: "+c.codes.Path(code.ID), c.memos[coding.MemoTarget{Kind: coding.CodeMemo, ID: code.ID}])
	})
	for _, e := range c.excerpts {
		add(g.ofID("memo/excerpt", e.ID), "Memo: "+c.codes.Path(e.CodeID), e.Memo)
	}
	return out
}

func dateTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339Nano)
}
