package store

import (
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"teema/coding"
	"teema/message"
)

// Exchange is a whole project's worth of codes, documents, codings and memos
// read from another program's file. ApplyExchange adds it in one
// transaction, so a file that fails half-way changes nothing.
type Exchange struct {
	Name        string // becomes the project's name when it has none
	ProjectMemo string
	Codes       []ExchangeCode // parents before their children
	Documents   []ExchangeDocument
}

// ExchangeCode is a code of an Exchange. Keys are the file's own ids; a
// code whose path already exists in the project is reused, not duplicated.
type ExchangeCode struct {
	Key, ParentKey string // ParentKey "" for a theme
	Name, Color    string // Color "" picks one
	Description    string
	Memo           string
}

// ExchangeDocument is a document with its memo and codings. A document
// whose text is already in the project gets only what it lacks.
type ExchangeDocument struct {
	Doc      coding.Document
	Memo     string
	Excerpts []ExchangeExcerpt
}

// ExchangeExcerpt is one coding; CodeKey names an ExchangeCode.
type ExchangeExcerpt struct {
	CodeKey     string
	Start, End  int
	Coder, Memo string
	Created     time.Time
}

// ExchangeResult counts what ApplyExchange added and lists, in Notes, what
// it kept from the project instead of the file.
type ExchangeResult struct {
	Documents, MergedDocuments int
	Codes, ReusedCodes         int
	Codings, DuplicateCodings  int
	Notes                      []message.Note
}

// ApplyExchange adds an Exchange in one transaction. Its work grows with
// the size of the exchange, never with its square: 100,000 codes take
// seconds. The project's progress function (SetProgress) hears how far it
// has come.
func (p *Project) ApplyExchange(x Exchange) (ExchangeResult, error) {
	var res ExchangeResult
	err := p.tx(func(tx *sql.Tx) error {
		ix, err := loadCodeIndex(tx)
		if err != nil {
			return err
		}
		a := &applier{tx: tx, res: &res, at: timeText(p.now()), codes: map[string]int64{}, index: ix,
			steps: p.progressOf(exchangeSteps(x))}
		return a.apply(x)
	})
	if err != nil {
		return ExchangeResult{}, fmt.Errorf("import into project: %w", err)
	}
	return res, nil
}

type applier struct {
	tx    *sql.Tx
	res   *ExchangeResult
	at    string
	codes map[string]int64 // ExchangeCode.Key → code id
	index *codeIndex
	steps *progress
}

// exchangeSteps is how many things ApplyExchange adds, one step each.
func exchangeSteps(x Exchange) int {
	n := len(x.Codes) + len(x.Documents)
	for _, d := range x.Documents {
		n += len(d.Excerpts)
	}
	return n
}

func (a *applier) apply(x Exchange) error {
	if err := a.name(x.Name); err != nil {
		return err
	}
	if err := a.appendMemo(coding.MemoTarget{Kind: coding.ProjectMemo}, x.ProjectMemo); err != nil {
		return err
	}
	for _, c := range x.Codes {
		if err := a.code(c); err != nil {
			return fmt.Errorf("code %q: %w", c.Name, err)
		}
		a.steps.step()
	}
	for _, d := range x.Documents {
		if err := a.document(d); err != nil {
			return fmt.Errorf("document %q: %w", d.Doc.Name, err)
		}
		a.steps.step()
	}
	return nil
}

func (a *applier) name(name string) error {
	if strings.TrimSpace(name) == "" {
		return nil
	}
	_, err := a.tx.Exec(`INSERT INTO meta(key, value) VALUES ('name', ?) ON CONFLICT(key) DO NOTHING`, name)
	return err
}

func (a *applier) code(c ExchangeCode) error {
	parent := int64(0)
	if c.ParentKey != "" {
		id, ok := a.codes[c.ParentKey]
		if !ok {
			return errParentLater.New(message.Args{"Code": c.Name})
		}
		parent = id
	}
	if same, ok := a.index.sibling(parent, c.Name); ok {
		a.codes[c.Key] = same.ID
		a.res.ReusedCodes++
		return a.appendMemo(coding.MemoTarget{Kind: coding.CodeMemo, ID: same.ID}, c.Memo)
	}
	if coding.ValidateColor(c.Color) != nil {
		c.Color = ""
	}
	added, err := a.index.add(a.tx, parent, c.Name, c.Color, c.Description)
	if err != nil {
		return err
	}
	a.codes[c.Key] = added.ID
	a.res.Codes++
	return a.appendMemo(coding.MemoTarget{Kind: coding.CodeMemo, ID: added.ID}, c.Memo)
}

func (a *applier) document(d ExchangeDocument) error {
	id, merged, err := a.documentID(d.Doc)
	if err != nil {
		return err
	}
	if err := a.appendMemo(coding.MemoTarget{Kind: coding.DocumentMemo, ID: id}, d.Memo); err != nil {
		return err
	}
	have, err := excerpts(a.tx, coding.ExcerptFilter{DocID: id})
	if err != nil {
		return err
	}
	codings := map[repeatKey]bool{}
	for _, e := range have {
		codings[repeatOf(e)] = true
	}
	var text *coding.Slicer // 4 bytes a character: made for codings only
	if len(d.Excerpts) > 0 {
		text = coding.NewSlicer(d.Doc.Text)
	}
	for _, e := range d.Excerpts {
		if err := a.excerpt(id, d.Doc, text, e, codings); err != nil {
			return err
		}
		a.steps.step()
	}
	if merged {
		a.res.MergedDocuments++
	} else {
		a.res.Documents++
	}
	return nil
}

