package qdpx

import (
	"encoding/xml"
	"io"
	"strings"
	"time"

	"teema/message"
	"teema/store"
	"teema/store/importer"
)

// Import reads a REFI-QDA project (.qdpx) and adds its documents, codes,
// codings, memos and variables to p in one transaction: a file that cannot
// be read changes nothing. Codes already at the same path and documents
// whose text is already in p are reused.
func Import(p *store.Project, r io.ReaderAt, size int64) (Report, error) {
	ex, rep, err := Read(r, size)
	if err != nil {
		return Report{}, err
	}
	res, err := p.ApplyExchange(ex)
	if err != nil {
		return Report{}, err
	}
	rep.add(res)
	return rep, nil
}

// Read reads a REFI-QDA project (.qdpx) into memory without touching any
// project, so that other ways of bringing it in (a merge of another
// coder's work) can use it. The report says what was left out while
// reading; its counts of what was added stay zero. Its errors leave the
// file's name for the caller to add, as ReadFile does.
func Read(r io.ReaderAt, size int64) (store.Exchange, Report, error) {
	var rep Report
	arc, err := openArchive(r, size)
	if err != nil {
		return store.Exchange{}, rep, err
	}
	raw, err := arc.read(arc.qde, maxXML)
	if err != nil {
		return store.Exchange{}, rep, err
	}
	var x xProject
	if err := parseXML(raw, &x); err != nil {
		return store.Exchange{}, rep, errProjectXML.Wrap(err, message.Args{"Part": arc.qde.Name})
	}
	b := newBuilder(&x, arc, time.Now(), &rep)
	ex := b.build()
	if b.fatal != nil {
		return store.Exchange{}, Report{}, b.fatal
	}
	return ex, rep, nil
}

// parseXML decodes a QDA-XML document whatever its encoding: the text is
// made UTF-8 first, so the encoding its declaration names no longer
// matters. encoding/xml never expands entities a DTD declares, so entity
// bombs cannot grow; the caller bounds the size.
func parseXML(raw []byte, v any) error {
	d := xml.NewDecoder(strings.NewReader(importer.Decode(raw).Text))
	d.CharsetReader = func(_ string, r io.Reader) (io.Reader, error) { return r, nil }
	return d.Decode(v)
}
