package qdpx

import (
	"errors"
	"path/filepath"

	"teema/message"
)

// Classes of files Teema will not read, for errors.Is. What the
// researcher reads is the message of the error's kind below, which names
// the file as {{.File}}: Read and ImportCodeBook do not know the file's
// name, so the functions that open the file add it (see named).
var (
	ErrNotProject = errors.New("not a REFI-QDA project")
	ErrUnsafe     = errors.New("unsafe archive")
	ErrTooLarge   = errors.New("too large to unpack")
)

// Archives Teema will not read (archive.go).
var (
	errNotZip       = message.New("{{.File}} is not a REFI-QDA project (.qdpx): the file is damaged or is not a zip archive.").In(ErrNotProject)
	errManyFiles    = message.New("{{.File}} holds {{.N}} files, more than Teema accepts in a project; it may be a zip bomb.").In(ErrTooLarge)
	errUnpacksTo    = message.New("{{.File}} unpacks to {{.Size}} MB, more than Teema accepts; it may be a zip bomb.").In(ErrTooLarge)
	errEscapes      = message.New("{{.File}} is unsafe: it holds a file named {{.Name}}, which points outside the archive.").In(ErrUnsafe)
	errNoQDE        = message.New("{{.File}} is not a REFI-QDA project: it holds no .qde project file.").In(ErrNotProject)
	errManyQDE      = message.New("{{.File}} holds {{.N}} .qde project files, so which one is the project is unclear.").In(ErrNotProject)
	errPartDamaged  = message.New("{{.File}} is damaged: the file {{.Part}} inside it cannot be unpacked.").In(ErrNotProject)
	errPartTooLarge = message.New("{{.File}} is too large: the file {{.Part}} inside it unpacks to more than Teema accepts; it may be a zip bomb.").In(ErrTooLarge)
)

// Files whose XML Teema cannot read (import.go, codebook.go).
var (
	errProjectXML       = message.New("{{.File}} is not a REFI-QDA project Teema can read: its {{.Part}} is not valid QDA-XML.")
	errCodeBookXML      = message.New("{{.File}} is not a REFI-QDA code book Teema can read: it is not valid QDA-XML.")
	errCodeBookTooLarge = message.New("{{.File}} is larger than Teema accepts for a code book ({{.Limit}} MB).").In(ErrTooLarge)
)

// errEmptyCodeBook refuses to export a code book with no codes.
var errEmptyCodeBook = message.New("The code book is empty: there is nothing to export.")

// named gives an error made before the file's name was known the name.
func named(path string, err error) error {
	var m *message.Error
	if errors.As(err, &m) {
		return m.With("File", filepath.Base(path))
	}
	return err
}
