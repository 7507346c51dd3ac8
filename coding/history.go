package coding

// Change is one reversible action on a project. Apply performs it and
// returns the change that undoes it.
type Change interface {
	Apply(r Repo) (Change, error)
	Label() string // what Undo/Redo menu items say, e.g. "code text"
}

// History keeps the undo and redo stacks of one editing session.
type History struct {
	undo, redo []Change
	limit      int
}

// NewHistory keeps at most limit steps (0: unlimited).
func NewHistory(limit int) *History { return &History{limit: limit} }

// Do applies c and makes it undoable; it clears the redo stack.
func (h *History) Do(r Repo, c Change) error {
	inv, err := c.Apply(r)
	if err != nil {
		return err
	}
	h.push(&h.undo, inv)
	h.redo = nil
	return nil
}

// Undo reverts the latest change. A failed undo stays on the stack.
func (h *History) Undo(r Repo) error { return h.step(r, &h.undo, &h.redo) }

// Redo re-applies the latest undone change.
func (h *History) Redo(r Repo) error { return h.step(r, &h.redo, &h.undo) }

func (h *History) step(r Repo, from, to *[]Change) error {
	if len(*from) == 0 {
		return nil
	}
	c := (*from)[len(*from)-1]
	inv, err := c.Apply(r)
	if err != nil {
		return err
	}
	*from = (*from)[:len(*from)-1]
	h.push(to, inv)
	return nil
}

func (h *History) push(stack *[]Change, c Change) {
	*stack = append(*stack, c)
	if h.limit > 0 && len(*stack) > h.limit {
		*stack = (*stack)[1:]
	}
}

// CanUndo and CanRedo say whether there is anything to undo or redo, and
// UndoLabel and RedoLabel name it.
func (h *History) CanUndo() bool { return len(h.undo) > 0 }

// CanRedo says whether there is anything to redo.
func (h *History) CanRedo() bool { return len(h.redo) > 0 }

// UndoLabel names the change Undo would revert.
func (h *History) UndoLabel() string { return label(h.undo) }

// RedoLabel names the change Redo would re-apply.
func (h *History) RedoLabel() string { return label(h.redo) }

func label(s []Change) string {
	if len(s) == 0 {
		return ""
	}
	return s[len(s)-1].Label()
}

// Clear forgets all history, e.g. when another project is opened.
func (h *History) Clear() { h.undo, h.redo = nil, nil }
