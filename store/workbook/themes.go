package workbook

import (
	"fmt"

	"teema/coding"
)

// themeCodes resolves the themes the workbook has a sheet for: those
// chosen, or else every theme with codings or a summary (every theme with
// EmptyThemes), in the code book's order.
func themeCodes(c coding.Corpus, o Options) ([]coding.Code, error) {
	ids := o.Themes
	if len(ids) == 0 {
		ids = c.Book.Children(0)
		if !o.EmptyThemes {
			ids = c.ThemesWithContent(ids)
		}
	}
	themes := make([]coding.Code, len(ids))
	for i, id := range ids {
		t, ok := c.Book.Code(id)
		if !ok {
			return nil, fmt.Errorf("theme %d: %w", id, coding.ErrNotFound)
		}
		themes[i] = t
	}
	return themes, nil
}
