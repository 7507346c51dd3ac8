package importer

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"

	"teema/message"
)

// maxDepth bounds element nesting: documents nest a few dozen levels, while
// hostile XML can nest millions to exhaust memory.
const maxDepth = 1000

// xmlReader walks the tokens of a document part and refuses what Teema does
// not want to parse: entity declarations (the billion-laughs family),
// absurd nesting and malformed XML.
type xmlReader struct {
	d     *xml.Decoder
	depth int
	part  string
}

func newXMLReader(r io.Reader, part string) *xmlReader {
	d := xml.NewDecoder(r)
	d.Strict = true
	return &xmlReader{d: d, part: part}
}

// next returns the next token, or io.EOF at the end of the part.
func (x *xmlReader) next() (xml.Token, error) {
	for {
		t, err := x.d.Token()
		if err != nil {
			return nil, x.wrap(err)
		}
		switch t := t.(type) {
		case xml.Directive:
			// Entities are what expand (the billion-laughs family). A
			// DOCTYPE naming an external DTD, or declaring elements, only
			// describes the document, and encoding/xml never fetches or
			// applies it.
			if bytes.Contains(t, []byte("ENTITY")) {
				return nil, errEntities.New(nil)
			}
			continue
		case xml.StartElement:
			if x.depth++; x.depth > maxDepth {
				return nil, errNestedDeep.New(message.Args{"Part": x.part})
			}
		case xml.EndElement:
			x.depth--
		case xml.CharData:
			// The decoder reuses the buffer behind CharData on the next call.
			return t.Copy(), nil
		}
		return t, nil
	}
}

// skip consumes the rest of the element whose start tag was just read.
func (x *xmlReader) skip() error {
	for depth := x.depth; x.depth >= depth; {
		if _, err := x.next(); err != nil {
			if err == io.EOF {
				return x.wrap(io.ErrUnexpectedEOF)
			}
			return err
		}
	}
	return nil
}

func (x *xmlReader) wrap(err error) error {
	var m *message.Error
	if err == io.EOF || errors.As(err, &m) {
		return err
	}
	return errInvalidXML.Wrap(err, message.Args{"Part": x.part})
}
