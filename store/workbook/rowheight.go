package workbook

import "unicode/utf8"

// Excel fits a row to its wrapped text when the user edits it, but not
// every program does so on opening a file (LibreOffice keeps one line), so
// rows with wrapped text get a height estimated here.
const (
	lineHeight   = 15.0  // points per line of Excel's default font
	maxRowHeight = 409.0 // Excel's limit
	charsPerUnit = 1.1   // average characters of prose per unit of column width
)

// rowHeight estimates the height of a row whose text wraps in the given
// column widths, or 0 when one line is enough.
func rowHeight(texts []string, widths []float64) float64 {
	most := maxRowHeight / lineHeight
	enough := int(most) + 1 // lines past Excel's limit need no counting
	lines := 1
	for i, t := range texts {
		if t != "" && i < len(widths) {
			lines = max(lines, textLines(t, int(widths[i]*charsPerUnit), enough))
		}
	}
	if lines == 1 {
		return 0
	}
	return min(maxRowHeight, float64(lines)*lineHeight)
}

// textLines counts the lines text takes when its words wrap at width
// characters, each line break starting a new line, up to enough lines.
func textLines(s string, width, enough int) int {
	lines, used, word := 1, 0, 0
	place := func() {
		if word == 0 {
			return
		}
		if used > 0 && used+1+word > width {
			lines++
			used = 0
		}
		if used > 0 {
			used++
		}
		used += word
		for used > width { // a word longer than the line breaks inside it
			lines++
			used -= width
		}
		word = 0
	}
	for i := 0; i < len(s) && lines < enough; {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch r {
		case '\n':
			place()
			lines++
			used = 0
		case ' ', '\t':
			place()
		default:
			word++
		}
	}
	place()
	return lines
}
