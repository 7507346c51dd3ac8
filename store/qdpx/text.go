package qdpx

import (
	"bytes"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// decodeText reads a source or note file as the exporting program wrote
// it: UTF-8 (the standard), UTF-8 with a BOM, UTF-16 with a BOM, or, for
// bytes that are no UTF-8, Windows-1252. The BOM is dropped here because
// no program counts it in offsets.
func decodeText(b []byte) string {
	switch {
	case bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}):
		return string(bytes.ToValidUTF8(b[3:], []byte("\uFFFD")))
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}):
		return decodeWith(b, unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM))
	case bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		return decodeWith(b, unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM))
	case utf8.Valid(b):
		return string(b)
	}
	out, _ := charmap.Windows1252.NewDecoder().Bytes(b) // every byte decodes
	return string(out)
}

func decodeWith(b []byte, enc encoding.Encoding) string {
	out, err := enc.NewDecoder().Bytes(b)
	if err != nil {
		return string(bytes.ToValidUTF8(b, []byte("\uFFFD")))
	}
	return string(out)
}
