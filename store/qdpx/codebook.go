package qdpx

import (
	"encoding/xml"
	"fmt"
	"io"
	"time"

	"teema/message"
	"teema/store"
)

// ExportCodeBook writes the code book alone as a REFI-QDA code book
// (.qdc): names, colours, descriptions and the tree. GUIDs are the ones a
// project export gives the same codes.
func ExportCodeBook(p *store.Project, w io.Writer) error {
	cb, err := p.CodeBook()
	if err != nil {
		return fmt.Errorf("export code book: %w", err)
	}
	if cb.Len() == 0 {
		return errEmptyCodeBook.New(nil)
	}
	created, err := p.CreatedAt()
	if err != nil {
		return fmt.Errorf("export code book: %w", err)
	}
	g := contents{created: created}.guids()
	x := wCodeBookFile{Xmlns: codebookNS, Origin: origin, Codes: wCodes{exportCodes(cb, g, nil)}}
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return fmt.Errorf("export code book: %w", err)
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(x); err != nil {
		return fmt.Errorf("export code book: %w", err)
	}
	return enc.Close()
}

// ImportCodeBook adds the codes of a REFI-QDA code book (.qdc) to p in one
// transaction. Codes already at the same path are kept as they are. Its
// errors leave the file's name for the caller to add, as
// ImportCodeBookFile does.
func ImportCodeBook(p *store.Project, r io.Reader) (Report, error) {
	var rep Report
	raw, err := io.ReadAll(io.LimitReader(r, maxXML+1))
	if err != nil {
		return rep, fmt.Errorf("import code book: %w", err)
	}
	if len(raw) > maxXML {
		return rep, errCodeBookTooLarge.New(message.Args{"Limit": maxXML >> 20})
	}
	var x xCodeBook
	if err := parseXML(raw, &x); err != nil {
		return rep, errCodeBookXML.Wrap(err, nil)
	}
	b := newBuilder(&xProject{Codes: x.Codes, Sets: x.Sets}, nil, time.Now(), &rep)
	res, err := p.ApplyExchange(b.build())
	if err != nil {
		return Report{}, err
	}
	rep.add(res)
	return rep, nil
}
