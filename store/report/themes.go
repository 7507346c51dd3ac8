package report

import (
	"strings"
	"unicode/utf8"

	"teema/coding"
	"teema/store/docx"
)

// wideTable is how many columns a theme table may have on a portrait
// page; a wider one gets a landscape page.
const wideTable = 4

// results writes a section per theme: its matrix as a table, then per
// sub-theme the summaries as prose and the chosen quotes.
func (r *builder) results() {
	themes := r.themes()
	if len(themes) == 0 {
		r.add(docx.Heading{Level: 1, Text: r.l.results}, docx.Text(r.l.nothingCoded))
		return
	}
	for _, id := range themes {
		r.theme(id)
	}
}

// themes are the themes the options name, or those with content.
func (r *builder) themes() []int64 {
	if len(r.o.Themes) > 0 {
		return r.o.Themes
	}
	return r.c.ThemesWithContent(r.c.Book.Children(0))
}

func (r *builder) theme(id int64) {
	m := r.c.ThemeMatrix(id, r.o.RowsBy)
	r.add(docx.Heading{Level: 1, Text: m.Title})
	if r.o.Parts.Themes {
		table := []docx.Block{docx.Caption{Label: r.l.table, Text: r.l.themeCaption(m.Title, r.rowsWord())}, r.matrixTable(m)}
		if len(m.Columns)+1 > wideTable {
			r.add(docx.Landscape{Blocks: table})
		} else {
			r.add(table...)
		}
	}
	if r.o.Parts.Quotes {
		for j, col := range m.Columns {
			r.subTheme(m, j, col)
		}
	}
}

// rowsWord says what the rows of a theme table are: "ryhmittäin" for an
// attribute's values is the attribute's own name.
func (r *builder) rowsWord() string {
	switch r.o.RowsBy.Kind {
	case coding.ByAttribute:
		return "(" + r.o.RowsBy.Attr + ")"
	case coding.BySpeaker:
		return r.l.bySpeaker
	}
	return r.l.byInterview
}

// matrixTable is a theme's matrix: sub-themes across, rows down, each cell
// the researcher's summary as bullets, or the excerpts quoted.
func (r *builder) matrixTable(m coding.Matrix) docx.Table {
	header := []docx.Cell{{Blocks: []docx.Block{docx.Text(m.Title)}}}
	for _, col := range m.Columns {
		header = append(header, docx.Cell{Blocks: []docx.Block{docx.Text(col.Name)}})
	}
	t := docx.Table{Header: header, Widths: append([]int{labelWidth(m)}, repeatInt(5, len(m.Columns))...)}
	for i, row := range m.Rows {
		cells := []docx.Cell{{Blocks: []docx.Block{bold(row.Label)}}}
		for _, cell := range m.Cells[i] {
			cells = append(cells, docx.Cell{Blocks: r.cellBullets(cell)})
		}
		t.Rows = append(t.Rows, cells)
	}
	return t
}

// cellBullets are a cell's lines as list paragraphs: the summary where
// one was written, otherwise the excerpts with their source.
func (r *builder) cellBullets(cell coding.Cell) []docx.Block {
	var out []docx.Block
	for _, line := range strings.Split(coding.CellText(cell, func(e coding.Excerpt) string { return r.quote.Quote(e, 0) }), "\n") {
		if line = strings.TrimSpace(strings.TrimPrefix(line, "- ")); line != "" {
			out = append(out, docx.Bullet{Runs: []docx.Run{{Text: line}}})
		}
	}
	return out
}

// subTheme writes a sub-theme's summaries, row by row, as prose, and its
// chosen quotes as block quotes. A quote the researcher inserted in a
// summary is one of the chosen: it is set as a block quote, not repeated
// in the prose. A sub-theme with neither is left out.
func (r *builder) subTheme(m coding.Matrix, j int, col coding.Code) {
	var blocks []docx.Block
	chosen := r.chosen(m, j)
	quoted := map[string]bool{}
	for _, e := range chosen {
		quoted[r.quote.Quote(e, 0)], quoted[r.quote.Quote(e, coding.InsertedQuoteLen)] = true, true
	}
	for i, row := range m.Rows {
		if p := prose(m.Cells[i][j].Summary, quoted); p != "" {
			blocks = append(blocks, docx.Paragraph{Runs: []docx.Run{{Text: row.Label + ". ", Bold: true}, {Text: p}}})
		}
	}
	for _, e := range chosen {
		blocks = append(blocks, docx.Quote{Runs: []docx.Run{{Text: r.quote.Quote(e, 0)}}})
	}
	if len(blocks) > 0 {
		r.add(docx.Heading{Level: 2, Text: col.Name})
		r.add(blocks...)
	}
}

// chosen are the column's excerpts chosen as quotes, in row order.
func (r *builder) chosen(m coding.Matrix, j int) []coding.Excerpt {
	var out []coding.Excerpt
	seen := map[int64]bool{}
	for i := range m.Rows {
		for _, e := range m.Cells[i][j].Excerpts {
			if e.Quote && !seen[e.ID] {
				seen[e.ID] = true
				out = append(out, e)
			}
		}
	}
	return out
}

// prose joins a summary's bullet lines into sentences, leaving out the
// lines that are the quotes given.
func prose(summary string, quotes map[string]bool) string {
	var parts []string
	for _, l := range strings.Split(coding.Bullets(summary), "\n") {
		l = strings.TrimSpace(strings.TrimPrefix(l, "- "))
		if l == "" || quotes[l] {
			continue
		}
		if last, _ := utf8.DecodeLastRuneInString(l); !strings.ContainsRune(".!?”\"…", last) {
			l += "."
		}
		parts = append(parts, l)
	}
	return strings.Join(parts, " ")
}

// labelWidth is the width of the row labels' column beside the cells'
// 5: narrower than theirs, but wide enough that the longest word of a
// label, or of the theme's name above them, is not broken (a long
// Finnish compound such as Asiakaskokemukset).
func labelWidth(m coding.Matrix) int {
	longest := longestWord(m.Title)
	for _, row := range m.Rows {
		longest = max(longest, longestWord(row.Label))
	}
	return min(max(4, (longest+1)/3), 8)
}

func longestWord(s string) int {
	n := 0
	for _, w := range strings.Fields(s) {
		n = max(n, utf8.RuneCountInString(w))
	}
	return n
}

func repeatInt(v, n int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = v
	}
	return out
}
