package workbook

import (
	"strings"

	"github.com/xuri/excelize/v2"

	"teema/coding"
)

// theme writes one theme matrix, as tables 3–10 of the study: the theme's
// name top left, its sub-themes across, the rows down, and in each cell
// the researcher's summary or else the excerpts quoted as bullets.
func (b *book) theme(c coding.Corpus, t coding.Code, name string, by coding.RowsBy, quote func(coding.Excerpt) string) error {
	s, err := b.newSheet(name, b.l.cutSeeExcerpts, b.printWide)
	if err != nil {
		return err
	}
	m := c.ThemeMatrix(t.ID, by)
	if err := s.widths(append([]float64{label}, repeat(wide, len(m.Columns))...)...); err != nil {
		return err
	}
	if err := s.freeze(1, 1); err != nil {
		return err
	}
	header := []any{s.str(b.st.header, c.Book.Path(t.ID))}
	for _, col := range m.Columns {
		header = append(header, s.str(b.st.header, col.Name))
	}
	if err := s.add(header...); err != nil {
		return err
	}
	for i, r := range m.Rows {
		row := []any{s.str(b.st.bold, r.Label)}
		for _, cell := range m.Cells[i] {
			row = append(row, s.str(b.st.wrap, coding.CellText(cell, quote)))
		}
		if err := s.add(row...); err != nil {
			return err
		}
	}
	return s.sw.Flush()
}

// printWide prints a theme table landscape and one page wide, the way a
// thesis appendix shows it.
func (b *book) printWide(sheet string) error {
	landscape, one, any := "landscape", 1, 0
	if err := b.f.SetPageLayout(sheet, &excelize.PageLayoutOptions{Orientation: &landscape, FitToWidth: &one, FitToHeight: &any}); err != nil {
		return err
	}
	fit := true
	return b.f.SetSheetProps(sheet, &excelize.SheetPropsOptions{FitToPage: &fit})
}

// quoter attributes excerpts as the study did, `“…” (H5)`, and names the
// interview too, `“…” (Asiakas 3, H5)`, when a row holds several
// interviews or a speaker's words across interviews.
func quoter(c coding.Corpus, by coding.RowsBy) func(coding.Excerpt) string {
	docs := map[int64]coding.Document{}
	for _, d := range c.Docs {
		docs[d.ID] = coding.Document{ID: d.ID, Name: d.Name, Turns: c.Turns[d.ID]}
	}
	withDoc := by.Kind != coding.ByDocument
	return func(e coding.Excerpt) string {
		d := docs[e.DocID]
		q := coding.Quote(d, e, 0)
		if sp := coding.SpeakerAt(d.Turns, e.Start); withDoc && sp != "" {
			q = strings.TrimSuffix(q, "("+sp+")") + "(" + d.Name + ", " + sp + ")"
		}
		return q
	}
}
