package coding

// Removed holds everything a deletion took away, so undo can put it back
// exactly, under the same ids.
type Removed struct {
	Codes     []Code // parents before children
	Excerpts  []Excerpt
	Memos     map[int64]string // code id → memo
	Summaries []Summary
}

// Snapshot is the code book with all codings and code memos, for undoing
// changes too tangled to invert step by step (merges, templates).
type Snapshot struct {
	Codes     []Code
	Excerpts  []Excerpt
	Memos     map[int64]string
	Summaries []Summary
}

// DocText is a document's text with all its codings and its time index,
// for undoing an edit.
type DocText struct {
	DocID    int64
	Text     string
	Excerpts []Excerpt
	Times    TimeIndex
}

// RemovedDocument is a deleted document with everything deleted with it
// (its text, attributes and turns are in Doc), so undo can put it back
// exactly, under the same ids. A cell summary of the document's row stays
// when the document goes, so it needs no keeping here.
type RemovedDocument struct {
	Doc       Document
	Excerpts  []Excerpt
	Memo      string
	Recording *Recording
}

// Repo is what reversible changes need from a project file. Each method is
// one transaction and returns what it replaced.
type Repo interface {
	AddExcerpt(e Excerpt) (Excerpt, error)
	CodeMany(es []Excerpt) ([]Excerpt, error)
	UncodeMany(ids []int64) ([]Excerpt, error)
	DeleteExcerpt(id int64) (Excerpt, error)
	SetExcerptMemo(id int64, memo string) (old string, err error)
	SetQuote(id int64, quote bool) (old bool, err error)
	ResizeExcerpt(id int64, start, end int) (old Excerpt, err error)
	AddCode(parentID int64, name, color, description string) (Code, error)
	UpdateCode(c Code) (old Code, err error)
	MoveCode(id, parentID int64, order int) error
	DeleteCode(id int64) (Removed, error)
	Restore(r Removed) error
	MergeCode(from, into int64) error
	Snapshot() (Snapshot, error)
	RestoreSnapshot(s Snapshot) error
	SetAttribute(docID int64, key, value string) (old string, err error)
	SetMemo(t MemoTarget, text string) (old string, err error)
	EditText(docID int64, ed Edit) (before DocText, lost []Excerpt, err error)
	RestoreText(d DocText) error
	RewriteText(docID int64, rw Rewrite) (before DocText, err error)
	SetOriginalName(docID int64, name string) (old string, err error)
	SetRecording(docID int64, rec *Recording) (old *Recording, err error)
	ApplyTemplate(t Template) (added int, err error)
	SetSummary(k SummaryKey, text string) (old string, err error)
	PutFinding(f Finding) (stored, old Finding, err error)
	DeleteFinding(id int64) (Finding, error)
	CodeBook() (*CodeBook, error)
	RenameDocument(docID int64, name string) (old string, err error)
	DeleteDocument(docID int64) (RemovedDocument, error)
	RestoreDocument(d RemovedDocument) error
	SetStopWords(s StopWords) (old StopWords, err error)
	SetPins(pins [9]int64) (old [9]int64, err error)
	SetQuoteRule(r QuoteRule) (old QuoteRule, err error)
}
