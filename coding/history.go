package coding

import "teema/message"

// Change is one reversible action on a project. Apply performs it and
// returns the change that undoes it.
type Change interface {
	Apply(r Repo) (Change, error)
	Label() *message.Kind // the action as a noun phrase, e.g. "coding" (labels.go)
}

// step is one entry of a history stack: the change Undo or Redo applies,
// and the label of the action the user took. The change on the undo stack
// is the action's inverse, whose own label names the opposite action
// ("coding removal" for "coding"), so the entry keeps the action's label.
type step struct {
	change Change
	label  *message.Kind
}

// History keeps the undo and redo stacks of one editing session.
type History struct {
	undo, redo []step
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
	h.push(&h.undo, step{change: inv, label: c.Label()})
	h.redo = nil
	return nil
}

// Undo reverts the latest change. A failed undo stays on the stack.
func (h *History) Undo(r Repo) error { return h.move(r, &h.undo, &h.redo) }

// Redo re-applies the latest undone change.
func (h *History) Redo(r Repo) error { return h.move(r, &h.redo, &h.undo) }

func (h *History) move(r Repo, from, to *[]step) error {
	if len(*from) == 0 {
		return nil
	}
	s := (*from)[len(*from)-1]
	inv, err := s.change.Apply(r)
	if err != nil {
		return err
	}
	*from = (*from)[:len(*from)-1]
	h.push(to, step{change: inv, label: s.label})
	return nil
}

func (h *History) push(stack *[]step, s step) {
	*stack = append(*stack, s)
	if h.limit > 0 && len(*stack) > h.limit {
		*stack = (*stack)[1:]
	}
}

// CanUndo says whether there is anything to undo.
func (h *History) CanUndo() bool { return len(h.undo) > 0 }

// CanRedo says whether there is anything to redo.
func (h *History) CanRedo() bool { return len(h.redo) > 0 }

// UndoLabel names the action Undo would take back; nil when there is none.
func (h *History) UndoLabel() *message.Kind { return label(h.undo) }

// RedoLabel names the action Redo would take again; nil when there is none.
func (h *History) RedoLabel() *message.Kind { return label(h.redo) }

func label(s []step) *message.Kind {
	if len(s) == 0 {
		return nil
	}
	return s[len(s)-1].label
}

// Clear forgets all history, e.g. when another project is opened.
func (h *History) Clear() { h.undo, h.redo = nil, nil }
