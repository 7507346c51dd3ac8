package store

import (
	"database/sql"
	"strings"
	"unicode"

	"teema/coding"
	"teema/message"
)

// Bounds on the code book, for every way codes are added. A study's code
// book has hundreds of codes, a few thousand at most, a few levels deep;
// beyond these bounds is a hostile or broken file (a 233 KB file held one
// path 9,000 codes deep), and a tree no window could show.
const (
	MaxCodes     = 100_000
	MaxCodeDepth = coding.MaxDepth
)

// codeIndex is the code book as adding many codes needs it: a sibling found
// by name and a code added in constant time. Reading the code book afresh
// for each code made importing n codes cost n² (8,000 codes: 207 s).
type codeIndex struct {
	named    map[siblingKey]coding.Code
	children map[int64]int // parent → number of children (0: themes)
	depth    map[int64]int // code → depth, 1 for a theme
	colors   map[int64]string
	n        int
}

// siblingKey is a code's parent and its name folded as strings.EqualFold
// compares: names that differ only in case are never siblings.
type siblingKey struct {
	parent int64
	name   string
}

// loadCodeIndex reads the code book into an index.
func loadCodeIndex(q querier) (*codeIndex, error) {
	cb, err := codeBook(q)
	if err != nil {
		return nil, err
	}
	return indexOf(cb), nil
}

func indexOf(cb *coding.CodeBook) *codeIndex {
	ix := &codeIndex{named: map[siblingKey]coding.Code{}, children: map[int64]int{},
		depth: map[int64]int{}, colors: map[int64]string{}}
	cb.Walk(func(c coding.Code, depth int) { ix.note(c, depth+1) })
	return ix
}

func (ix *codeIndex) note(c coding.Code, depth int) {
	ix.named[siblingKey{c.ParentID, foldName(c.Name)}] = c
	ix.children[c.ParentID]++
	ix.depth[c.ID], ix.colors[c.ID] = depth, c.Color
	ix.n++
}

// sibling is CodeBook.SiblingNamed.
func (ix *codeIndex) sibling(parent int64, name string) (coding.Code, bool) {
	c, ok := ix.named[siblingKey{parent, foldName(name)}]
	return c, ok
}

// add inserts a code under parent (0 for a theme) at the end of its
// siblings. The caller has checked that no sibling has its name. An empty
// colour picks one, as for a code added by hand.
func (ix *codeIndex) add(tx *sql.Tx, parent int64, name, color, description string) (coding.Code, error) {
	if err := coding.ValidateCodeName(name); err != nil {
		return coding.Code{}, err
	}
	if err := ix.checkRoom(parent, name); err != nil {
		return coding.Code{}, err
	}
	if color == "" {
		color = defaultColor(parent, ix.colors[parent], ix.children[parent])
	}
	if err := coding.ValidateColor(color); err != nil {
		return coding.Code{}, err
	}
	c := coding.Code{ParentID: parent, Name: name, Color: strings.ToLower(color), Description: description,
		Order: ix.children[parent]}
	id, err := insertCode(tx, c)
	if err != nil {
		return coding.Code{}, err
	}
	c.ID = id
	ix.note(c, ix.depth[parent]+1)
	return c, nil
}

// checkRoom refuses a code beyond MaxCodes or MaxCodeDepth.
func (ix *codeIndex) checkRoom(parent int64, name string) error {
	if ix.n >= MaxCodes {
		return ErrTooManyCodes.New(message.Args{"N": ix.n + 1, "Limit": MaxCodes})
	}
	if d := ix.depth[parent] + 1; d > MaxCodeDepth {
		return ErrCodeTooDeep.New(message.Args{"Code": name, "N": d, "Limit": MaxCodeDepth})
	}
	return nil
}

// ensurePath returns the code at the path names, adding it and any missing
// parents. Colour and description apply to the last code only, and only
// when it is added.
func (ix *codeIndex) ensurePath(tx *sql.Tx, names []string, color, description string) (coding.Code, bool, error) {
	var parent coding.Code
	created := false
	for i, name := range names {
		if existing, ok := ix.sibling(parent.ID, name); ok {
			parent, created = existing, false
			continue
		}
		col, desc := "", ""
		if i == len(names)-1 {
			col, desc = color, description
		}
		var err error
		if parent, err = ix.add(tx, parent.ID, name, col, desc); err != nil {
			return coding.Code{}, false, err
		}
		created = true
	}
	return parent, created, nil
}

// foldName maps each character of a name to the smallest of the
// characters strings.EqualFold takes for equal to it, so two names fold
// alike exactly when EqualFold says they are equal.
func foldName(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		least := r
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			least = min(least, f)
		}
		b.WriteRune(least)
	}
	return b.String()
}
