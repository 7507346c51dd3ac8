package coding

import "strings"

// CellText is what a matrix cell says in a thesis table: the researcher's
// summary as bullets where one was written, otherwise each excerpt as a
// bullet quoting it with its attribution.
func CellText(cell Cell, quote func(Excerpt) string) string { return CellLines(cell, quote, 0) }

// CellLines is the start of CellText: its first n lines of excerpts (all
// for n <= 0), for a view that shows a few. A cell of a large project
// holds thousands of excerpts, and quoting them all to show five would
// take the matrix seconds to draw.
func CellLines(cell Cell, quote func(Excerpt) string, n int) string {
	if strings.TrimSpace(cell.Summary) != "" {
		return Bullets(cell.Summary)
	}
	es := cell.Excerpts
	if n > 0 && len(es) > n {
		es = es[:n]
	}
	lines := make([]string, len(es))
	for i, e := range es {
		lines[i] = "- " + quote(e)
	}
	return strings.Join(lines, "\n")
}

// Bullets turns a summary into "- " bullets, one per non-empty line,
// keeping bullets the researcher already typed ("-", "•", "*").
func Bullets(summary string) string {
	var out []string
	for _, l := range strings.Split(summary, "\n") {
		l = strings.TrimSpace(l)
		if l == "" {
			continue
		}
		for _, b := range []string{"- ", "• ", "* ", "-", "•"} {
			if strings.HasPrefix(l, b) {
				l = strings.TrimSpace(l[len(b):])
				break
			}
		}
		out = append(out, "- "+l)
	}
	return strings.Join(out, "\n")
}
