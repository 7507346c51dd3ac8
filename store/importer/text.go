package importer

import (
	"strings"
	"unicode"

	"teema/message"
)

// Limits on the text of one document, whatever it comes from: every
// reader here, a REFI-QDA source or note, a merged project's document.
// The file's size alone did not hold: a 614 KB .docx unpacked to 240 MB
// of text. MaxTextBytes lets a .txt of MaxFileSize in UTF-8 in whole.
// MaxTextLines bounds the speaker turns (one a line at most) and with them
// the memory an import takes: a 62 MB text of 6 million one-line turns
// once took 40 s and 1.9 GB. A day of interviews has a few thousand lines.
const (
	MaxTextBytes = MaxFileSize
	MaxTextLines = 1_000_000
)

// CheckText refuses a normalised text no document may have: one beyond the
// limits, or one with nothing to read in it. Its errors name the file as
// {{.File}}, which the caller adds.
func CheckText(text string) error {
	if len(text) > MaxTextBytes {
		return textTooLarge(len(text))
	}
	if n := strings.Count(text, "\n") + 1; n > MaxTextLines {
		return errManyLines.New(message.Args{"N": n, "Limit": MaxTextLines})
	}
	if strings.TrimSpace(text) == "" {
		return errNoText.New(nil)
	}
	if strings.IndexFunc(text, visible) < 0 {
		return errInvisibleText.New(nil)
	}
	return nil
}

func textTooLarge(size int) error {
	return errTextTooLarge.New(message.Args{"Size": (size + 1<<20 - 1) >> 20, "Limit": MaxTextBytes >> 20})
}

// visible reports whether r shows on the page: a letter, digit, mark,
// punctuation or symbol, not white space or a format character such as
// the zero-width space.
func visible(r rune) bool {
	return unicode.In(r, unicode.L, unicode.N, unicode.M, unicode.P, unicode.S)
}
