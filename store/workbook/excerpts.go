package workbook

import (
	"strings"

	"github.com/xuri/excelize/v2"

	"teema/coding"
)

// excerpts writes every coding as one row of a flat table, each attribute
// in its own column, with a filter on the header: what Excel users
// filter, sort and pivot.
func (b *book) excerpts(c coding.Corpus) error {
	s, err := b.newSheet(b.l.excerpts, b.l.cut)
	if err != nil {
		return err
	}
	keys := coding.AttributeKeys(c.Docs)
	widths := append([]float64{medium}, repeat(medium, len(keys))...)
	widths = append(widths, label, label, path, narrow, wide, path, narrow, narrow, narrow)
	// A time column only where there are timed transcripts, so a workbook
	// of transcripts without recordings is as before.
	timed := len(c.Times) > 0
	if timed {
		widths = append(widths, narrow)
	}
	if err := s.widths(widths...); err != nil {
		return err
	}
	if err := s.freeze(0, 1); err != nil {
		return err
	}
	header := []any{s.str(b.st.header, b.l.interview)}
	for _, k := range keys {
		header = append(header, s.str(b.st.header, k))
	}
	for _, h := range []string{b.l.theme, b.l.subTheme, b.l.code, b.l.speaker, b.l.text, b.l.memo, b.l.coder, b.l.start, b.l.end} {
		header = append(header, s.str(b.st.header, h))
	}
	if timed {
		header = append(header, s.str(b.st.header, b.l.heard))
	}
	if err := s.add(header...); err != nil {
		return err
	}

	docs := map[int64]coding.DocumentInfo{}
	for _, d := range c.Docs {
		docs[d.ID] = d
	}
	paths := map[int64][3]string{} // theme, sub-theme, path of each code
	row := make([]any, len(header))
	for _, e := range c.Excerpts {
		p, ok := paths[e.CodeID]
		if !ok {
			full := c.Book.Path(e.CodeID)
			theme, sub, _ := strings.Cut(full, coding.PathSep)
			p = [3]string{theme, sub, full}
			paths[e.CodeID] = p
		}
		d := docs[e.DocID]
		row = append(row[:0], s.str(b.st.text, d.Name))
		for _, k := range keys {
			row = append(row, s.str(b.st.text, d.Attributes[k]))
		}
		row = append(row,
			s.str(b.st.text, p[0]), s.str(b.st.text, p[1]), s.str(b.st.text, p[2]),
			s.str(b.st.text, c.Speaker(e)), s.str(b.st.wrap, e.Text), s.str(b.st.wrap, e.Memo),
			s.str(b.st.text, e.Coder), num(b.st.number, e.Start), num(b.st.number, e.End))
		if timed {
			row = append(row, s.str(b.st.text, heardAt(c.Times[e.DocID], e)))
		}
		if err := s.add(row...); err != nil {
			return err
		}
	}
	last, err := excelize.CoordinatesToCellName(len(header), s.row)
	if err != nil {
		return err
	}
	if err := b.f.AutoFilter(b.l.excerpts, "A1:"+last, nil); err != nil {
		return err
	}
	return s.sw.Flush()
}

// heardAt is when an excerpt is heard, "12:34", or "" without a time.
func heardAt(ix coding.TimeIndex, e coding.Excerpt) string {
	if from, _, ok := ix.SpanTime(e.Start, e.End); ok {
		return coding.FormatTime(from)
	}
	return ""
}
