package workbook

import (
	"github.com/xuri/excelize/v2"

	"teema/coding"
)

// codeBook writes table 2 of the study, one row per theme with its
// sub-themes across, and below it every code's path and definition.
func (b *book) codeBook(cb *coding.CodeBook) error {
	s, err := b.newSheet(b.l.codeBook, b.l.cut)
	if err != nil {
		return err
	}
	themes := cb.Children(0)
	subCols := 1
	for _, t := range themes {
		subCols = max(subCols, len(cb.Children(t)))
	}
	if err := s.widths(append([]float64{path}, repeat(label+4, subCols)...)...); err != nil {
		return err
	}
	if err := s.add(s.str(b.st.header, b.l.theme), s.str(b.st.header, b.l.subThemes)); err != nil {
		return err
	}
	if subCols > 1 {
		last, _ := excelize.CoordinatesToCellName(1+subCols, 1)
		if err := s.sw.MergeCell("B1", last); err != nil {
			return err
		}
	}
	for _, id := range themes {
		t, _ := cb.Code(id)
		row := []any{s.str(b.st.bold, t.Name)}
		for _, sub := range cb.Children(id) {
			c, _ := cb.Code(sub)
			row = append(row, s.str(b.st.wrap, c.Name))
		}
		if err := s.add(row...); err != nil {
			return err
		}
	}

	s.skip()
	if err := s.add(s.str(b.st.header, b.l.code), s.str(b.st.header, b.l.definition)); err != nil {
		return err
	}
	var werr error
	cb.Walk(func(c coding.Code, depth int) {
		if werr == nil {
			style := b.st.wrap
			if depth == 0 {
				style = b.st.bold
			}
			werr = s.add(s.str(style, cb.Path(c.ID)), s.str(b.st.wrap, c.Description))
		}
	})
	if werr != nil {
		return werr
	}
	return s.sw.Flush()
}
