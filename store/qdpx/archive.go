package qdpx

import (
	"archive/zip"
	"bytes"
	"errors"
	"io"
	"path"
	"strconv"
	"strings"

	"teema/message"
	"teema/store/importer"
)

// Why a source's or a note's text cannot be read: the builder words them
// for the thing whose text it is (see textLoss).
var (
	errNoPlainText = errors.New("no plain text")
	errExternal    = errors.New("text outside the archive")
	errPathEscapes = errors.New("text path points outside the archive")
	errNoTextFile  = errors.New("text file missing from the archive")
)

// Limits on what an archive may unpack to. A thesis project is tens of
// megabytes; these leave room for big ones and stop bombs early. Every
// entry is read through archive.read, which stops at these limits whatever
// the entry's header claims, so how well an entry compresses says nothing
// Teema needs: a legal transcript of one repeated line exported by Teema
// itself compresses a thousandfold, and was once refused as a bomb.
const (
	maxTotal   = 1 << 30              // all entries read together
	maxXML     = 128 << 20            // the .qde
	maxText    = importer.MaxFileSize // one source or note file, as for transcripts
	maxEntries = 100_000
)

// archive is an opened .qdpx with a running count of unpacked bytes.
type archive struct {
	files  map[string]*zip.File // by lower-cased name
	qde    *zip.File
	base   string // folder of the .qde, "" at the top
	unpack int64
}

func openArchive(r io.ReaderAt, size int64) (*archive, error) {
	zr, err := zip.NewReader(r, size)
	// Insecure names are checked below with a clearer message.
	if err != nil && !errors.Is(err, zip.ErrInsecurePath) {
		return nil, errNotZip.Wrap(err, nil)
	}
	if len(zr.File) > maxEntries {
		return nil, errManyFiles.New(message.Args{"N": len(zr.File)})
	}
	a := &archive{files: map[string]*zip.File{}}
	var declared uint64
	for _, f := range zr.File {
		if err := checkEntry(f); err != nil {
			return nil, err
		}
		declared += f.UncompressedSize64
		a.files[strings.ToLower(slashes(f.Name))] = f
	}
	if declared > maxTotal {
		return nil, errUnpacksTo.New(message.Args{"Size": declared >> 20})
	}
	return a, a.findQDE(zr.File)
}

func slashes(name string) string { return strings.ReplaceAll(name, `\`, "/") }

// checkEntry refuses names that would land outside a folder they were
// unpacked into.
func checkEntry(f *zip.File) error {
	if !localName(slashes(f.Name)) {
		return errEscapes.New(message.Args{"Name": strconv.Quote(f.Name)})
	}
	return nil
}

func localName(name string) bool {
	parts := strings.Split(name, "/")
	// A colon in the first part is a Windows drive ("C:").
	if name == "" || parts[0] == "" || strings.Contains(parts[0], ":") || strings.Contains(name, "\x00") {
		return false
	}
	for _, part := range parts {
		if part == ".." {
			return false
		}
	}
	return true
}

// findQDE picks the project XML. It is project.qde by the standard, but
// some tools name it after the project or put everything in a folder.
func (a *archive) findQDE(files []*zip.File) error {
	var found []*zip.File
	for _, f := range files {
		if strings.EqualFold(path.Ext(f.Name), ".qde") {
			found = append(found, f)
		}
	}
	switch {
	case len(found) == 0:
		return errNoQDE.New(nil)
	case len(found) > 1:
		return errManyQDE.New(message.Args{"N": len(found)})
	}
	a.qde = found[0]
	if dir := path.Dir(slashes(a.qde.Name)); dir != "." {
		a.base = strings.ToLower(dir) + "/"
	}
	return nil
}

// read unpacks one entry, stopping at limit bytes and at the archive's
// total whatever the entry's header claims.
func (a *archive) read(f *zip.File, limit int64) ([]byte, error) {
	rc, err := f.Open()
	if err != nil {
		return nil, errPartDamaged.Wrap(err, message.Args{"Part": f.Name})
	}
	defer rc.Close()
	limit = min(limit, maxTotal-a.unpack)
	// Room for what the header claims, so a text of 60 MB is not read
	// through buffers doubling to 128 MB; a header that lies only costs
	// the growing.
	buf := bytes.NewBuffer(make([]byte, 0, min(int64(f.UncompressedSize64), limit)+bytes.MinRead+1))
	_, err = buf.ReadFrom(io.LimitReader(rc, limit+1))
	b := buf.Bytes()
	a.unpack += int64(len(b))
	if err != nil {
		return nil, errPartDamaged.Wrap(err, message.Args{"Part": f.Name})
	}
	if int64(len(b)) > limit {
		return nil, errPartTooLarge.New(message.Args{"Part": f.Name})
	}
	return b, nil
}

// source finds the file behind an internal:// path: in sources/ (any
// case) next to the .qde, or where the path itself says.
func (a *archive) source(ref string) (*zip.File, error) {
	rel, ok := strings.CutPrefix(ref, "internal://")
	if !ok {
		return nil, errExternal
	}
	rel = strings.ToLower(slashes(rel))
	if !localName(rel) {
		return nil, errPathEscapes
	}
	for _, name := range []string{a.base + "sources/" + rel, a.base + rel, "sources/" + rel, rel} {
		if f, ok := a.files[name]; ok {
			return f, nil
		}
	}
	return nil, errNoTextFile
}
