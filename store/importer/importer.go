// Package importer reads transcript files (.txt, .md, .docx, .odt, .pdf) into
// the plain, normalised text that Teema codes. It never trusts its input:
// files come from e-mail attachments and old USB sticks, so every reader is
// bounded in size and work and turns malformed input into a plain-language
// error instead of a panic or a hang.
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

// hints for extensions people often try, telling them what to do instead.
var hints = map[string]string{
	".doc":   "old Word .doc files are not supported; open it in Word or LibreOffice and save it as .docx",
	".rtf":   "RTF files are not supported; open it in a word processor and save it as .docx or .txt",
	".pages": "Pages files are not supported; export it from Pages as Word (.docx)",
	".xlsx":  "spreadsheets are not supported; save the transcript as .docx or .txt",
	".mp3":   "this looks like an audio recording; Teema imports written transcripts",
	".m4a":   "this looks like an audio recording; Teema imports written transcripts",
	".wav":   "this looks like an audio recording; Teema imports written transcripts",
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
		return Result{}, failure(name, ErrEmpty, nil, "the file is empty")
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
		return Result{}, failure(name, ErrEmpty, nil, "contains no text")
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
		return Result{}, failure(path, nil, err, "could not be opened")
	}
	if !st.Mode().IsRegular() {
		return Result{}, failure(path, ErrUnsupported, nil, "is a folder or a device, not a file")
	}
	if st.Size() > MaxFileSize {
		return Result{}, tooLarge(path, st.Size())
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return Result{}, failure(path, nil, err, "could not be read")
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
	list := strings.Join(Extensions, ", ")
	if h, ok := hints[ext]; ok {
		return failure(name, ErrUnsupported, nil, "%s (supported: %s)", h, list)
	}
	if ext == "" {
		return failure(name, ErrUnsupported, nil, "has no file extension, so Teema cannot tell what it is (supported: %s)", list)
	}
	return failure(name, ErrUnsupported, nil, "%s files are not supported (supported: %s)", ext, list)
}

func tooLarge(name string, size int64) error {
	return failure(name, ErrTooLarge, nil, "is too large (%d MB; the limit is %d MB)", (size+1<<20-1)>>20, MaxFileSize>>20)
}
