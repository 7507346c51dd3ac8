package qdpx

import (
	"errors"
	"path"
	"strings"
	"time"

	"teema/coding"
	"teema/message"
	"teema/store"
	"teema/store/importer"
)

// readSources turns each text source, and the text representation of
// each PDF, into a document with its codings.
func (b *builder) readSources() {
	for _, s := range b.x.TextSources {
		b.source(s, s.GUID, s.Name)
	}
	for _, p := range b.x.PDFSources {
		if p.Representation == nil {
			b.rep.skip(skipPDF, message.Args{"Name": quoteName(p.Name, p.GUID)})
			continue
		}
		if len(p.Selections) > 0 {
			b.rep.skip(skipPDFAreas, message.Args{"Name": quoteName(p.Name, p.GUID), "N": len(p.Selections)})
		}
		b.source(*p.Representation, p.GUID, p.Name)
	}
}

func (b *builder) source(s xTextSource, guid, name string) {
	item := quoteName(name, guid)
	raw, err := b.sourceText(s)
	if s.RichTextPath != "" && (err == nil && strings.TrimSpace(raw.Text) == "" || errors.Is(err, errNoPlainText) || errors.Is(err, errNoTextFile)) {
		raw, err = b.richFallback(s, item)
		if err != nil {
			return // reported
		}
	}
	if err != nil {
		b.lostSelections(s)
		b.problem(err, sourceLoss, message.Args{"Name": item, "Path": s.PlainTextPath})
		return
	}
	text := coding.Normalize(raw.Text)
	if err := importer.CheckText(text); err != nil {
		b.lostSelections(s)
		b.refuseText(err, item)
		return
	}
	b.readAs(raw, item)
	doc := coding.NewDocument(docName(name, s.PlainTextPath), text, "txt", originalName(name, s.PlainTextPath), b.time(s.CreationDateTime))
	b.sourceAttributes(&doc, s, guid, item)
	d := store.ExchangeDocument{Doc: doc}
	pl := newPlacer(b, item, raw.BOM)
	d.Excerpts, d.Memo = pl.place(s, raw.Text, text)
	d.Excerpts = append(d.Excerpts, b.wholeCodings(s, doc, item)...)
	d.Memo = joinMemo(b.memo(s.Description, s.NoteRefs, guid), d.Memo)
	b.out.Documents = append(b.out.Documents, d)
}

// refuseText leaves out a source whose text no document may have
// (importer.CheckText), saying why: empty, or beyond Teema's limits.
func (b *builder) refuseText(err error, item string) {
	if errors.Is(err, importer.ErrEmpty) {
		b.rep.skip(skipEmptySource, message.Args{"Name": item})
		return
	}
	var m *message.Error
	if errors.As(err, &m) {
		err = m.With("File", item)
	}
	b.rep.skip(skipSourceText, message.Args{"Name": item, "Why": why(err)})
}

// readAs says how a source's text file was read when that is not plain
// UTF-8, as a transcript's import does.
func (b *builder) readAs(d importer.Decoded, item string) {
	if d.Encoding != importer.UTF8 {
		b.rep.Readings = append(b.rep.Readings, noteSourceEncoding.Say(message.Args{"Name": item, "Encoding": d.Encoding}))
	}
	if d.Stray > 0 {
		b.rep.Readings = append(b.rep.Readings, noteSourceStray.Say(message.Args{"Name": item, "Encoding": d.Encoding,
			"N": d.Stray, "Line": d.StrayLine}))
	}
}

// richFallback reads a source whose plain text is empty or missing from
// its rich text: NVivo for Mac writes the text in a .docx and leaves the
// plain-text file empty. A rich text that cannot be read leaves the
// source out, saying why.
func (b *builder) richFallback(s xTextSource, item string) (importer.Decoded, error) {
	text, err := b.richText(s.RichTextPath)
	if err != nil {
		b.lostSelections(s)
		b.rep.skip(skipRichText, message.Args{"Name": item, "Path": s.RichTextPath, "Why": why(err)})
		return importer.Decoded{}, err
	}
	b.rep.Readings = append(b.rep.Readings, noteRichText.Say(message.Args{"Name": item, "Path": s.RichTextPath}))
	return importer.Decoded{Text: text, Encoding: importer.UTF8}, nil
}

// why is an error as a report line's argument: its message, which the
// edge words in the user's language, or its text.
func why(err error) any {
	var m *message.Error
	if errors.As(err, &m) {
		return m.Note
	}
	return err.Error()
}

// lostSelections counts the selections of a source that is skipped.
func (b *builder) lostSelections(s xTextSource) {
	b.rep.Selections += len(s.Selections)
	b.rep.NotPlaced += len(s.Selections)
}

// sourceAttributes gathers variable values from the source itself and
// from the cases that refer to it.
func (b *builder) sourceAttributes(doc *coding.Document, s xTextSource, guid, item string) {
	names := b.variableNames()
	for _, v := range s.Values {
		b.setValue(guidKey(guid), names, v, skipSourceValue, item)
	}
	for k, v := range b.attrs[guidKey(guid)] {
		doc.Attributes[k] = v
	}
}

// wholeCodings are codings of a source as a whole, which become codings
// of its whole text.
func (b *builder) wholeCodings(s xTextSource, doc coding.Document, item string) []store.ExchangeExcerpt {
	var out []store.ExchangeExcerpt
	for _, c := range s.Codings {
		if e, ok := b.excerpt(c, item, "", "", ""); ok {
			e.Start, e.End = 0, doc.Chars
			out = append(out, e)
		}
	}
	return out
}

// excerpt builds the Teema coding for one Coding of a source, or of a
// selection in it, without its range.
func (b *builder) excerpt(c xCoding, source, selection, selUser, selTime string) (store.ExchangeExcerpt, bool) {
	code := guidKey(c.CodeRef.Target)
	if !b.codes[code] {
		lost := skipSourceCoding
		if selection != "" {
			lost = skipSelectionCoding
		}
		b.rep.skip(lost, message.Args{"Name": source, "Selection": selection, "Coding": "{" + c.GUID + "}", "Code": "{" + c.CodeRef.Target + "}"})
		return store.ExchangeExcerpt{}, false
	}
	at := c.CreationDateTime
	if at == "" {
		at = selTime
	}
	return store.ExchangeExcerpt{CodeKey: code, Coder: b.user(c.CreatingUser, selUser),
		Memo: b.memo("", c.NoteRefs, c.GUID), Created: b.time(at)}, true
}

func (b *builder) time(s string) time.Time {
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04:05"} {
		if t, err := time.Parse(layout, strings.TrimSpace(s)); err == nil {
			return t
		}
	}
	return b.now
}

// transcriptExts are extensions some programs leave in source names.
var transcriptExts = map[string]bool{".txt": true, ".md": true, ".docx": true, ".doc": true, ".odt": true, ".rtf": true, ".pdf": true}

func docName(name, textPath string) string {
	name = strings.TrimSpace(name)
	if name == "" {
		name = path.Base(strings.TrimPrefix(textPath, "internal://"))
	}
	if ext := path.Ext(name); transcriptExts[strings.ToLower(ext)] {
		name = strings.TrimSuffix(name, ext)
	}
	return name
}

func originalName(name, textPath string) string {
	if strings.TrimSpace(name) != "" {
		return strings.TrimSpace(name)
	}
	return path.Base(textPath)
}
