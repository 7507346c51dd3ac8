package coding

import (
	"errors"
	"strings"

	"teema/message"
)

// The changes below are the user's actions. Each inverse carries what it
// needs to restore ids exactly, so a redo after an undo addresses the same
// rows as the original action. The unexported inverses take the label of
// the action they take back; History names its steps by the user's
// actions anyway.

// CodeText codes an excerpt (or, with an ID, puts a removed one back).
type CodeText struct{ Excerpt Excerpt }

// Apply implements Change.
func (c CodeText) Apply(r Repo) (Change, error) {
	e, err := r.AddExcerpt(c.Excerpt)
	if err != nil {
		return nil, err
	}
	return Uncode{ID: e.ID}, nil
}

// Label implements Change.
func (c CodeText) Label() *message.Kind { return labelCodeText }

// Uncode removes one coding.
type Uncode struct{ ID int64 }

// Apply implements Change.
func (c Uncode) Apply(r Repo) (Change, error) {
	e, err := r.DeleteExcerpt(c.ID)
	if err != nil {
		return nil, err
	}
	return CodeText{Excerpt: e}, nil
}

// Label implements Change.
func (c Uncode) Label() *message.Kind { return labelUncode }

// SetExcerptMemo replaces an excerpt's memo.
type SetExcerptMemo struct {
	ID   int64
	Memo string
}

// Apply implements Change.
func (c SetExcerptMemo) Apply(r Repo) (Change, error) {
	old, err := r.SetExcerptMemo(c.ID, c.Memo)
	if err != nil {
		return nil, err
	}
	return SetExcerptMemo{ID: c.ID, Memo: old}, nil
}

// Label implements Change.
func (c SetExcerptMemo) Label() *message.Kind { return labelMemo }

// AddCode adds a code; Added receives the new code's id for the caller.
type AddCode struct {
	ParentID                 int64
	Name, Color, Description string
	Added                    *Code
}

// Apply implements Change.
func (c AddCode) Apply(r Repo) (Change, error) {
	code, err := r.AddCode(c.ParentID, c.Name, c.Color, c.Description)
	if err != nil {
		return nil, err
	}
	if c.Added != nil {
		*c.Added = code
	}
	return DeleteCode{ID: code.ID}, nil
}

// Label implements Change.
func (c AddCode) Label() *message.Kind { return labelAddCode }

// DeleteCode deletes a code with its sub-codes and codings.
type DeleteCode struct{ ID int64 }

// Apply implements Change.
func (c DeleteCode) Apply(r Repo) (Change, error) {
	removed, err := r.DeleteCode(c.ID)
	if err != nil {
		return nil, err
	}
	return restoreCodes{removed}, nil
}

// Label implements Change.
func (c DeleteCode) Label() *message.Kind { return labelDeleteCode }

type restoreCodes struct{ r Removed }

func (c restoreCodes) Apply(r Repo) (Change, error) {
	if err := r.Restore(c.r); err != nil {
		return nil, err
	}
	return DeleteCode{ID: c.r.Codes[0].ID}, nil
}

func (c restoreCodes) Label() *message.Kind { return labelDeleteCode }

// UpdateCode renames, recolours or re-describes a code.
type UpdateCode struct{ Code Code }

// Apply implements Change.
func (c UpdateCode) Apply(r Repo) (Change, error) {
	old, err := r.UpdateCode(c.Code)
	if err != nil {
		return nil, err
	}
	return UpdateCode{Code: old}, nil
}

// Label implements Change.
func (c UpdateCode) Label() *message.Kind { return labelUpdateCode }

// MoveCode puts a code under another parent at a position.
type MoveCode struct {
	ID, ParentID int64
	Order        int
}

