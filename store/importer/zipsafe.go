package importer

import (
	"archive/zip"
	"bytes"
	"errors"
	"io"
	"strings"

	"teema/message"
)

// maxUnpacked bounds how many bytes one zip entry may inflate to. A real
// transcript's document.xml is a few megabytes; a zip bomb is gigabytes.
const maxUnpacked = 256 << 20

// openZip opens a .docx or .odt container; damaged says that the file is
// not a readable document of its type.
func openZip(data []byte, damaged *message.Kind) (*zip.Reader, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	// Entries with names like "../x" are reported, not fatal: Teema never
	// writes entries to disk, it only reads one by its known name.
	if err != nil && !errors.Is(err, zip.ErrInsecurePath) {
		return nil, notReally(data, err, damaged, "PK\x03\x04")
	}
	return zr, nil
}

// findEntry returns the entry called name. Some tools write the names of
// standard parts in another case, so that is accepted as a fallback.
func findEntry(zr *zip.Reader, name string) *zip.File {
	var fold *zip.File
	for _, f := range zr.File {
		if f.Name == name {
			return f
		}
		if fold == nil && strings.EqualFold(f.Name, name) {
			fold = f
		}
	}
	return fold
}

// openEntry opens f for reading, refusing entries whose declared size is
// over maxUnpacked and stopping with ErrTooLarge once more than maxUnpacked
// bytes come out, whatever the header claimed. (archive/zip itself stops at
// the declared size today; the count does not depend on that.)
func openEntry(f *zip.File) (io.ReadCloser, error) {
	if encryptedEntry(f) {
		return nil, errZipPassword.New(nil)
	}
	if f.UncompressedSize64 > maxUnpacked {
		return nil, tooLargeInside(f.Name)
	}
	rc, err := f.Open()
	if err != nil {
		return nil, errPartUnpack.Wrap(err, message.Args{"Part": f.Name})
	}
	return &limitedEntry{rc: rc, name: f.Name, left: maxUnpacked}, nil
}

// encryptedEntry reports a zip entry protected with a password: flag bit
// 0, classic ZipCrypto, or the method number of WinZip's AES. Go cannot
// unpack either and would call the file damaged.
func encryptedEntry(f *zip.File) bool {
	const winZipAES = 99
	return f.Flags&0x1 != 0 || f.Method == winZipAES
}

func tooLargeInside(part string) error {
	return errPartTooLarge.New(message.Args{"Limit": maxUnpacked >> 20, "Part": part})
}

type limitedEntry struct {
	rc   io.ReadCloser
	name string
	left int64
}

func (l *limitedEntry) Read(p []byte) (int, error) {
	if l.left <= 0 {
		return 0, tooLargeInside(l.name)
	}
	if int64(len(p)) > l.left {
		p = p[:l.left]
	}
	n, err := l.rc.Read(p)
	l.left -= int64(n)
	if err != nil && err != io.EOF {
		err = errPartUnpack.Wrap(err, message.Args{"Part": l.name})
	}
	return n, err
}

func (l *limitedEntry) Close() error { return l.rc.Close() }
