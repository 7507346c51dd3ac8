package store

import (
	"database/sql"
	"fmt"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"

	"teema/message"
)

// schemaObject is one row of sqlite_master: a table, index, trigger or
// view, with the statement that made it.
type schemaObject struct {
	kind, table, sql string
}

// checkSchema compares the schema of the project at path with the one
// this Teema makes at the project's schema version, and refuses a
// difference before anything reads the project's tables: a trigger or a
// view added by another program would run inside every statement Teema
// makes (a view of documents that recurses for ever hung merge and
// `teema-cli docs`; a trigger deleting each new coding made `code` report
// codings saved that were not).
func checkSchema(q querier, path string) error {
	version, got, err := schemaOf(q)
	if err != nil {
		return fmt.Errorf("read the schema: %w", err)
	}
	if version > SchemaVersion() {
		return newerVersion(path, version)
	}
	want, err := expectedSchema(version)
	if err != nil {
		return err
	}
	if len(got) > 0 && !holdsAny(got, want) {
		// Teema's mark on a database of another program: not one of
		// Teema's tables is there.
		return errOtherDatabase.New(fileArgs(path))
	}
	for _, name := range schemaNames(got, want) {
		g, inFile := got[name]
		w, made := want[name]
		switch {
		case !made:
			return errSchemaExtra.New(schemaArgs(path, name))
		case !inFile || g != w:
			return errSchemaChanged.New(schemaArgs(path, name))
		}
	}
	return nil
}

// schemaOf reads the schema version and sqlite_master in one statement,
// so both come from one state of the file even while another Teema
// upgrades it. SQLite's statistics tables (made by ANALYZE) only steer
// its query planner, so a project may have them.
func schemaOf(q querier) (version int, objects map[string]schemaObject, err error) {
	rows, err := q.Query(`SELECT v.user_version, m.type, m.name, m.tbl_name, m.sql
		FROM pragma_user_version v LEFT JOIN sqlite_master m ON m.name NOT LIKE 'sqlite\_stat%' ESCAPE '\'`)
	if err != nil {
		return 0, nil, err
	}
	defer rows.Close()
	objects = map[string]schemaObject{}
	for rows.Next() {
		var kind, name, table, stmt sql.NullString
		if err := rows.Scan(&version, &kind, &name, &table, &stmt); err != nil {
			return 0, nil, err
		}
		if name.Valid {
			// SQLite keeps a statement as it was written; only the
			// spacing of a migration's text may differ between versions
			// of Teema.
			objects[name.String] = schemaObject{kind.String, table.String, strings.Join(strings.Fields(stmt.String), " ")}
		}
	}
	return version, objects, rows.Err()
}

// expected holds the schema of each version, made once.
var expected struct {
	sync.Mutex
	byVersion map[int]map[string]schemaObject
}

// expectedSchema is the schema of a fresh project of the given version:
// the migrations up to it, run on an empty database in memory.
func expectedSchema(version int) (map[string]schemaObject, error) {
	expected.Lock()
	defer expected.Unlock()
	if s, ok := expected.byVersion[version]; ok {
		return s, nil
	}
	db, err := sql.Open("sqlite", ":memory:")
	if err != nil {
		return nil, err
	}
	defer db.Close()
	db.SetMaxOpenConns(1) // one connection: one in-memory database
	for _, step := range migrations()[:version] {
		if _, err := db.Exec(step); err != nil {
			return nil, fmt.Errorf("schema %d: %w", version, err)
		}
	}
	_, s, err := schemaOf(db)
	if err != nil {
		return nil, err
	}
	if expected.byVersion == nil {
		expected.byVersion = map[int]map[string]schemaObject{}
	}
	expected.byVersion[version] = s
	return s, nil
}

// holdsAny reports whether got has any of the tables of want.
func holdsAny(got, want map[string]schemaObject) bool {
	for name, o := range want {
		if o.kind == "table" && got[name].kind == "table" {
			return true
		}
	}
	return false
}

// schemaNames are the names in either schema, sorted, so the first
// difference named is the same every time.
func schemaNames(a, b map[string]schemaObject) []string {
	var names []string
	for n := range a {
		names = append(names, n)
	}
	for n := range b {
		if _, ok := a[n]; !ok {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	return names
}

func schemaArgs(path, name string) message.Args {
	args := fileArgs(path)
	args["Name"], args["Backups"] = strconv.Quote(name), filepath.Base(BackupDir(path))
	return args
}