// Apply implements Change.
func (c MoveCode) Apply(r Repo) (Change, error) {
	cb, err := r.CodeBook()
	if err != nil {
		return nil, err
	}
	old, ok := cb.Code(c.ID)
	if !ok {
		return nil, ErrNoCode.New(nil)
	}
	pos := indexOf(cb.Children(old.ParentID), c.ID)
	if err := r.MoveCode(c.ID, c.ParentID, c.Order); err != nil {
		return nil, err
	}
	return MoveCode{ID: c.ID, ParentID: old.ParentID, Order: pos}, nil
}

// Label implements Change.
func (c MoveCode) Label() *message.Kind { return labelMoveCode }

func indexOf(ids []int64, id int64) int {
	for i, x := range ids {
		if x == id {
			return i
		}
	}
	return len(ids)
}

// MergeCode moves all codings of From to Into and deletes From.
type MergeCode struct{ From, Into int64 }

// Apply implements Change.
func (c MergeCode) Apply(r Repo) (Change, error) {
	return withSnapshot(r, c, func() error { return r.MergeCode(c.From, c.Into) })
}

// Label implements Change.
func (c MergeCode) Label() *message.Kind { return labelMergeCode }

// withSnapshot runs f and returns a change that restores the code book as
// it was, and whose own inverse is redo.
func withSnapshot(r Repo, redo Change, f func() error) (Change, error) {
	snap, err := r.Snapshot()
	if err != nil {
		return nil, err
	}
	if err := f(); err != nil {
		return nil, err
	}
	return restoreSnapshot{snap: snap, redo: redo}, nil
}

type restoreSnapshot struct {
	snap Snapshot
	redo Change
}

func (c restoreSnapshot) Apply(r Repo) (Change, error) {
	if err := r.RestoreSnapshot(c.snap); err != nil {
		return nil, err
	}
	return c.redo, nil
}

func (c restoreSnapshot) Label() *message.Kind { return c.redo.Label() }

// SetAttribute sets (or, with an empty value, removes) a document attribute.
type SetAttribute struct {
	DocID      int64
	Key, Value string
}

// Apply implements Change.
func (c SetAttribute) Apply(r Repo) (Change, error) {
	old, err := r.SetAttribute(c.DocID, c.Key, c.Value)
	if err != nil {
		return nil, err
	}
	return SetAttribute{DocID: c.DocID, Key: c.Key, Value: old}, nil
}

// Label implements Change.
func (c SetAttribute) Label() *message.Kind { return labelAttribute }

// SetMemo writes a project, document or code memo.
type SetMemo struct {
	Target MemoTarget
	Text   string
}

// Apply implements Change.
func (c SetMemo) Apply(r Repo) (Change, error) {
	old, err := r.SetMemo(c.Target, c.Text)
	if err != nil {
		return nil, err
	}
	return SetMemo{Target: c.Target, Text: old}, nil
}

// Label implements Change.
func (c SetMemo) Label() *message.Kind { return labelMemo }

// EditText fixes a transcript's text; codings move with their words.
// Lost receives the codings whose text the edit deleted, to report them.
type EditText struct {
	DocID int64
	Edit  Edit
	Lost  *[]Excerpt
}

// Apply implements Change.
func (c EditText) Apply(r Repo) (Change, error) {
	before, lost, err := r.EditText(c.DocID, c.Edit)
	if err != nil {
		return nil, err
	}
	if c.Lost != nil {
		*c.Lost = lost
	}
	return restoreText{before: before, redo: c}, nil
}

// Label implements Change.
func (c EditText) Label() *message.Kind { return labelEditText }

type restoreText struct {
	before DocText
	redo   EditText
}

func (c restoreText) Apply(r Repo) (Change, error) {
	if err := r.RestoreText(c.before); err != nil {
		return nil, err
	}
	return c.redo, nil
}

func (c restoreText) Label() *message.Kind { return labelEditText }

// ApplyTemplate adds a ready-made code book, such as Calpro's.
type ApplyTemplate struct{ Template Template }

// Apply implements Change.
func (c ApplyTemplate) Apply(r Repo) (Change, error) {
	return withSnapshot(r, c, func() error { _, err := r.ApplyTemplate(c.Template); return err })
}

