package qdpx

import (
	"archive/zip"
	"errors"
	"io"
	"path"
	"strconv"
	"strings"

	"teema/message"
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
// megabytes; these leave room for big ones and stop bombs early.
const (
	maxTotal   = 1 << 30   // all entries read together
	maxXML     = 128 << 20 // the .qde
	maxText    = 64 << 20  // one source or note file, as for transcripts
	maxEntries = 100_000
	// A deflated entry can at most be about 1:1032 of its size; real text
	// stays far below 1:100, bombs sit at the maximum.
	maxRatio      = 500
	ratioMinBytes = 1 << 20
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
// unpacked into, and entries whose compression only a bomb reaches.
func checkEntry(f *zip.File) error {
	name := slashes(f.Name)
	if !localName(name) {
		return errEscapes.New(message.Args{"Name": strconv.Quote(f.Name)})
	}
	u, c := f.UncompressedSize64, f.CompressedSize64
	if u > ratioMinBytes && (c == 0 || u/c > maxRatio) {
		return errInflates.New(message.Args{"Part": f.Name, "Ratio": u / max(c, 1)})
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
	b, err := io.ReadAll(io.LimitReader(rc, limit+1))
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
