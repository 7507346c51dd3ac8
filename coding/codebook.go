package coding

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"teema/message"
)

// Code is a theme (ParentID 0) or a sub-theme. Names are unique among
// siblings only: the Calpro code book has "Asiakkuus" under several themes,
// so a code is addressed by its path "Theme/Sub-theme".
type Code struct {
	ID          int64
	ParentID    int64
	Name        string
	Color       string // #RRGGBB
	Description string
	Order       int
}

// PathSep separates the names in a code path.
const PathSep = "/"

// MaxNameRunes bounds code and document names so they fit in tables and
// Excel sheet names stay derivable.
const MaxNameRunes = 120

var colorRE = regexp.MustCompile(`^#[0-9a-fA-F]{6}$`)

// ValidateCodeName checks a single code name (not a path).
func ValidateCodeName(name string) error {
	args := message.Args{"Name": name}
	switch {
	case strings.TrimSpace(name) == "":
		return errNameEmpty.New(nil)
	case strings.TrimSpace(name) != name:
		return errNameSpace.New(args)
	case strings.Contains(name, PathSep):
		return errNameSep.New(args)
	case utf8.RuneCountInString(name) > MaxNameRunes:
		return errNameLong.New(message.Args{"Name": name, "Limit": MaxNameRunes})
	case strings.IndexFunc(name, unicode.IsControl) >= 0:
		return errNameControl.New(args)
	}
	return nil
}

// ValidateColor checks a #RRGGBB colour.
func ValidateColor(c string) error {
	if !colorRE.MatchString(c) {
		return errColor.New(message.Args{"Color": c})
	}
	return nil
}

// SplitPath splits "Theme/Sub-theme" into its names, trimming spaces
// around each.
func SplitPath(path string) ([]string, error) {
	parts := strings.Split(path, PathSep)
	for i, p := range parts {
		parts[i] = strings.TrimSpace(p)
		if err := ValidateCodeName(parts[i]); err != nil {
			return nil, fmt.Errorf("code path %q: %w", path, err)
		}
	}
	return parts, nil
}

// CodeBook is the tree of codes, read-only: changes go through the store,
// which asks the code book's rules (codebook_rules.go) first.
type CodeBook struct {
	codes    []Code
	byID     map[int64]int
	children map[int64][]int64
}

// NewCodeBook builds the tree. Children are kept in Order, then name.
func NewCodeBook(codes []Code) *CodeBook {
	cb := &CodeBook{codes: codes, byID: map[int64]int{}, children: map[int64][]int64{}}
	sort.SliceStable(cb.codes, func(i, j int) bool {
		a, b := cb.codes[i], cb.codes[j]
		if a.Order != b.Order {
			return a.Order < b.Order
		}
		return a.Name < b.Name
	})
	for i, c := range cb.codes {
		cb.byID[c.ID] = i
		cb.children[c.ParentID] = append(cb.children[c.ParentID], c.ID)
	}
	return cb
}

// Code returns the code with the given id.
func (cb *CodeBook) Code(id int64) (Code, bool) {
	i, ok := cb.byID[id]
	if !ok {
		return Code{}, false
	}
	return cb.codes[i], true
}

// Children returns the ids of a code's children in order; 0 gives the themes.
func (cb *CodeBook) Children(id int64) []int64 { return cb.children[id] }

// Len is the number of codes.
func (cb *CodeBook) Len() int { return len(cb.codes) }

// Path returns "Theme/Sub-theme" for a code id, or "" if it does not exist.
func (cb *CodeBook) Path(id int64) string {
	var names []string
	for guard := 0; id != 0 && guard <= len(cb.codes); guard++ {
		c, ok := cb.Code(id)
		if !ok {
			return ""
		}
		names = append(names, c.Name)
		id = c.ParentID
	}
	for i, j := 0, len(names)-1; i < j; i, j = i+1, j-1 {
		names[i], names[j] = names[j], names[i]
	}
	return strings.Join(names, PathSep)
}

// Theme returns the top-level ancestor of a code (itself for a theme).
func (cb *CodeBook) Theme(id int64) Code {
	c, _ := cb.Code(id)
	for guard := 0; c.ParentID != 0 && guard <= len(cb.codes); guard++ {
		c, _ = cb.Code(c.ParentID)
	}
	return c
}

// Lookup finds a code by its path; names compare exactly after trimming.
func (cb *CodeBook) Lookup(path string) (Code, bool) {
	names, err := SplitPath(path)
	if err != nil {
		return Code{}, false
	}
	var parent int64
	var found Code
	for _, name := range names {
		ok := false
		for _, id := range cb.children[parent] {
			if c, _ := cb.Code(id); c.Name == name {
				found, parent, ok = c, id, true
				break
			}
		}
		if !ok {
			return Code{}, false
		}
	}
	return found, true
}

// SiblingNamed returns the child of parent whose name equals name, ignoring
// case, so "asiakkuus" and "Asiakkuus" are never siblings.
func (cb *CodeBook) SiblingNamed(parent int64, name string) (Code, bool) {
	for _, id := range cb.children[parent] {
		if c, _ := cb.Code(id); strings.EqualFold(c.Name, name) {
			return c, true
		}
	}
	return Code{}, false
}

// Subtree returns id and all its descendants, parents before children.
func (cb *CodeBook) Subtree(id int64) []int64 {
	out := []int64{id}
	for i := 0; i < len(out); i++ {
		out = append(out, cb.children[out[i]]...)
	}
	return out
}

// Walk visits every code depth-first in tree order with its depth (0 for themes).
func (cb *CodeBook) Walk(visit func(c Code, depth int)) {
	var rec func(parent int64, depth int)
	rec = func(parent int64, depth int) {
		for _, id := range cb.children[parent] {
			c, _ := cb.Code(id)
			visit(c, depth)
			rec(id, depth+1)
		}
	}
	rec(0, 0)
}
