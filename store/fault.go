package store

import "errors"

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
// file system refused it, so the user is told what to do; SQLite's error
// stays as the cause.
func classify(err error) error {
	var se interface{ Code() int }
	if err == nil || !errors.As(err, &se) {
		return err
	}
	switch se.Code() & 0xff {
	case sqliteFull:
		return ErrDiskFull.Wrap(err, nil)
	case sqliteReadOnly, sqlitePerm, sqliteCantOpen:
		// CANTOPEN during a write: the rollback journal could not be
		// created beside the project, i.e. its folder is not writable.
		return ErrNotWritable.Wrap(err, nil)
	}
	return err
}
