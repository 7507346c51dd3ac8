package store

import (
	"database/sql"
	"fmt"

	"teema/coding"
)

// Batch makes many changes in one transaction: all of them are kept, or,
// when the function given to Project.Batch fails, none. A merge of another
// coder's project uses it, so a crash or an error half-way leaves the
// project as it was.
//
// Reads through the Project wait for the transaction (the project has one
// connection), so do every read before the batch.
type Batch struct {
	p     *Project
	tx    *sql.Tx
	codes *codeIndex // read at the first EnsureCodePath
}

// Batch runs f in one transaction.
func (p *Project) Batch(f func(b *Batch) error) error {
	return p.tx(func(tx *sql.Tx) error { return f(&Batch{p: p, tx: tx}) })
}

// EnsureCodePath is Project.EnsureCodePath within the batch.
func (b *Batch) EnsureCodePath(path, color, description string) (coding.Code, bool, error) {
	names, err := coding.SplitPath(path)
	if err != nil {
		return coding.Code{}, false, err
	}
	if b.codes == nil {
		if b.codes, err = loadCodeIndex(b.tx); err != nil {
			return coding.Code{}, false, err
		}
	}
	return b.codes.ensurePath(b.tx, names, color, description)
}

// AddDocument is Project.AddDocument within the batch.
func (b *Batch) AddDocument(d coding.Document) (coding.Document, error) {
	id, name, err := insertDocument(b.tx, d)
	if err != nil {
		return coding.Document{}, fmt.Errorf("add document %q: %w", d.Name, err)
	}
	d.ID, d.Name = id, name
	return d, nil
}

// SetAttribute sets a document attribute; an empty value removes it.
func (b *Batch) SetAttribute(docID int64, key, value string) error {
	key, err := coding.AttributeKey(key)
	if err != nil {
		return err
	}
	if err := docExists(b.tx, docID); err != nil {
		return fmt.Errorf("set attribute %s of document %d: %w", key, docID, err)
	}
	return setAttribute(b.tx, docID, key, value)
}

// SetMemo writes the memo on a target; an empty text removes it.
func (b *Batch) SetMemo(t coding.MemoTarget, text string) error {
	if err := memoTargetExists(b.tx, t); err != nil {
		return fmt.Errorf("save %s memo: %w", t.Kind, err)
	}
	return setMemo(b.tx, t, text, timeText(b.p.now()))
}

// SetExcerptMemo replaces an excerpt's memo.
func (b *Batch) SetExcerptMemo(id int64, memo string) error {
	if _, err := excerptByID(b.tx, id); err != nil {
		return fmt.Errorf("excerpt memo: %w", err)
	}
	_, err := b.tx.Exec(`UPDATE excerpts SET memo = ? WHERE id = ?`, memo, id)
	return err
}

// AddExcerpts stores codings whose code is in the code book and whose
// offsets lie inside their document's text (Document.CheckRange). It
// leaves duplicates to the caller, which knows which coding to keep.
func (b *Batch) AddExcerpts(es []coding.Excerpt) error {
	book, err := codeBook(b.tx)
	if err != nil {
		return err
	}
	// Codings come document by document: index one text at a time.
	var doc coding.Document
	var text *coding.Slicer
	for _, e := range es {
		if e.DocID != doc.ID || text == nil {
			if doc, text, err = b.slicer(e.DocID); err != nil {
				return fmt.Errorf("add codings: %w", err)
			}
		}
		if _, ok := book.Code(e.CodeID); !ok {
			return fmt.Errorf("add codings: code %d: %w", e.CodeID, coding.ErrNoCode.New(nil))
		}
		if err := doc.CheckRange(e.Start, e.End); err != nil {
			return fmt.Errorf("add codings: %w", err)
		}
		e.Text = text.Slice(e.Start, e.End)
		if e.Created.IsZero() {
			e.Created = b.p.now()
		}
		if _, err := insertExcerpt(b.tx, e); err != nil {
			return fmt.Errorf("add codings: %w", err)
		}
	}
	return nil
}

// slicer reads a document's name and text, indexed for slicing; Chars is
// filled in for Document.CheckRange.
func (b *Batch) slicer(docID int64) (coding.Document, *coding.Slicer, error) {
	d := coding.Document{ID: docID}
	var s string
	if err := b.tx.QueryRow(`SELECT name, text FROM documents WHERE id = ?`, docID).Scan(&d.Name, &s); err != nil {
		return d, nil, noDocument(err)
	}
	text := coding.NewSlicer(s)
	d.Chars = text.Len()
	return d, text, nil
}
