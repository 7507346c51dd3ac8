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
	errNeedsRecovery = message.New("{{.File}} was not closed properly (Teema or the computer stopped while saving), and the change it was saving must be undone before the project can be read, which Teema cannot do here: the file or its folder cannot be written to. Open it once where it can be written to; everything saved before is safe.")
	// ErrFolderReadOnly: the writer lock cannot be made beside the
	// project, so it can be opened only read-only.
	ErrFolderReadOnly = message.New("{{.File}} is in a folder Teema cannot write to, so it cannot be opened for changes; open it read-only, or copy it to a folder you can write to.")
)

// ErrAltered refuses a project another program has changed in a way Teema
// cannot trust (schema_check.go, code_tree_check.go). The file is left as
// it was.
var (
	ErrAltered       = message.New("{{.File}} has been altered by another program, so Teema does not open it; the file is left as it was.")
	errSchemaExtra   = message.New("{{.File}} has been altered by another program: it holds {{.Name}}, which Teema does not make. Teema does not open it and leaves it as it was; its backups, if it has any, are in the folder {{.Backups}} beside it.").In(ErrAltered)
	errSchemaChanged = message.New("{{.File}} has been altered by another program: its {{.Name}} is missing or not as Teema makes it. Teema does not open it and leaves it as it was; its backups, if it has any, are in the folder {{.Backups}} beside it.").In(ErrAltered)
	errCodeLoop      = message.New("{{.File}} is damaged: the code {{.Code}} lies under itself, which would hide it, its sub-codes and their codings. Teema does not open it and leaves it as it was; its backups, if it has any, are in the folder {{.Backups}} beside it.").In(ErrAltered)
	errCodeOrphan    = message.New("{{.File}} is damaged: the code {{.Code}} lies under a code that is not there, which would hide it, its sub-codes and their codings. Teema does not open it and leaves it as it was; its backups, if it has any, are in the folder {{.Backups}} beside it.").In(ErrAltered)
)

// ErrDuplicate reports that a file's text is already in the project.
var ErrDuplicate = message.New("{{.File}} has the same text as {{.Document}}, which is already in the project.")

// What the store says of the project's content.
var (
	errNoDocumentNamed = message.New("There is no document called {{.Name}}.").In(coding.ErrNotFound)
	errParentLater     = message.New("The code {{.Code}} names a parent code that comes later in the file or not at all.")
	errUnknownCode     = message.New("A coding names the code {{.Code}}, which is not in the file's code book.")
)

// Bounds of the code book (MaxCodes, MaxCodeDepth), whichever way codes
// come: by hand, from a template, an exchange file or a merge.
var (
	ErrTooManyCodes = message.New("The project would have {{.N}} codes; Teema keeps at most {{.Limit}} codes in one project, so nothing was added.")
	ErrCodeTooDeep  = message.New("The code {{.Code}} would lie {{.N}} levels deep; Teema keeps codes at most {{.Limit}} levels deep, so nothing was added.")
)

// Notes of an exchange (ApplyExchange), for its report.
var (
	noteSameText   = message.New("{{.Name}} has the same text as {{.Document}}, already in the project: its codings and memo were added to {{.Document}}.")
	noteKeptAttrib = message.New("{{.Document}} keeps {{.Key}} = {{.Value}}; the file says {{.Other}}.")
)

// fileArgs names a file in a message by its base name.
func fileArgs(path string) message.Args { return message.Args{"File": filepath.Base(path)} }
