package store

import (
	"database/sql"
	"fmt"
	"strings"

	"teema/coding"
)

// ApplyTemplate adds a template's codes to the code book in one step. Codes
// that already exist at the same path are kept as they are; it returns how
// many codes were added.
func (p *Project) ApplyTemplate(t coding.Template) (added int, err error) {
	err = p.tx(func(tx *sql.Tx) error {
		ix, err := loadCodeIndex(tx)
		if err != nil {
			return err
		}
		var walk func(parent []string, cs []coding.TemplateCode) error
		walk = func(parent []string, cs []coding.TemplateCode) error {
			for _, c := range cs {
				path := append(append([]string{}, parent...), c.Name)
				_, created, err := ix.ensurePath(tx, path, c.Color, c.Description)
				if err != nil {
					return fmt.Errorf("%s: %w", strings.Join(path, coding.PathSep), err)
				}
				if created {
					added++
				}
				if err := walk(path, c.Children); err != nil {
					return err
				}
			}
			return nil
		}
		return walk(nil, t.Codes)
	})
	if err != nil {
		return 0, fmt.Errorf("apply template %q: %w", t.Name, err)
	}
	return added, nil
}
