package coding

import "teema/message"

// MemoKind says what a memo is attached to. Excerpt memos live on the
// excerpt itself (Excerpt.Memo).
type MemoKind string

// The things a memo can be written about.
const (
	ProjectMemo  MemoKind = "project"
	DocumentMemo MemoKind = "document"
	CodeMemo     MemoKind = "code"
)

// MemoTarget names the thing a memo is about; ID is 0 for the project.
type MemoTarget struct {
	Kind MemoKind
	ID   int64
}

// ParseMemoKind checks a memo kind given by a user or a file.
func ParseMemoKind(s string) (MemoKind, error) {
	switch k := MemoKind(s); k {
	case ProjectMemo, DocumentMemo, CodeMemo:
		return k, nil
	}
	return "", errMemoKind.New(message.Args{"Kind": s})
}
