package coding

import "teema/message"

// The code book's rules: the store asks them, on the code book as it is
// inside the change's transaction, before it adds, renames, moves or
// merges a code.

// CheckAdd says whether a code called name may be added under parent (0
// for a new theme).
func (cb *CodeBook) CheckAdd(parent int64, name string) error {
	if err := ValidateCodeName(name); err != nil {
		return err
	}
	if err := cb.checkParent(parent); err != nil {
		return err
	}
	if dup, ok := cb.SiblingNamed(parent, name); ok {
		return cb.taken(errThemeTaken, errSubTaken, dup)
	}
	return nil
}

// CheckRename says whether code id may be called name.
func (cb *CodeBook) CheckRename(id int64, name string) error {
	c, ok := cb.Code(id)
	if !ok {
		return ErrNoCode.New(nil)
	}
	if err := ValidateCodeName(name); err != nil {
		return err
	}
	if dup, ok := cb.SiblingNamed(c.ParentID, name); ok && dup.ID != id {
		return cb.taken(errThemeTaken, errSubTaken, dup)
	}
	return nil
}

// CheckMove says whether code id may be moved under parent (0 makes it a
// theme): not under itself or its own sub-codes, and not beside a code of
// the same name.
func (cb *CodeBook) CheckMove(id, parent int64) error {
	c, ok := cb.Code(id)
	if !ok {
		return ErrNoCode.New(nil)
	}
	if err := cb.checkParent(parent); err != nil {
		return err
	}
	if parent == id {
		return errUnderItself.New(nil)
	}
	if cb.within(parent, id) {
		return errUnderOwnSub.New(message.Args{"Code": cb.Path(id), "Parent": cb.Path(parent)})
	}
	if dup, ok := cb.SiblingNamed(parent, c.Name); ok && dup.ID != id {
		return cb.taken(errMoveToTheme, errMoveUnderSame, dup)
	}
	if d := cb.depth(parent) + cb.height(id); d > MaxDepth {
		return errMoveTooDeep.New(message.Args{"Code": cb.Path(id), "N": d, "Limit": MaxDepth})
	}
	return nil
}

// MaxDepth is how many levels deep codes may lie: a thesis has two or
// three, and a tampered file must not make every walk of the tree deep.
const MaxDepth = 64

// depth is how many levels deep a code lies: 1 for a theme, 0 for the top.
func (cb *CodeBook) depth(id int64) int {
	d := 0
	for ; id != 0 && d <= MaxDepth; d++ {
		c, ok := cb.Code(id)
		if !ok {
			break
		}
		id = c.ParentID
	}
	return d
}

// height is how many levels a code and its sub-codes span: 1 for a code
// without sub-codes.
func (cb *CodeBook) height(id int64) int {
	h := 0
	for _, c := range cb.Children(id) {
		h = max(h, cb.height(c))
	}
	return h + 1
}

// CheckMerge says whether code from may be merged into code into: not
// into itself or one of its own sub-codes, which the merge deletes.
func (cb *CodeBook) CheckMerge(from, into int64) error {
	for _, id := range []int64{from, into} {
		if _, ok := cb.Code(id); !ok {
			return ErrNoCode.New(nil)
		}
	}
	if from == into {
		return errMergeItself.New(nil)
	}
	if cb.within(into, from) {
		return errMergeOwnSub.New(message.Args{"Code": cb.Path(from), "Into": cb.Path(into)})
	}
	return nil
}

func (cb *CodeBook) checkParent(parent int64) error {
	if _, ok := cb.Code(parent); parent != 0 && !ok {
		return ErrNoCode.New(nil)
	}
	return nil
}

// within says whether code id is in the subtree of code root.
func (cb *CodeBook) within(id, root int64) bool {
	for _, d := range cb.Subtree(root) {
		if d == id {
			return true
		}
	}
	return false
}

// taken is the error for a name that dup, a code already there, has: the
// theme kind when dup is a theme, else the sub-code kind naming its parent.
func (cb *CodeBook) taken(theme, sub *message.Kind, dup Code) error {
	if dup.ParentID == 0 {
		return theme.New(message.Args{"Name": dup.Name})
	}
	return sub.New(message.Args{"Name": dup.Name, "Parent": cb.Path(dup.ParentID)})
}
