package store

import (
	"errors"
	"fmt"
)

// Errors of a refused write. The failed change is rolled back whole, so the
// project stays as it was before the change. ErrDiskFull and
// ErrNotWritable come from the file system; ErrReadOnly from a project
// opened with OpenReadOnly.
var (
	ErrDiskFull    = errors.New("the disk is full")
	ErrNotWritable = errors.New("the project file or its folder cannot be written to")
	ErrReadOnly    = errors.New("the project is open read-only")
)

// SQLite's primary result codes for writes the file system refused
// (https://sqlite.org/rescode.html).
const (
	sqlitePerm     = 3
	sqliteReadOnly = 8
	sqliteIOErr    = 10
	sqliteFull     = 13
	sqliteCantOpen = 14
)

// classify marks a failed write with ErrDiskFull or ErrNotWritable when the
// file system refused it, so the UI can say so plainly; SQLite's own text
// stays as the detail.
func classify(err error) error {
	var se interface{ Code() int }
	if err == nil || !errors.As(err, &se) {
		return err
	}
	switch se.Code() & 0xff {
	case sqliteFull:
		return fmt.Errorf("%w (%w)", ErrDiskFull, err)
	case sqliteReadOnly, sqlitePerm, sqliteCantOpen:
		// CANTOPEN during a write: the rollback journal could not be
		// created beside the project, i.e. its folder is not writable.
		return fmt.Errorf("%w (%w)", ErrNotWritable, err)
	}
	return err
}
