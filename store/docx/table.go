package docx

import "fmt"

// table writes a table in the TeemaTable style (a grid of borders), its
// header row repeated on every page, as wide as the text.
func (w *writer) table(t Table) {
	cols := len(t.Header)
	for _, r := range t.Rows {
		cols = max(cols, len(r))
	}
	if cols == 0 {
		return
	}
	widths := columnWidths(t.Widths, cols)
	w.s(`<w:tbl><w:tblPr><w:tblStyle w:val="TeemaTable"/><w:tblW w:w="5000" w:type="pct"/><w:tblLayout w:type="fixed"/>` +
		`<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>`)
	for _, wd := range widths {
		w.s(fmt.Sprintf(`<w:gridCol w:w="%d"/>`, wd))
	}
	w.s("</w:tblGrid>")
	if len(t.Header) > 0 {
		w.row(t.Header, widths, true)
	}
	for _, r := range t.Rows {
		w.row(r, widths, false)
	}
	w.s("</w:tbl>")
	w.s("<w:p/>") // Word merges tables that touch; a paragraph keeps them apart
}

// columnWidths shares the text width (in twips) among the columns by the
// relative widths given, or equally.
func columnWidths(rel []int, cols int) []int {
	text := a4Short - 2*marginLR
	sum := 0
	for i := range cols {
		sum += relWidth(rel, i)
	}
	out := make([]int, cols)
	for i := range cols {
		out[i] = text * relWidth(rel, i) / sum
	}
	return out
}

func relWidth(rel []int, i int) int {
	if i < len(rel) && rel[i] > 0 {
		return rel[i]
	}
	return 1
}

func (w *writer) row(cells []Cell, widths []int, header bool) {
	w.s("<w:tr>")
	if header {
		w.s("<w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>")
	}
	for i, wd := range widths {
		w.s(fmt.Sprintf(`<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/></w:tcPr>`, wd))
		var blocks []Block
		if i < len(cells) {
			blocks = cells[i].Blocks
		}
		w.cell(blocks, header)
		w.s("</w:tc>")
	}
	w.s("</w:tr>")
}

// cell writes a cell's paragraphs; a cell must hold at least one.
func (w *writer) cell(blocks []Block, header bool) {
	if len(blocks) == 0 {
		w.s("<w:p/>")
		return
	}
	for _, b := range blocks {
		if p, ok := b.(Paragraph); ok && header {
			bold := make([]Run, len(p.Runs))
			for i, r := range p.Runs {
				r.Bold = true
				bold[i] = r
			}
			b = Paragraph{Runs: bold}
		}
		switch b.(type) {
		case Table, Landscape, Picture: // not inside a cell
			continue
		}
		w.block(b)
	}
}
