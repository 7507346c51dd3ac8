package store

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	_ "modernc.org/sqlite" // registers the pure-Go "sqlite" driver
)

// applicationID marks a SQLite file as a Teema project ("TEEM").
const applicationID = 0x5445454D

// Extension is the file extension of Teema projects.
const Extension = ".teema"

// Project is an open project file.
type Project struct {
	db       *sql.DB
	path     string
	readOnly bool
	now      func() time.Time
	lock     *projectLock          // held while open for writing
	progress func(done, total int) // see SetProgress
}

// Create makes a new, empty project file; it refuses to overwrite anything.
func Create(path string) (*Project, error) {
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o644)
	if errors.Is(err, os.ErrExist) {
		return nil, fmt.Errorf("create project %s: %w", path, ErrExists.Wrap(err, fileArgs(path)))
	}
	if err != nil {
		return nil, fmt.Errorf("create project %s: %w", path, err)
	}
	f.Close()
	path = realPath(path)
	lock, err := lockProject(path)
	if err != nil {
		os.Remove(path)
		return nil, fmt.Errorf("create project %s: %w", path, err)
	}
	p, err := openDB(path, false)
	if err != nil {
		lock.release()
		os.Remove(path)
		return nil, fmt.Errorf("create project %s: %w", path, err)
	}
	p.lock = lock
	if err := p.init(); err != nil {
		p.Close()
		os.Remove(path)
		return nil, fmt.Errorf("create project %s: %w", path, err)
	}
	return p, nil
}

// Open opens an existing project. The file's header is read first, without
// SQLite, so a file that is not a Teema project, or is from a newer Teema,
// is refused before anything could write to it.
func Open(path string) (*Project, error) {
	return open(path, false)
}

// OpenReadOnly opens a project without ever writing to it. A project from
// an older Teema is refused with ErrOutdated: its tables are not yet the
// ones this Teema reads, and upgrading it would be a write.
func OpenReadOnly(path string) (*Project, error) {
	return open(path, true)
}

func open(path string, readOnly bool) (*Project, error) {
	path = realPath(path)
	version, err := checkHeader(path)
	if err != nil {
		return nil, fmt.Errorf("open project %s: %w", path, err)
	}
	if readOnly {
		return openReadOnly(path, version)
	}
	// One writer: a second window or program gets ErrInUse instead of
	// writing alongside.
	lock, err := lockProject(path)
	if err != nil {
		return nil, fmt.Errorf("open project %s: %w", path, err)
	}
	p, err := openChecked(path, false, version)
	if err != nil {
		lock.release()
		return nil, fmt.Errorf("open project %s: %w", path, err)
	}
	p.lock = lock
	p.removeLeftovers()
	// A backup of the project as it was, before any migration or change.
	p.autoBackup()
	if err := p.migrate(context.Background()); err != nil {
		p.Close()
		return nil, fmt.Errorf("open project %s: %w", path, err)
	}
	return p, nil
}

// openReadOnly opens a project whose header says it is of this Teema's
// schema or older; an older one is refused with ErrOutdated, as upgrading
// it would be a write. The schema is checked first, so a database of
// another program is called that, not outdated.
func openReadOnly(path string, version int) (*Project, error) {
	p, err := openChecked(path, true, version)
	if err != nil {
		return nil, fmt.Errorf("open project %s: %w", path, err)
	}
	if version < SchemaVersion() {
		p.db.Close()
		cause := fmt.Errorf("schema %d; this Teema writes %d", version, SchemaVersion())
		return nil, fmt.Errorf("open project %s: %w", path, ErrOutdated.Wrap(cause, fileArgs(path)))
	}
	return p, nil
}

// openChecked opens the database and checks it (Project.inspect) before
// anything else reads it. A read-only connection cannot roll back what a
// crash left half-written (SQLite's "hot journal"), so that is done first
// on a connection that can (recover.go).
func openChecked(path string, readOnly bool, version int) (*Project, error) {
	p, err := openInspected(path, readOnly, version)
	if readOnly && hotJournal(err) {
		if err := recoverJournal(path); err != nil {
			return nil, err
		}
		p, err = openInspected(path, readOnly, version)
	}
	return p, err
}

func openInspected(path string, readOnly bool, version int) (*Project, error) {
	p, err := openDB(path, readOnly)
	if err != nil {
		return nil, err
	}
	if err := p.inspect(version); err != nil {
		p.db.Close()
		return nil, err
	}
	return p, nil
}

// inspect refuses a project another program has altered, before Teema
// reads its tables or writes to it: the file is left as it was.
func (p *Project) inspect(version int) error {
	if err := checkSchema(p.db, p.path); err != nil {
		return err
	}
	if version == 0 {
		return nil // no tables yet: a project whose creation was cut short
	}
	return checkCodeTree(p.db, p.path)
}

