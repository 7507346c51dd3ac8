// Package importer reads transcript files (.txt, .md, .docx, .odt, .pdf) into
// the plain, normalised text that Teema codes. It never trusts its input:
// files come from e-mail attachments and old USB sticks, so every reader is
// bounded in size and work and turns malformed input into an error that
// names the file and says why (a message, worded in the researcher's
// language at the edge) instead of a panic or a hang.
package importer

import (
	"errors"
	"os"
	"path/filepath"
	"strings"

	"teema/coding"
	"teema/message"
)

// Extensions lists supported file extensions, lower case with dot.
// Subtitles (.srt, .vtt) and Whisper's .json are timed transcripts
// (ReadTimed), as is a .txt or .md with time markers typed into it.
var Extensions = []string{".txt", ".md", ".docx", ".odt", ".pdf", ".srt", ".vtt", ".json"}

// MaxFileSize is the largest file accepted, in bytes. Larger files are refused
// before reading: no interview transcript comes near it, and the readers keep
// the whole file in memory.
const MaxFileSize = 64 << 20

// Result is the text of one imported file.
type Result struct {
	Text   string // normalised with coding.Normalize
	Format string // "txt", "md", "docx", "odt", "pdf"
	// Encoding is how a plain-text file was read (UTF8, Windows1252…);
	// "" for the other formats, whose encoding is part of the format.
	Encoding string
	// Notes say what the researcher should know of how the file was read:
	// an encoding other than UTF-8, bytes that could not be read.
	Notes []message.Note
	// Times is a timed transcript's time index, offsets in Text; empty
	// for a transcript without times.
	Times coding.TimeIndex
}

// Read converts the bytes of a file called name (only its extension and base
// name are used) to text.
func Read(name string, data []byte) (Result, error) {
	ext := strings.ToLower(filepath.Ext(name))
	if len(data) > MaxFileSize {
		return Result{}, tooLarge(name, int64(len(data)))
	}
	if len(data) == 0 && isSupported(ext) {
		return Result{}, errEmptyFile.New(fileArgs(name))
	}
	if isTimed(ext, data) {
		t, err := ReadTimed(name, data)
		t.Result.Times = t.Index
		return t.Result, err
	}
	res, err := readFormat(name, ext, data)
	if err == unsupportedFormat {
		return Result{}, unsupported(name, ext)
	}
	if err == nil {
		res.Text = coding.Normalize(res.Text)
		err = CheckText(res.Text)
	}
	if err != nil {
		return Result{}, named(name, err)
	}
	return res, nil
}

// isTimed tells a timed transcript: subtitles, Whisper's JSON, or plain
// text with time markers.
func isTimed(ext string, data []byte) bool {
	switch ext {
	case ".srt", ".vtt", ".json":
		return true
	case ".txt", ".md":
		return HasTimeMarkers(data)
	}
	return false
}

// unsupportedFormat is readFormat's answer for an extension it does not read.
var unsupportedFormat = errors.New("unsupported format")

func readFormat(name, ext string, data []byte) (Result, error) {
	res := Result{Format: strings.TrimPrefix(ext, ".")}
	var err error
	switch ext {
	case ".txt", ".md":
		var d Decoded
		d, err = readPlain(data)
		res.Text, res.Encoding, res.Notes = d.Text, d.Encoding, plainNotes(d, name)
	case ".docx":
		res.Text, err = readDocx(data)
	case ".odt":
		res.Text, err = readODT(data)
	case ".pdf":
		res.Text, err = readPDF(data)
	default:
		return Result{}, unsupportedFormat
	}
	return res, err
}

// ReadFile checks the size with os.Stat first (refusing files larger than
// MaxFileSize without reading them), then reads the file with Read.
func ReadFile(path string) (Result, error) {
	ext := strings.ToLower(filepath.Ext(path))
	if !isSupported(ext) {
		return Result{}, unsupported(path, ext)
	}
	st, err := os.Stat(path)
	if err != nil {
		return Result{}, openFailure(path, err)
	}
	if !st.Mode().IsRegular() {
		return Result{}, errNotAFile.New(fileArgs(path))
	}
	if st.Size() > MaxFileSize {
		return Result{}, tooLarge(path, st.Size())
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return Result{}, openFailure(path, err)
	}
	return Read(path, data)
}

func isSupported(ext string) bool {
	for _, e := range Extensions {
		if e == ext {
			return true
		}
	}
	return false
}

func unsupported(name, ext string) error {
	args := fileArgs(name)
	args["Formats"] = strings.Join(Extensions, ", ")
	switch k, ok := hints[ext]; {
	case ok:
		return k.New(args)
	case ext == "":
		return errNoExtension.New(args)
	}
	return errUnsupportedExt.New(args)
}

func tooLarge(name string, size int64) error {
	args := fileArgs(name)
	args["Size"], args["Limit"] = (size+1<<20-1)>>20, MaxFileSize>>20
	return errTooLarge.New(args)
}
