// Package importer reads transcript files (.txt, .md, .docx, .odt, .pdf) into
// the plain, normalised text that Teema codes. It never trusts its input:
// files come from e-mail attachments and old USB sticks, so every reader is
// bounded in size and work and turns malformed input into an error that
// names the file and says why (a message, worded in the researcher's
// language at the edge) instead of a panic or a hang.
package importer

import (
	"os"
	"path/filepath"
	"strings"

	"teema/coding"
)

// Extensions lists supported file extensions, lower case with dot.
var Extensions = []string{".txt", ".md", ".docx", ".odt", ".pdf"}

// MaxFileSize is the largest file accepted, in bytes. Larger files are refused
// before reading: no interview transcript comes near it, and the readers keep
// the whole file in memory.
const MaxFileSize = 64 << 20

// Result is the text of one imported file.
type Result struct {
	Text   string // normalised with coding.Normalize
	Format string // "txt", "md", "docx", "odt", "pdf"
}

// Read converts the bytes of a file called name (only its extension and base
// name are used) to text.
func Read(name string, data []byte) (Result, error) {
	ext := strings.ToLower(filepath.Ext(name))
	var (
		text string
		err  error
	)
	if len(data) > MaxFileSize {
		return Result{}, tooLarge(name, int64(len(data)))
	}
	if len(data) == 0 && isSupported(ext) {
		return Result{}, errEmptyFile.New(fileArgs(name))
	}
	switch ext {
	case ".txt", ".md":
		text, err = readPlain(data)
	case ".docx":
		text, err = readDocx(data)
	case ".odt":
		text, err = readODT(data)
	case ".pdf":
		text, err = readPDF(data)
	default:
		return Result{}, unsupported(name, ext)
	}
	if err != nil {
		return Result{}, named(name, err)
	}
	text = coding.Normalize(text)
	if text == "" {
		return Result{}, errNoText.New(fileArgs(name))
	}
	return Result{Text: text, Format: ext[1:]}, nil
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
