package store

import (
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"teema/coding"
	"teema/message"
)

// AddDocument stores a new document with its attributes and turns. Its name
// is made unique by appending " (2)", " (3)"... when taken.
func (p *Project) AddDocument(d coding.Document) (coding.Document, error) {
	err := p.tx(func(tx *sql.Tx) error {
		var err error
		d.ID, d.Name, err = insertDocument(tx, d)
		return err
	})
	if err != nil {
		return coding.Document{}, fmt.Errorf("add document %q: %w", d.Name, err)
	}
	return d, nil
}

// uniqueDocName is the name a new document gets: name, cleaned of what
// must not show (CleanName), and numbered when taken.
func uniqueDocName(tx *sql.Tx, name string) (string, error) {
	name = CleanName(name)
	if name == "" {
		name = "document"
	}
	candidate := name
	for n := 2; ; n++ {
		var exists int
		err := tx.QueryRow(`SELECT count(*) FROM documents WHERE name = ?`, candidate).Scan(&exists)
		if err != nil || exists == 0 {
			return candidate, err
		}
		candidate = fmt.Sprintf("%s (%d)", name, n)
	}
}

func insertTurns(tx *sql.Tx, docID int64, turns []coding.Turn) error {
	if _, err := tx.Exec(`DELETE FROM turns WHERE doc_id = ?`, docID); err != nil {
		return err
	}
	stmt, err := tx.Prepare(`INSERT INTO turns(doc_id, seq, speaker, start, end) VALUES (?, ?, ?, ?, ?)`)
	if err != nil {
		return err
	}
	defer stmt.Close()
	for i, t := range turns {
		if _, err := stmt.Exec(docID, i, t.Speaker, t.Start, t.End); err != nil {
			return err
		}
	}
	return nil
}

