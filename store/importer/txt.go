package importer

import (
	"bytes"
	"unicode/utf8"

	"teema/message"
)

// readPlain decodes a .txt or .md file. Markdown is kept exactly as written,
// YAML front matter included: researchers type plain prose into .md files,
// and a leading "---" block may just as well be a horizontal rule or notes
// about the interview, so dropping it could silently lose text that the
// researcher can see in their editor. Keeping it costs nothing: they simply
// do not code it.
func readPlain(data []byte) (Decoded, error) {
	if err := sniffBinary(data); err != nil {
		return Decoded{}, err
	}
	d := Decode(data)
	wide := d.Encoding == UTF16LE || d.Encoding == UTF16BE
	if !wide && bytes.IndexByte(data, 0) >= 0 {
		return Decoded{}, errNULBytes.New(nil)
	}
	if controlShare(d.Text) > 0.01 {
		return Decoded{}, errControls.New(nil)
	}
	if mostlyStray(d) {
		return Decoded{}, errDecode.New(message.Args{"Encoding": d.Encoding})
	}
	return d, nil
}

// mostlyStray: a few characters that are no characters (a stray byte, a
// lone half of a UTF-16 pair) are reported and shown as U+FFFD; more than
// one in a hundred, and more than maxStray, mean the file is no text in
// any encoding Teema knows.
func mostlyStray(d Decoded) bool {
	const maxStray = 16
	return d.Stray > maxStray && d.Stray*100 > utf8.RuneCountInString(d.Text)
}

// plainNotes say how a plain-text file was read: its encoding when that
// is not UTF-8, and where bytes could not be read.
func plainNotes(d Decoded, name string) []message.Note {
	var notes []message.Note
	if d.Encoding != UTF8 {
		args := fileArgs(name)
		args["Encoding"] = d.Encoding
		notes = append(notes, noteEncoding.Say(args))
	}
	if d.Stray > 0 {
		args := fileArgs(name)
		args["Encoding"], args["N"], args["Line"] = d.Encoding, d.Stray, d.StrayLine
		notes = append(notes, noteStray.Say(args))
	}
	return notes
}

// controlShare is the share of characters that never occur in typed text:
// C0 controls other than tab, line feed, carriage return and form feed,
// and DEL. Characters the encoding could not read are counted apart
// (Decoded.Stray).
func controlShare(s string) float64 {
	var bad, all int
	for _, r := range s {
		all++
		switch {
		case r == '\t' || r == '\n' || r == '\r' || r == '\f':
		case r < 0x20 || r == 0x7F:
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
