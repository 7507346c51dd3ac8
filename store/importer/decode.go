package importer

import (
	"bytes"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// The encodings Decode tells apart, as the report names them.
const (
	UTF8        = "UTF-8"
	UTF16LE     = "UTF-16LE"
	UTF16BE     = "UTF-16BE"
	Windows1252 = "Windows-1252"
)

// Decoded is the text of a plain-text file and how it was read.
type Decoded struct {
	Text     string
	Encoding string
	BOM      bool // the file began with a byte-order mark, which Text lacks
	// Stray counts what was no character in Encoding (a byte, or half of
	// a UTF-16 pair), each shown as U+FFFD; StrayLine is the line of the
	// first.
	Stray, StrayLine int
}

// Decode reads the bytes of a text file, a transcript or a REFI-QDA
// source or note, in the encoding the evidence points to: a byte-order
// mark decides when there is one; then valid UTF-8 is UTF-8, and text
// with the zero bytes of UTF-16 is UTF-16. Bytes that are not valid UTF-8
// are UTF-8 still when its characters of more than one byte outnumber
// them (an editor's slip, a cut-and-paste): one stray byte once turned a
// whole transcript into mojibake ("Hyvä" read as "HyvÃ¤"). Otherwise the
// file is Windows-1252, the encoding of Notepad and of older Word "plain
// text" exports on Finnish Windows, where "ä" is one byte.
func Decode(data []byte) Decoded {
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		d := decodeUTF8(data[3:])
		d.BOM = true
		return d
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		return decodeUTF16(data[2:], UTF16LE, true)
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return decodeUTF16(data[2:], UTF16BE, true)
	case utf8.Valid(data):
		return Decoded{Text: string(data), Encoding: UTF8}
	}
	switch utf16Guess(data) {
	case 'L':
		return decodeUTF16(data, UTF16LE, false)
	case 'B':
		return decodeUTF16(data, UTF16BE, false)
	}
	if multi, stray := utf8Evidence(data); multi > stray {
		return decodeUTF8(data)
	}
	return decodeWindows1252(data)
}

// utf8Evidence counts the characters of more than one byte that are
// valid UTF-8 and the bytes that are not.
func utf8Evidence(data []byte) (multi, stray int) {
	for len(data) > 0 {
		r, n := utf8.DecodeRune(data)
		switch {
		case r == utf8.RuneError && n == 1:
			stray++
		case n > 1:
			multi++
		}
		data = data[n:]
	}
	return multi, stray
}

func decodeUTF8(data []byte) Decoded {
	d := Decoded{Encoding: UTF8}
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n == 1 {
			d.strayAt(data, i)
		}
		i += n
	}
	d.Text = string(bytes.ToValidUTF8(data, []byte("\uFFFD")))
	return d
}

// strayAt counts the stray byte data[i], and notes its line when it is
// the first.
func (d *Decoded) strayAt(data []byte, i int) {
	if d.Stray++; d.Stray == 1 {
		d.StrayLine = bytes.Count(data[:i], []byte{'\n'}) + 1
	}
}

func decodeUTF16(data []byte, name string, bom bool) Decoded {
	d := Decoded{Encoding: name, BOM: bom}
	enc := unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM)
	if name == UTF16BE {
		enc = unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM)
	}
	d.countLoneSurrogates(data, name == UTF16BE)
	d.Text = decodeWith(data, enc)
	return d
}

// countLoneSurrogates counts the halves of UTF-16 pairs that have no
// other half, and a last odd byte: each decodes to U+FFFD.
func (d *Decoded) countLoneSurrogates(data []byte, bigEndian bool) {
	unit := func(i int) uint16 {
		if bigEndian {
			return uint16(data[i])<<8 | uint16(data[i+1])
		}
		return uint16(data[i+1])<<8 | uint16(data[i])
	}
	line := 1
	for i := 0; i+1 < len(data); i += 2 {
		u := unit(i)
		switch {
		case u == '\n':
			line++
		case u >= 0xD800 && u < 0xDC00 && i+3 < len(data) && unit(i+2) >= 0xDC00 && unit(i+2) < 0xE000:
			i += 2 // a whole pair
		case u >= 0xD800 && u < 0xE000:
			d.strayOnLine(line)
		}
	}
	if len(data)%2 == 1 {
		d.strayOnLine(line)
	}
}

func (d *Decoded) strayOnLine(line int) {
	if d.Stray++; d.Stray == 1 {
		d.StrayLine = line
	}
}

// windows1252Undefined are the five bytes Windows-1252 gives no character.
var windows1252Undefined = []byte{0x81, 0x8D, 0x8F, 0x90, 0x9D}

func decodeWindows1252(data []byte) Decoded {
	d := Decoded{Encoding: Windows1252}
	for i, b := range data {
		if bytes.IndexByte(windows1252Undefined, b) >= 0 {
			d.strayAt(data, i)
		}
	}
	d.Text = decodeWith(data, charmap.Windows1252)
	return d
}

// decodeWith decodes with an encoding that turns what it cannot read into
// U+FFFD, so it never fails.
func decodeWith(data []byte, enc encoding.Encoding) string {
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return string(bytes.ToValidUTF8(data, []byte("\uFFFD")))
	}
	return string(out)
}

// utf16Guess recognises UTF-16 without a BOM by its zero bytes: in Latin
// script text nearly every other byte is zero, on one side only. It returns
// 'L', 'B' or 0.
func utf16Guess(data []byte) byte {
	n := min(len(data), 4096) &^ 1
	if n < 4 {
		return 0
	}
	var even, odd int
	for i := 0; i < n; i += 2 {
		if data[i] == 0 {
			even++
		}
		if data[i+1] == 0 {
			odd++
		}
	}
	half := n / 2
	switch {
	case odd*10 > half*4 && even*20 < half:
		return 'L'
	case even*10 > half*4 && odd*20 < half:
		return 'B'
	}
	return 0
}
