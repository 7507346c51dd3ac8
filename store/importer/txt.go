package importer

import (
	"bytes"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"

	"teema/message"
)

// readPlain decodes a .txt or .md file. Markdown is kept exactly as written,
// YAML front matter included: researchers type plain prose into .md files,
// and a leading "---" block may just as well be a horizontal rule or notes
// about the interview, so dropping it could silently lose text that the
// researcher can see in their editor. Keeping it costs nothing: they simply
// do not code it.
func readPlain(data []byte) (string, error) {
	if err := sniffBinary(data); err != nil {
		return "", err
	}
	text, wide, err := decodeText(data)
	if err != nil {
		return "", err
	}
	if !wide && bytes.IndexByte(data, 0) >= 0 {
		return "", errNULBytes.New(nil)
	}
	if controlShare(text) > 0.01 {
		return "", errControls.New(nil)
	}
	return text, nil
}

// decodeText picks the encoding: a BOM decides when there is one; otherwise
// valid UTF-8 is UTF-8, text with the NUL pattern of UTF-16 is UTF-16, and
// anything else is taken as Windows-1252, the encoding of Notepad and older
// Word "plain text" exports on Finnish Windows. wide reports UTF-16, where
// NUL bytes are expected.
func decodeText(data []byte) (text string, wide bool, err error) {
	var enc encoding.Encoding
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		return string(bytes.ToValidUTF8(data[3:], []byte("\uFFFD"))), false, nil
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		enc, wide = unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM), true
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		enc, wide = unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM), true
	case utf8.Valid(data):
		return string(data), false, nil
	default:
		switch utf16Guess(data) {
		case 'L':
			enc, wide = unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), true
		case 'B':
			enc, wide = unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), true
		default:
			enc = charmap.Windows1252
		}
	}
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return "", false, errDecode.Wrap(err, nil)
	}
	return string(out), wide, nil
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

// controlShare is the share of characters that never occur in typed text:
// C0 controls other than tab, line feed, carriage return and form feed, DEL,
// and replacement characters left by invalid input.
func controlShare(s string) float64 {
	var bad, all int
	for _, r := range s {
		all++
		switch {
		case r == '\t' || r == '\n' || r == '\r' || r == '\f':
		case r < 0x20 || r == 0x7F || r == utf8.RuneError:
			bad++
		}
	}
	if all == 0 {
		return 0
	}
	return float64(bad) / float64(all)
}

// lookalikes are files people pick by mistake or rename to .txt, known by
// their magic numbers. The message says what the file seems to be, so the
// researcher knows which file they actually chose.
var lookalikes = []struct {
	prefix    string
	ambiguous bool   // it can also start a real text ("MZ", "ID3"): it counts only with NUL bytes
	format    string // named by the kinds that take {{.Format}}
	looks     looks
}{
	{"\x89PNG\r\n\x1a\n", false, "PNG", asImage},
	{"\xFF\xD8\xFF", false, "JPEG", asImage},
	{"GIF87a", false, "GIF", asImage},
	{"GIF89a", false, "GIF", asImage},
	{"II*\x00", false, "TIFF", asImage},
	{"MM\x00*", false, "TIFF", asImage},
	{"%PDF-", false, "", asPDF},
	{"PK\x03\x04", false, "", asZip},
	{"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", false, "", asOffice},
	{"{\\rtf", false, "", asRTF},
	{"\x7FELF", false, "", asProgram},
	{"MZ", true, "", asProgram},
	{"\x1F\x8B", false, "gzip", asCompressed},
	{"7z\xBC\xAF\x27\x1C", false, "7z", asCompressed},
	{"Rar!", true, "RAR", asCompressed},
	{"ID3", true, "", asAudio},
	{"OggS", true, "", asAudio},
	{"fLaC", true, "", asAudio},
	{"RIFF", true, "", asAudioImage},
}

// looksLike is what data seems to be by its magic number, and the format
// to name; ok is false for data that seems to be nothing in particular.
func looksLike(data []byte) (l looks, format string, ok bool) {
	for _, m := range lookalikes {
		if bytes.HasPrefix(data, []byte(m.prefix)) && (!m.ambiguous || bytes.IndexByte(data, 0) >= 0) {
			return m.looks, m.format, true
		}
	}
	if len(data) >= 12 && string(data[4:8]) == "ftyp" {
		return asRecording, "", true
	}
	return looks{}, "", false
}

func sniffBinary(data []byte) error {
	if l, format, ok := looksLike(data); ok {
		return l.text.New(message.Args{"Format": format})
	}
	return nil
}

// notReally is the error for a file that cannot be opened as the document
// type its extension promises (damaged, of that type), saying what it
// seems to be instead if it is recognisably something else; own is the
// type's magic number.
func notReally(data []byte, cause error, damaged *message.Kind, own string) error {
	if l, format, ok := looksLike(data); ok && !bytes.HasPrefix(data, []byte(own)) {
		return l.document.Wrap(cause, message.Args{"Format": format})
	}
	return damaged.Wrap(cause, nil)
}
