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
			ids = withContent(c, ids)
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

// withContent keeps the themes something is coded with, or summarised
// under: a sheet of empty cells tells a reader nothing.
func withContent(c coding.Corpus, themes []int64) []int64 {
	used := map[int64]bool{}
	for _, e := range c.Excerpts {
		used[c.Book.Theme(e.CodeID).ID] = true
	}
	for k, text := range c.Summaries {
		if text != "" {
			used[c.Book.Theme(k.CodeID).ID] = true
		}
	}
	var kept []int64
	for _, id := range themes {
		if used[id] {
			kept = append(kept, id)
		}
	}
	return kept
}
