package importer

import (
	"io"

	"github.com/ledongthuc/pdf"

	"teema/message"
)

// maxStreamSize bounds one content stream (or font map) after inflating:
// a page of transcript is a few kilobytes, a flate bomb gigabytes.
const maxStreamSize = 64 << 20

// checkStream reads a stream, or an array of streams, as pdf.Interpret will
// and reports whether it is safe to interpret: not larger than
// maxStreamSize, and not ending inside a hex string "<...", where the
// library's lexer takes the end of the data for endless white space and
// loops forever without reading or calling back, out of reach of any budget.
func checkStream(strm pdf.Value) bool {
	parts := []pdf.Value{strm}
	if strm.Kind() == pdf.Array {
		parts = parts[:0]
		for i := 0; i < strm.Len(); i++ {
			parts = append(parts, strm.Index(i))
		}
	}
	var s hexScan
	for _, p := range parts {
		rc := p.Reader()
		_, err := io.Copy(&s, io.LimitReader(rc, maxStreamSize+1-s.n))
		rc.Close()
		if err != nil {
			return true // the lexer stops on read errors by itself
		}
	}
	if s.n > maxStreamSize {
		panic(abort{errBigPage.New(message.Args{"Limit": maxStreamSize >> 20})})
	}
	return s.state != '<' && s.state != '?'
}

// hexScan follows just enough of the content-stream syntax to know whether
// the data ends inside a hex string: comments, nested literal strings with
// escapes, and "<" that starts a hex string rather than a dictionary "<<".
type hexScan struct {
	state  byte // 0 between tokens, '%' comment, '(' literal, '?' after '<', '<' hex
	depth  int
	escape bool
	n      int64
}

func (s *hexScan) Write(p []byte) (int, error) {
	for _, c := range p {
		switch s.state {
		case '?':
			if c == '<' {
				s.state = 0
				continue
			}
			s.state = '<'
			if c == '>' {
				s.state = 0
			}
		case '<':
			if c == '>' {
				s.state = 0
			}
		case '%':
			if c == '\r' || c == '\n' {
				s.state = 0
			}
		case '(':
			switch {
			case s.escape:
				s.escape = false
			case c == '\\':
				s.escape = true
			case c == '(':
				s.depth++
			case c == ')':
				if s.depth--; s.depth == 0 {
					s.state = 0
				}
			}
		default:
			switch c {
			case '%':
				s.state = '%'
			case '(':
				s.state, s.depth = '(', 1
			case '<':
				s.state = '?'
			}
		}
	}
	s.n += int64(len(p))
	return len(p), nil
}
