package store

import (
	"path/filepath"

	"teema/coding"
	"teema/message"
)

// Errors of a refused write. The failed change is rolled back whole, so the
// project stays as it was before the change. ErrDiskFull and
// ErrNotWritable come from the file system; ErrReadOnly from a project
// opened with OpenReadOnly.
var (
	ErrDiskFull    = message.New("The disk is full: this change was not saved. Everything saved before it is safe; free some space and try again.")
	ErrNotWritable = message.New("The project file cannot be written to: this change was not saved. Check that the file and its folder are not read-only.")
	ErrReadOnly    = message.New("This project is open read-only: changes are not saved. Close it in the other Teema window or program and open it again to edit.")
)

// Errors a user can meet when opening or creating a project. Each names
// the project file by its base name, as the researcher knows it.
var (
	ErrNotProject   = message.New("{{.File}} is not a Teema project.")
	ErrNewerVersion = message.New("{{.File}} was made by a newer version of Teema; update Teema to open it.")
	ErrOutdated     = message.New("{{.File}} was made by an older version of Teema; open it for writing once to upgrade it.")
	ErrExists       = message.New("{{.File}} already exists; choose another name.")
	// ErrInUse is returned by Open and Create when another window or
	// program already has the project open for writing.
	ErrInUse = message.New("{{.File}} is open in another Teema window or program; open it read-only to look at it.")

	errNoFile        = message.New("{{.File}} does not exist.")
	errTooShort      = message.New("{{.File}} is not a Teema project: it is empty or too short.").In(ErrNotProject)
	errNotDatabase   = message.New("{{.File}} is not a Teema project: it is not a database.").In(ErrNotProject)
	errOtherDatabase = message.New("{{.File}} is not a Teema project: it is a database of another program.").In(ErrNotProject)
	errLockChanging  = message.New("Teema cannot lock {{.File}} for writing: its lock file keeps changing.")
)

// ErrDuplicate reports that a file's text is already in the project.
var ErrDuplicate = message.New("{{.File}} has the same text as {{.Document}}, which is already in the project.")

// What the store says of the project's content.
var (
	errNoDocumentNamed = message.New("There is no document called {{.Name}}.").In(coding.ErrNotFound)
	errParentLater     = message.New("The code {{.Code}} names a parent code that comes later in the file or not at all.")
	errUnknownCode     = message.New("A coding names the code {{.Code}}, which is not in the file's code book.")
)

// Notes of an exchange (ApplyExchange), for its report.
var (
	noteSameText   = message.New("{{.Name}} has the same text as {{.Document}}, already in the project: its codings and memo were added to {{.Document}}.")
	noteKeptAttrib = message.New("{{.Document}} keeps {{.Key}} = {{.Value}}; the file says {{.Other}}.")
)

// fileArgs names a file in a message by its base name.
func fileArgs(path string) message.Args { return message.Args{"File": filepath.Base(path)} }