// Label implements Change.
func (c ApplyTemplate) Label() *message.Kind { return labelTemplate }

// Batch applies several changes as one undo step. If one fails, the ones
// already applied are reverted.
type Batch struct {
	Changes []Change
	Name    *message.Kind // the label of the step
}

// Apply implements Change.
func (b Batch) Apply(r Repo) (Change, error) {
	inverse := Batch{Name: b.Name}
	for _, c := range b.Changes {
		inv, err := c.Apply(r)
		if err != nil {
			if _, rerr := inverse.Apply(r); rerr != nil {
				return nil, errors.Join(err, rerr)
			}
			return nil, err
		}
		inverse.Changes = append([]Change{inv}, inverse.Changes...)
	}
	return inverse, nil
}

// Label implements Change.
func (b Batch) Label() *message.Kind { return b.Name }

// CodeAsNew creates a code named after the selected text (in-vivo coding)
// and codes the text with it, as one undo step.
type CodeAsNew struct {
	ParentID int64
	Name     string
	Excerpt  Excerpt
}

// Apply implements Change.
func (c CodeAsNew) Apply(r Repo) (Change, error) {
	code, err := r.AddCode(c.ParentID, c.Name, "", "")
	if err != nil {
		return nil, err
	}
	e := c.Excerpt
	e.CodeID = code.ID
	e, err = r.AddExcerpt(e)
	if err != nil {
		if _, derr := r.DeleteCode(code.ID); derr != nil {
			return nil, errors.Join(err, derr)
		}
		return nil, err
	}
	return Batch{Name: c.Label(), Changes: []Change{Uncode{ID: e.ID}, DeleteCode{ID: code.ID}}}, nil
}

// Label implements Change.
func (c CodeAsNew) Label() *message.Kind { return labelCodeAsNew }

// InVivoName turns selected words into a code name: one line, no path
// separator, at most 60 characters.
func InVivoName(text string) string {
	name := strings.Join(strings.Fields(strings.ReplaceAll(text, PathSep, "-")), " ")
	name = strings.Trim(name, ".,;:!?\"'“”()")
	if r := []rune(name); len(r) > 60 {
		name = strings.TrimSpace(string(r[:60]))
	}
	return name
}

// SetSummary writes the researcher's summary of a matrix cell.
type SetSummary struct {
	Key  SummaryKey
	Text string
}

// Apply implements Change.
func (c SetSummary) Apply(r Repo) (Change, error) {
	old, err := r.SetSummary(c.Key, c.Text)
	if err != nil {
		return nil, err
	}
	return SetSummary{Key: c.Key, Text: old}, nil
}

// Label implements Change.
func (c SetSummary) Label() *message.Kind { return labelSummary }

// PutFinding adds or edits a row of the findings table; Stored receives
// the finding as saved (with its new id).
type PutFinding struct {
	Finding Finding
	Stored  *Finding
}

// Apply implements Change.
func (c PutFinding) Apply(r Repo) (Change, error) {
	stored, old, err := r.PutFinding(c.Finding)
	if err != nil {
		return nil, err
	}
	if c.Stored != nil {
		*c.Stored = stored
	}
	if old.ID == 0 {
		return DeleteFinding{ID: stored.ID}, nil
	}
	return PutFinding{Finding: old}, nil
}

// Label implements Change.
func (c PutFinding) Label() *message.Kind { return labelPutFinding }

// DeleteFinding removes a row of the findings table.
type DeleteFinding struct{ ID int64 }

// Apply implements Change.
func (c DeleteFinding) Apply(r Repo) (Change, error) {
	f, err := r.DeleteFinding(c.ID)
	if err != nil {
		return nil, err
	}
	return PutFinding{Finding: f}, nil
}

// Label implements Change.
func (c DeleteFinding) Label() *message.Kind { return labelDeleteFinding }
