package importer

import (
	"bytes"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
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
		return "", fail(ErrBinary, nil, "looks like a binary file, not text (it contains NUL bytes)")
	}
	if controlShare(text) > 0.01 {
		return "", fail(ErrBinary, nil, "looks like a binary file, not text (it is full of control characters)")
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
		return "", false, fail(ErrCorrupt, err, "could not be decoded as text")
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

// magic numbers of files that people pick by mistake or that were renamed to
// .txt. The message says what the file seems to be, so the researcher knows
// which file they actually chose.
// ambiguous marks prefixes that can also start a real text ("MZ", "ID3"):
// those count only if the file has NUL bytes as well.
var magics = []struct {
	prefix    string
	what      string
	ambiguous bool
}{
	{"\x89PNG\r\n\x1a\n", "a PNG image", false},
	{"\xFF\xD8\xFF", "a JPEG image", false},
	{"GIF87a", "a GIF image", false},
	{"GIF89a", "a GIF image", false},
	{"II*\x00", "a TIFF image", false},
	{"MM\x00*", "a TIFF image", false},
	{"%PDF-", "a PDF document (rename it to .pdf)", false},
	{"PK\x03\x04", "a Word, LibreOffice or zip file (check its real type)", false},
	{"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", "an old Word .doc or other Office file", false},
	{"{\\rtf", "an RTF document (save it as .docx or plain text)", false},
	{"\x7FELF", "a program", false},
	{"MZ", "a Windows program", true},
	{"\x1F\x8B", "a compressed (gzip) file", false},
	{"7z\xBC\xAF\x27\x1C", "a compressed (7z) file", false},
	{"Rar!", "a compressed (RAR) file", true},
	{"ID3", "an audio recording", true},
	{"OggS", "an audio recording", true},
	{"fLaC", "an audio recording", true},
	{"RIFF", "an audio recording or image", true},
}

// looksLike names what data seems to be by its magic number, or "".
func looksLike(data []byte) string {
	for _, m := range magics {
		if bytes.HasPrefix(data, []byte(m.prefix)) && (!m.ambiguous || bytes.IndexByte(data, 0) >= 0) {
			return m.what
		}
	}
	if len(data) >= 12 && string(data[4:8]) == "ftyp" {
		return "an audio or video recording"
	}
	return ""
}

func sniffBinary(data []byte) error {
	what := looksLike(data)
	switch {
	case what == "":
		return nil
	case bytes.HasPrefix(data, []byte("{\\rtf")):
		return fail(ErrUnsupported, nil, "looks like %s, not a plain text file", what)
	}
	return fail(ErrBinary, nil, "looks like %s, not a plain text file", what)
}

// notReally is the error for a file that cannot be opened as the document
// type its extension promises, saying what it seems to be instead if it is
// recognisably something else; aExt names the type with its article ("an
// .odt") and own is its magic number.
func notReally(data []byte, cause error, kind, aExt, own string) error {
	if what := looksLike(data); what != "" && !bytes.HasPrefix(data, []byte(own)) {
		return fail(ErrCorrupt, cause, "not a readable %s: the file looks like %s", kind, what)
	}
	return fail(ErrCorrupt, cause, "not a readable %s: the file is damaged or is not really %s", kind, aExt)
}