// realPath is the absolute path of the project file with symbolic links
// resolved, found once when the project is opened: the lock, the backups
// and a restore all act on the file itself, so restoring through a link
// replaces the project, not the link.
func realPath(path string) string {
	if abs, err := filepath.Abs(path); err == nil {
		path = abs
	}
	if real, err := filepath.EvalSymlinks(path); err == nil {
		return real
	}
	return path // missing: checkHeader says so
}

// checkHeader reads the 100-byte SQLite header: magic string, schema
// version (offset 60) and application id (offset 68). It refuses a file
// that is not a Teema project, or is of a newer schema than this Teema's.
func checkHeader(path string) (version int, err error) {
	f, err := os.Open(path)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return 0, errNoFile.Wrap(err, fileArgs(path))
		}
		return 0, err
	}
	defer f.Close()
	var h [100]byte
	if _, err := io.ReadFull(f, h[:]); err != nil {
		return 0, errTooShort.New(fileArgs(path))
	}
	if !bytes.Equal(h[:16], []byte("SQLite format 3\x00")) {
		return 0, errNotDatabase.New(fileArgs(path))
	}
	if id := binary.BigEndian.Uint32(h[68:72]); id != applicationID {
		return 0, errOtherDatabase.New(fileArgs(path))
	}
	version = int(binary.BigEndian.Uint32(h[60:64]))
	if version > SchemaVersion() {
		return 0, newerVersion(path, version)
	}
	return version, nil
}

// openDB opens the SQLite connection. The rollback journal (not WAL) keeps
// a project one self-contained file that is safe to copy or sync once
// closed, and synchronous=FULL makes each committed change durable.
func openDB(path string, readOnly bool) (*Project, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, err
	}
	uri := "file:///" + strings.TrimPrefix(uriEscaper.Replace(filepath.ToSlash(abs)), "/")
	dsn := uri + "?_pragma=foreign_keys(1)&_pragma=busy_timeout(5000)&_pragma=synchronous(FULL)" +
		"&_pragma=journal_mode(DELETE)&_txlock=immediate"
	if readOnly {
		// Read-only connections read through a memory map: a word count
		// reads a megabyte or more of tallies, a tenth faster so. Writers
		// do not, so an I/O error while writing stays an error, never a
		// crash.
		dsn = uri + "?mode=ro&_pragma=foreign_keys(1)&_pragma=busy_timeout(5000)&_pragma=mmap_size(1073741824)"
	}
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, err
	}
	// One connection: every statement of the process sees one consistent
	// state, and SQLite's own file locks handle other processes.
	db.SetMaxOpenConns(1)
	if err := db.Ping(); err != nil {
		db.Close()
		return nil, err
	}
	return &Project{db: db, path: abs, readOnly: readOnly, now: time.Now}, nil
}

var uriEscaper = strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23")

func (p *Project) init() error {
	if _, err := p.db.Exec(fmt.Sprintf("PRAGMA application_id = %d", applicationID)); err != nil {
		return err
	}
	if err := p.migrate(context.Background()); err != nil {
		return err
	}
	return p.tx(func(tx *sql.Tx) error {
		_, err := tx.Exec(`INSERT INTO meta(key, value) VALUES ('created_at', ?)`, p.now().UTC().Format(time.RFC3339))
		return err
	})
}

// Path is the absolute path of the project file.
func (p *Project) Path() string { return p.path }

// ReadOnly reports whether the project was opened read-only.
func (p *Project) ReadOnly() bool { return p.readOnly }

// Close closes the project file and releases the writer lock.
func (p *Project) Close() error {
	err := p.db.Close()
	p.lock.release()
	return err
}

// SetClock replaces the clock, for tests that need fixed times.
func (p *Project) SetClock(now func() time.Time) { p.now = now }

// tx runs f in one immediate transaction: the change is applied whole or
// not at all.
func (p *Project) tx(f func(*sql.Tx) error) error {
	if p.readOnly {
		return ErrReadOnly
	}
	tx, err := p.db.Begin()
	if err != nil {
		return classify(err)
	}
	if err := f(tx); err != nil {
		tx.Rollback()
		return classify(err)
	}
	return classify(tx.Commit())
}

// IntegrityCheck runs SQLite's integrity check and the foreign-key check.
func (p *Project) IntegrityCheck() error {
	var res string
	if err := p.db.QueryRow("PRAGMA integrity_check").Scan(&res); err != nil {
		return err
	}
	if res != "ok" {
		return fmt.Errorf("integrity check: %s", res)
	}
	rows, err := p.db.Query("PRAGMA foreign_key_check")
	if err != nil {
		return err
	}
	defer rows.Close()
	if rows.Next() {
		return errors.New("integrity check: dangling references")
	}
	return rows.Err()
}

func timeText(t time.Time) string { return t.UTC().Format(time.RFC3339Nano) }

func parseTime(s string) time.Time {
	t, _ := time.Parse(time.RFC3339Nano, s)
	return t
}
