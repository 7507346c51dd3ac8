package coding

import "strings"

// CellText is what a matrix cell says in a thesis table: the researcher's
// summary as bullets where one was written, otherwise each excerpt as a
// bullet quoting it with its attribution.
func CellText(cell Cell, quote func(Excerpt) string) string {
	if strings.TrimSpace(cell.Summary) != "" {
		return Bullets(cell.Summary)
	}
	lines := make([]string, len(cell.Excerpts))
	for i, e := range cell.Excerpts {
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
