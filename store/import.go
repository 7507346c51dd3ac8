package store

import (
	"database/sql"
	"errors"
	"fmt"
	"path/filepath"
	"runtime"
	"strings"

	"teema/coding"
	"teema/message"
	"teema/store/importer"
)

// ImportResult is the outcome for one file of a batch import.
type ImportResult struct {
	File string
	Doc  coding.Document
	Err  error // nil, ErrDuplicate (wrapped) or the reason the file failed
	// Encoding and Notes say how a file that was read was read
	// (importer.Result): its encoding, bytes that could not be read.
	Encoding string
	Notes    []message.Note
}

// ImportFile reads a transcript and adds it as a document named after the
// file. A file whose text is already in the project is not added again.
func (p *Project) ImportFile(path string, attrs map[string]string) (coding.Document, error) {
	res, err := importer.ReadFile(path)
	if err != nil {
		return coding.Document{}, err
	}
	return p.ImportText(filepath.Base(path), res, attrs)
}

// ImportText adds already-read text as a document named after file.
func (p *Project) ImportText(file string, res importer.Result, attrs map[string]string) (coding.Document, error) {
	return p.importDocument(p.newImported(file, res, attrs))
}

// importDocument adds one imported document in its own transaction.
func (p *Project) importDocument(d coding.Document) (coding.Document, error) {
	err := p.tx(func(tx *sql.Tx) error {
		var err error
		d, err = addImported(tx, d)
		return err
	})
	if err != nil && !errors.Is(err, ErrDuplicate) {
		return coding.Document{}, fmt.Errorf("import %s: %w", d.OriginalName, err)
	}
	return d, err
}

// newImported makes the document a file's text becomes, named after the
// file: its hash, counts and speaker turns.
func (p *Project) newImported(file string, res importer.Result, attrs map[string]string) coding.Document {
	d := coding.NewDocument(strings.TrimSuffix(file, filepath.Ext(file)), res.Text, res.Format, file, p.now())
	for k, v := range attrs {
		d.Attributes[k] = v
	}
	d.Times = res.Times
	return d
}

// addImported adds a document in a transaction, unless the same text is
// already there (ErrDuplicate, which changes nothing).
func addImported(tx *sql.Tx, d coding.Document) (coding.Document, error) {
	var same string
	err := tx.QueryRow(`SELECT name FROM documents WHERE hash = ? ORDER BY id LIMIT 1`, d.Hash).Scan(&same)
	switch {
	case err == nil:
		return coding.Document{}, ErrDuplicate.New(message.Args{"File": d.OriginalName, "Document": same})
	case !errors.Is(err, sql.ErrNoRows):
		return coding.Document{}, err
	}
	d.ID, d.Name, err = insertDocument(tx, d)
	return d, err
}

// importChunk is how many files one transaction of a batch import holds.
// Each commit waits for the disk and makes the full-text index write out
// what it gathered: a commit per file cost more than reading the files.
const importChunk = 16

// ImportFiles imports a batch of files. One bad file never stops or undoes
// the others: files are read in parallel, then added a chunk at a time in
// one transaction each; a chunk that fails as a whole is added again file
// by file. progress, if not nil, is called after each file.
func (p *Project) ImportFiles(paths []string, attrs map[string]string, progress func(done int, r ImportResult)) []ImportResult {
	reads := p.readFiles(paths, attrs)
	out := make([]ImportResult, 0, len(paths))
	for start := 0; start < len(paths); start += importChunk {
		chunk := make([]readResult, 0, importChunk)
		for _, ch := range reads[start:min(start+importChunk, len(paths))] {
			chunk = append(chunk, <-ch)
		}
		for _, r := range p.importChunk(chunk, attrs) {
			out = append(out, r)
			if progress != nil {
				progress(len(out), r)
			}
		}
	}
	return out
}

// readResult is one file of a batch as read, made a document.
type readResult struct {
	path string
	doc  coding.Document
	err  error
	read importer.Result // its encoding and notes; its text is in doc
}

// result is the outcome of adding r, err.
func (r readResult) result(d coding.Document, err error) ImportResult {
	return ImportResult{File: r.path, Doc: d, Err: err, Encoding: r.read.Encoding, Notes: r.read.Notes}
}

// readFiles reads the files on as many cores as there are, each into its
// own channel, so the caller takes them in order as they are ready.
func (p *Project) readFiles(paths []string, attrs map[string]string) []chan readResult {
	out := make([]chan readResult, len(paths))
	for i := range out {
		out[i] = make(chan readResult, 1)
	}
	next := make(chan int, len(paths))
	for i := range paths {
		next <- i
	}
	close(next)
	for w := 0; w < min(runtime.GOMAXPROCS(0), len(paths)); w++ {
		go func() {
			for i := range next {
				res, err := importer.ReadFile(paths[i])
				r := readResult{path: paths[i], err: err}
				if err == nil {
					r.doc = p.newImported(filepath.Base(paths[i]), res, attrs)
					r.read = importer.Result{Encoding: res.Encoding, Notes: res.Notes}
				}
				out[i] <- r
			}
		}()
	}
	return out
}

// The full-text index merges its segments as it goes ("automerge"), which
// took a third of a batch import's time. A chunk sets it off while it adds
// its files and back to SQLite's default before it commits, so the merging
// happens in later, smaller writes; FTS5's crisis merge still bounds the
// segments meanwhile.
const (
	ftsMergeOff = `INSERT INTO documents_fts(documents_fts, rank) VALUES ('automerge', 0)`
	ftsMergeOn  = `INSERT INTO documents_fts(documents_fts, rank) VALUES ('automerge', 4)`
)

// importChunk adds the files read in one transaction. A chunk with
// nothing new to add writes nothing.
func (p *Project) importChunk(chunk []readResult, attrs map[string]string) []ImportResult {
	var out []ImportResult
	err := p.tx(func(tx *sql.Tx) error {
		out = out[:0]
		merging := true
		for _, r := range chunk {
			if r.err != nil {
				out = append(out, r.result(coding.Document{}, r.err))
				continue
			}
			if merging {
				if _, err := tx.Exec(ftsMergeOff); err != nil {
					return err
				}
				merging = false
			}
			d, err := addImported(tx, r.doc)
			if err != nil && !errors.Is(err, ErrDuplicate) {
				return err
			}
			out = append(out, r.result(d, err))
		}
		if merging {
			return nil
		}
		_, err := tx.Exec(ftsMergeOn)
		return err
	})
	if err == nil {
		return out
	}
	out = out[:0]
	for _, r := range chunk {
		res := r.result(coding.Document{}, r.err)
		if r.err == nil {
			res = r.result(p.importDocument(r.doc))
		}
		out = append(out, res)
	}
	return out
}