// documentID adds the document, or returns the one with identical text so
// a second coder's codings of the same interview land on it.
func (a *applier) documentID(d coding.Document) (id int64, merged bool, err error) {
	var name string
	err = a.tx.QueryRow(`SELECT id, name FROM documents WHERE hash = ? ORDER BY id LIMIT 1`, d.Hash).Scan(&id, &name)
	if errors.Is(err, sql.ErrNoRows) {
		id, err = a.insertDocument(d)
		return id, false, err
	}
	if err != nil {
		return 0, false, err
	}
	a.res.Notes = append(a.res.Notes, noteSameText.Say(message.Args{"Name": d.Name, "Document": name}))
	return id, true, a.mergeAttributes(id, name, d.Attributes)
}

func (a *applier) insertDocument(d coding.Document) (int64, error) {
	id, _, err := insertDocument(a.tx, d)
	return id, err
}

// insertDocument adds a document with its attributes and turns, under a
// name made unique, which it returns.
func insertDocument(tx *sql.Tx, d coding.Document) (int64, string, error) {
	name, err := uniqueDocName(tx, d.Name)
	if err != nil {
		return 0, "", err
	}
	res, err := tx.Exec(`INSERT INTO documents(name, text, format, original_name, hash, imported_at, chars, words)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
		name, d.Text, d.Format, d.OriginalName, d.Hash, timeText(d.ImportedAt), d.Chars, d.Words)
	if err != nil {
		return 0, "", err
	}
	id, err := res.LastInsertId()
	if err != nil {
		return 0, "", err
	}
	return id, name, insertDocumentRows(tx, id, d)
}

// insertDocumentRows adds a new document's attributes, turns and time
// index.
func insertDocumentRows(tx *sql.Tx, id int64, d coding.Document) error {
	for k, v := range d.Attributes {
		if err := setAttribute(tx, id, k, v); err != nil {
			return err
		}
	}
	if err := insertTurns(tx, id, d.Turns); err != nil {
		return err
	}
	return writeTimes(tx, id, d.Times)
}

// mergeAttributes fills in the attributes the document lacks; the values
// the researcher already has win.
func (a *applier) mergeAttributes(id int64, name string, attrs map[string]string) error {
	for k, v := range attrs {
		var old string
		err := a.tx.QueryRow(`SELECT value FROM attributes WHERE doc_id = ? AND key = ?`, id, k).Scan(&old)
		switch {
		case errors.Is(err, sql.ErrNoRows):
			err = setAttribute(a.tx, id, k, v)
		case err == nil && old != v:
			a.res.Notes = append(a.res.Notes, noteKeptAttrib.Say(message.Args{"Document": name, "Key": k, "Value": old, "Other": v}))
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// repeatKey is what coding.Excerpt.Repeats compares within one document,
// so a document's codings are looked up in a map instead of compared one
// by one (quadratic in a document's codings).
type repeatKey struct {
	code       int64
	start, end int
	coder      string
}

func repeatOf(e coding.Excerpt) repeatKey { return repeatKey{e.CodeID, e.Start, e.End, e.Coder} }

// excerpt adds a coding to the document docID, unless the coder already
// has it (Excerpt.Repeats): two coders who coded the same words alike
// both keep their coding, or agreement between them would be miscounted
// after an exchange. have are the document's codings; the coding added
// joins them.
func (a *applier) excerpt(docID int64, d coding.Document, text *coding.Slicer, e ExchangeExcerpt, have map[repeatKey]bool) error {
	codeID, ok := a.codes[e.CodeKey]
	if !ok {
		return errUnknownCode.New(message.Args{"Code": e.CodeKey})
	}
	if err := d.CheckRange(e.Start, e.End); err != nil {
		return err
	}
	x := coding.Excerpt{DocID: docID, CodeID: codeID, Start: e.Start, End: e.End,
		Text: text.Slice(e.Start, e.End), Coder: e.Coder, Memo: e.Memo, Created: e.Created}
	if have[repeatOf(x)] {
		a.res.DuplicateCodings++
		return nil
	}
	if x.Created.IsZero() {
		x.Created = parseTime(a.at)
	}
	if _, err := insertExcerpt(a.tx, x); err != nil {
		return err
	}
	a.res.Codings++
	have[repeatOf(x)] = true
	return nil
}

// appendMemo adds text to a memo, after what is there, unless the memo
// already holds it: importing the same file twice doubles nothing.
func (a *applier) appendMemo(t coding.MemoTarget, text string) error {
	text = strings.TrimSpace(text)
	if text == "" {
		return nil
	}
	var old string
	err := a.tx.QueryRow(`SELECT text FROM memos WHERE kind = ? AND target_id = ?`, string(t.Kind), t.ID).Scan(&old)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return err
	}
	if strings.Contains(old, text) {
		return nil
	}
	if old != "" {
		text = old + "\n\n" + text
	}
	return setMemo(a.tx, t, text, a.at)
}

// CreatedAt is when the project file was made. It never changes, so
// exports derive stable identifiers from it.
func (p *Project) CreatedAt() (time.Time, error) {
	var v string
	err := p.db.QueryRow(`SELECT value FROM meta WHERE key = 'created_at'`).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return time.Time{}, nil
	}
	if err != nil {
		return time.Time{}, fmt.Errorf("project creation time: %w", err)
	}
	return parseTime(v), nil
}
