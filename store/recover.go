package store

import (
	"errors"
	"fmt"
)

// sqliteReadOnlyRollback is SQLITE_READONLY_ROLLBACK: a read-only
// connection met a hot journal, the half-written change a crash left,
// which only a connection that can write may roll back.
const sqliteReadOnlyRollback = 776

func hotJournal(err error) bool {
	var se interface{ Code() int }
	return errors.As(err, &se) && se.Code() == sqliteReadOnlyRollback
}

// recoverJournal rolls back the change a crash left half-written, as the
// first writer to open the project would: SQLite does it under its own
// exclusive lock on the first read, restoring the project exactly as it
// was after its last saved change. Nothing else is written. Where the
// file or its folder cannot be written to, the reader is told what to do.
func recoverJournal(path string) error {
	p, err := openDB(path, false)
	if err == nil {
		var n int
		err = p.db.QueryRow(`SELECT count(*) FROM sqlite_master`).Scan(&n)
		p.db.Close()
	}
	if err != nil {
		return fmt.Errorf("roll back an unfinished change: %w", errNeedsRecovery.Wrap(err, fileArgs(path)))
	}
	return nil
}
