package workbook

import (
	"github.com/xuri/excelize/v2"

	"teema/coding"
)

// theme writes one theme matrix, as tables 3–10 of the study: the theme's
// full name top left, its sub-themes across, the rows down, and in each
// cell the researcher's summary or else the excerpts quoted as bullets.
// Every cell is ruled, so a printed table has its grid.
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
	if err := s.add(b.themeHeader(s, c, t, m)...); err != nil {
		return err
	}
	for i, r := range m.Rows {
		row := []any{s.ruled(b.st.gridBold, r.Label)}
		for _, cell := range m.Cells[i] {
			row = append(row, s.ruled(b.st.gridWrap, coding.CellText(cell, quote)))
		}
		if err := s.add(row...); err != nil {
			return err
		}
	}
	return s.sw.Flush()
}

// themeHeader is the header row: the theme's name, then its sub-themes.
// A theme without sub-themes is its own single column, which is headed
// by what its cells hold rather than by the theme's name a second time.
func (b *book) themeHeader(s *sheet, c coding.Corpus, t coding.Code, m coding.Matrix) []any {
	header := []any{s.ruled(b.st.gridHeader, c.Book.Path(t.ID))}
	if len(c.Book.Children(t.ID)) == 0 {
		return append(header, s.ruled(b.st.gridHeader, b.l.wholeTheme))
	}
	for _, col := range m.Columns {
		header = append(header, s.ruled(b.st.gridHeader, col.Name))
	}
	return header
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
