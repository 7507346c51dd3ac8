package store

import (
	"context"
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

// newerVersion is ErrNewerVersion for a project of schema version, which
// is newer than SchemaVersion; the versions are the cause, for the log.
func newerVersion(path string, version int) error {
	return ErrNewerVersion.Wrap(fmt.Errorf("schema %d; this Teema reads up to %d", version, SchemaVersion()), fileArgs(path))
}

// migrate applies the missing steps, each in its own immediate transaction
// that re-reads the version first, so two processes never apply one twice.
func (p *Project) migrate(ctx context.Context) error {
	steps := migrations()
	for {
		done, err := p.migrateStep(ctx, steps)
		if err != nil || done {
			return err
		}
	}
}

func (p *Project) migrateStep(ctx context.Context, steps []string) (done bool, err error) {
	tx, err := p.db.BeginTx(ctx, nil)
	if err != nil {
		return false, err
	}
	defer tx.Rollback()
	var v int
	if err := tx.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v); err != nil {
		return false, err
	}
	if v > len(steps) {
		return false, newerVersion(p.path, v)
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