// Documents lists the documents in name order, without their text.
func (p *Project) Documents() ([]coding.DocumentInfo, error) {
	rows, err := p.db.Query(`SELECT d.id, d.name, d.format, d.original_name, d.chars, d.words,
		(SELECT count(*) FROM excerpts e WHERE e.doc_id = d.id),
		EXISTS (SELECT 1 FROM recordings r WHERE r.doc_id = d.id)
		FROM documents d ORDER BY d.name COLLATE NOCASE, d.id`)
	if err != nil {
		return nil, fmt.Errorf("list documents: %w", err)
	}
	var docs []coding.DocumentInfo
	for rows.Next() {
		var d coding.DocumentInfo
		if err := rows.Scan(&d.ID, &d.Name, &d.Format, &d.OriginalName, &d.Chars, &d.Words, &d.Excerpts, &d.Recorded); err != nil {
			rows.Close()
			return nil, err
		}
		d.Attributes = map[string]string{}
		docs = append(docs, d)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	attrs, err := p.allAttributes()
	if err != nil {
		return nil, err
	}
	for i := range docs {
		if a, ok := attrs[docs[i].ID]; ok {
			docs[i].Attributes = a
		}
	}
	return docs, nil
}

func (p *Project) allAttributes() (map[int64]map[string]string, error) {
	rows, err := p.db.Query(`SELECT doc_id, key, value FROM attributes`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[int64]map[string]string{}
	for rows.Next() {
		var id int64
		var k, v string
		if err := rows.Scan(&id, &k, &v); err != nil {
			return nil, err
		}
		if out[id] == nil {
			out[id] = map[string]string{}
		}
		out[id][k] = v
	}
	return out, rows.Err()
}

// Document loads a document with its text, attributes and turns.
func (p *Project) Document(id int64) (coding.Document, error) { return document(p.db, id) }

func document(q querier, id int64) (coding.Document, error) {
	d, err := documentText(q, id)
	if err != nil {
		return d, err
	}
	if d.Turns, err = turns(q, id); err != nil {
		return d, err
	}
	d.Times, err = timeIndex(q, id)
	return d, err
}

// DocumentText loads a document with its text and attributes but not its
// speaker turns, for reading that needs no turns: a long interview has
// hundreds of them.
func (p *Project) DocumentText(id int64) (coding.Document, error) { return documentText(p.db, id) }

func documentText(q querier, id int64) (coding.Document, error) {
	var d coding.Document
	var at string
	err := q.QueryRow(`SELECT id, name, text, format, original_name, hash, imported_at, chars, words
		FROM documents WHERE id = ?`, id).
		Scan(&d.ID, &d.Name, &d.Text, &d.Format, &d.OriginalName, &d.Hash, &at, &d.Chars, &d.Words)
	if err != nil {
		return d, fmt.Errorf("load document %d: %w", id, noDocument(err))
	}
	d.ImportedAt = parseTime(at)
	d.Attributes, err = attributes(q, id)
	return d, err
}

func attributes(q querier, docID int64) (map[string]string, error) {
	rows, err := q.Query(`SELECT key, value FROM attributes WHERE doc_id = ?`, docID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[string]string{}
	for rows.Next() {
		var k, v string
		if err := rows.Scan(&k, &v); err != nil {
			return nil, err
		}
		out[k] = v
	}
	return out, rows.Err()
}

// Turns loads a document's speaker turns without its text, for
// attributing excerpts.
func (p *Project) Turns(docID int64) ([]coding.Turn, error) { return turns(p.db, docID) }

func turns(q querier, docID int64) ([]coding.Turn, error) {
	rows, err := q.Query(`SELECT speaker, start, end FROM turns WHERE doc_id = ? ORDER BY seq`, docID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []coding.Turn
	for rows.Next() {
		var t coding.Turn
		if err := rows.Scan(&t.Speaker, &t.Start, &t.End); err != nil {
			return nil, err
		}
		out = append(out, t)
	}
	return out, rows.Err()
}

// FindDocument resolves a user's reference to a document: its exact name,
// else its numeric id, else a unique case-insensitive name.
func (p *Project) FindDocument(ref string) (coding.DocumentInfo, error) {
	docs, err := p.Documents()
	if err != nil {
		return coding.DocumentInfo{}, err
	}
	for _, d := range docs {
		if d.Name == ref {
			return d, nil
		}
	}
	if id, err := strconv.ParseInt(ref, 10, 64); err == nil {
		for _, d := range docs {
			if d.ID == id {
				return d, nil
			}
		}
	}
	var match []coding.DocumentInfo
	for _, d := range docs {
		if strings.EqualFold(d.Name, ref) {
			match = append(match, d)
		}
	}
	if len(match) == 1 {
		return match[0], nil
	}
	return coding.DocumentInfo{}, errNoDocumentNamed.New(message.Args{"Name": ref})
}

// SetAttribute sets a document attribute; an empty value removes it. It
// returns the previous value, so the change can be undone.
func (p *Project) SetAttribute(docID int64, key, value string) (old string, err error) {
	if key, err = coding.AttributeKey(key); err != nil {
		return "", err
	}
	err = p.tx(func(tx *sql.Tx) error {
		if err := docExists(tx, docID); err != nil {
			return err
		}
		err := tx.QueryRow(`SELECT value FROM attributes WHERE doc_id = ? AND key = ?`, docID, key).Scan(&old)
		if err != nil && !errors.Is(err, sql.ErrNoRows) {
			return err
		}
		return setAttribute(tx, docID, key, value)
	})
	if err != nil {
		return "", fmt.Errorf("set attribute %s of document %d: %w", key, docID, err)
	}
	return old, nil
}

func setAttribute(tx *sql.Tx, docID int64, key, value string) error {
	if value == "" {
		_, err := tx.Exec(`DELETE FROM attributes WHERE doc_id = ? AND key = ?`, docID, key)
		return err
	}
	_, err := tx.Exec(`INSERT INTO attributes(doc_id, key, value) VALUES (?, ?, ?)
		ON CONFLICT(doc_id, key) DO UPDATE SET value = excluded.value`, docID, key, value)
	return err
}

func docExists(tx *sql.Tx, docID int64) error {
	var n int
	if err := tx.QueryRow(`SELECT count(*) FROM documents WHERE id = ?`, docID).Scan(&n); err != nil {
		return err
	}
	if n == 0 {
		return fmt.Errorf("document %d: %w", docID, coding.ErrNoDocument.New(nil))
	}
	return nil
}

// RenameDocument gives a document a name no other document has, and
// returns its old name.
func (p *Project) RenameDocument(docID int64, name string) (old string, err error) {
	err = p.tx(func(tx *sql.Tx) error {
		if err := tx.QueryRow(`SELECT name FROM documents WHERE id = ?`, docID).Scan(&old); err != nil {
			return noDocument(err)
		}
		others, err := otherDocNames(tx, docID)
		if err != nil {
			return err
		}
		if name, err = coding.CheckDocumentName(CleanName(name), others); err != nil {
			return err
		}
		_, err = tx.Exec(`UPDATE documents SET name = ? WHERE id = ?`, name, docID)
		return err
	})
	if err != nil {
		return "", fmt.Errorf("rename document %d: %w", docID, err)
	}
	return old, nil
}

func otherDocNames(tx *sql.Tx, docID int64) ([]string, error) {
	rows, err := tx.Query(`SELECT name FROM documents WHERE id != ?`, docID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var names []string
	for rows.Next() {
		var n string
		if err := rows.Scan(&n); err != nil {
			return nil, err
		}
		names = append(names, n)
	}
	return names, rows.Err()
}

// noDocument is the error of a query for a document: the domain's
// ErrNoDocument when no row answered, else err itself.
func noDocument(err error) error {
	if errors.Is(err, sql.ErrNoRows) {
		return coding.ErrNoDocument.New(nil)
	}
	return err
}
