package store

import (
	"database/sql"
	"fmt"
	"strings"

	"teema/coding"
)

// CodeBook loads the whole code book.
func (p *Project) CodeBook() (*coding.CodeBook, error) {
	return codeBook(p.db)
}

type querier interface {
	Query(query string, args ...any) (*sql.Rows, error)
	QueryRow(query string, args ...any) *sql.Row
}

func codeBook(q querier) (*coding.CodeBook, error) {
	rows, err := q.Query(`SELECT id, ifnull(parent_id, 0), name, color, description, position FROM codes`)
	if err != nil {
		return nil, fmt.Errorf("load code book: %w", err)
	}
	defer rows.Close()
	var codes []coding.Code
	for rows.Next() {
		var c coding.Code
		if err := rows.Scan(&c.ID, &c.ParentID, &c.Name, &c.Color, &c.Description, &c.Order); err != nil {
			return nil, err
		}
		codes = append(codes, c)
	}
	return coding.NewCodeBook(codes), rows.Err()
}

// AddCode adds a code under parentID (0 for a new theme) at the end of its
// siblings. An empty colour picks one: a palette colour for a theme, a
// shade of the theme's colour for a sub-theme.
func (p *Project) AddCode(parentID int64, name, color, description string) (coding.Code, error) {
	var c coding.Code
	err := p.tx(func(tx *sql.Tx) error {
		var err error
		c, err = addCode(tx, parentID, name, color, description)
		return err
	})
	return c, err
}

func addCode(tx *sql.Tx, parentID int64, name, color, description string) (coding.Code, error) {
	cb, err := codeBook(tx)
	if err != nil {
		return coding.Code{}, err
	}
	if err := cb.CheckAdd(parentID, name); err != nil {
		return coding.Code{}, err
	}
	return indexOf(cb).add(tx, parentID, name, color, description)
}

// defaultColor picks a new code's colour: a palette colour for a theme, a
// shade of its theme's colour for a sub-theme, by how many siblings it has.
func defaultColor(parentID int64, parentColor string, siblings int) string {
	if parentID == 0 {
		return coding.PaletteColor(siblings)
	}
	return coding.ShadeColor(parentColor, siblings+1)
}

// insertCode stores a new code and returns its id.
func insertCode(tx *sql.Tx, c coding.Code) (int64, error) {
	res, err := tx.Exec(`INSERT INTO codes(parent_id, name, color, description, position) VALUES (?, ?, ?, ?, ?)`,
		nullID(c.ParentID), c.Name, c.Color, c.Description, c.Order)
	if err != nil {
		return 0, fmt.Errorf("add code %q: %w", c.Name, err)
	}
	return res.LastInsertId()
}

func nullID(id int64) any {
	if id == 0 {
		return nil
	}
	return id
}

// EnsureCodePath returns the code at path, creating it and any missing
// parents. Colour and description apply to the last code only, and only
// when it is created.
func (p *Project) EnsureCodePath(path, color, description string) (c coding.Code, created bool, err error) {
	names, err := coding.SplitPath(path)
	if err != nil {
		return coding.Code{}, false, err
	}
	err = p.tx(func(tx *sql.Tx) error {
		ix, err := loadCodeIndex(tx)
		if err != nil {
			return err
		}
		c, created, err = ix.ensurePath(tx, names, color, description)
		return err
	})
	return c, created, err
}

// UpdateCode changes a code's name, colour and description, returning the
// code as it was.
func (p *Project) UpdateCode(c coding.Code) (old coding.Code, err error) {
	if err := coding.ValidateColor(c.Color); err != nil {
		return old, err
	}
	err = p.tx(func(tx *sql.Tx) error {
		cb, err := codeBook(tx)
		if err != nil {
			return err
		}
		if err := cb.CheckRename(c.ID, c.Name); err != nil {
			return err
		}
		old, _ = cb.Code(c.ID)
		_, err = tx.Exec(`UPDATE codes SET name = ?, color = ?, description = ? WHERE id = ?`,
			c.Name, strings.ToLower(c.Color), c.Description, c.ID)
		return err
	})
	if err != nil {
		return old, fmt.Errorf("update code %q: %w", c.Name, err)
	}
	return old, nil
}

// MoveCode puts a code under a new parent (0 makes it a theme) at position
// order among its new siblings.
func (p *Project) MoveCode(id, newParent int64, order int) error {
	err := p.tx(func(tx *sql.Tx) error {
		cb, err := codeBook(tx)
		if err != nil {
			return err
		}
		if err := cb.CheckMove(id, newParent); err != nil {
			return err
		}
		return reorder(tx, cb, id, newParent, order)
	})
	if err != nil {
		return fmt.Errorf("move code %d: %w", id, err)
	}
	return nil
}

func reorder(tx *sql.Tx, cb *coding.CodeBook, id, parent int64, order int) error {
	c, _ := cb.Code(id)
	var siblings []int64
	for _, s := range cb.Children(parent) {
		if s != id {
			siblings = append(siblings, s)
		}
	}
	order = max(0, min(order, len(siblings)))
	siblings = append(siblings[:order], append([]int64{id}, siblings[order:]...)...)
	if _, err := tx.Exec(`UPDATE codes SET parent_id = ? WHERE id = ?`, nullID(parent), id); err != nil {
		return err
	}
	if err := renumber(tx, siblings); err != nil {
		return err
	}
	if c.ParentID == parent {
		return nil
	}
	// Close the gap the code left, so positions stay 0..n-1 and undo
	// restores them exactly.
	var left []int64
	for _, s := range cb.Children(c.ParentID) {
		if s != id {
			left = append(left, s)
		}
	}
	return renumber(tx, left)
}

func renumber(tx *sql.Tx, ids []int64) error {
	for i, s := range ids {
		if _, err := tx.Exec(`UPDATE codes SET position = ? WHERE id = ?`, i, s); err != nil {
			return err
		}
	}
	return nil
}
