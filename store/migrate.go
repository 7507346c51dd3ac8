package store

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"io/fs"
	"sort"
)

//go:embed migrations/*.sql
var migrationFiles embed.FS

// migrations returns the schema steps in order; step i brings the schema
// from version i to i+1.
func migrations() []string {
	names, err := fs.Glob(migrationFiles, "migrations/*.sql")
	if err != nil {
		panic(err) // the pattern is constant
	}
	sort.Strings(names)
	steps := make([]string, len(names))
	for i, n := range names {
		b, _ := migrationFiles.ReadFile(n)
		steps[i] = string(b)
	}
	return steps
}

// SchemaVersion is the newest schema this build of Teema reads and writes.
func SchemaVersion() int { return len(migrations()) }

// migrate applies the missing steps, each in its own immediate transaction
// that re-reads the version first, so two processes never apply one twice.
func migrate(ctx context.Context, db *sql.DB) error {
	steps := migrations()
	for {
		done, err := migrateStep(ctx, db, steps)
		if err != nil || done {
			return err
		}
	}
}

func migrateStep(ctx context.Context, db *sql.DB, steps []string) (done bool, err error) {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return false, err
	}
	defer tx.Rollback()
	var v int
	if err := tx.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v); err != nil {
		return false, err
	}
	if v > len(steps) {
		return false, fmt.Errorf("%w (schema %d; this Teema reads up to %d)", ErrNewerVersion, v, len(steps))
	}
	if v == len(steps) {
		return true, nil
	}
	if _, err := tx.ExecContext(ctx, steps[v]); err != nil {
		return false, fmt.Errorf("upgrade project to schema %d: %w", v+1, err)
	}
	if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", v+1)); err != nil {
		return false, err
	}
	return false, tx.Commit()
}
