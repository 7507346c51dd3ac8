package workbook

import "teema/coding"

// interviews writes table 1 of the study: each interview with its
// attributes and number of people, under a heading per group when rows
// are by an attribute, and the totals.
func (b *book) interviews(c coding.Corpus, by coding.RowsBy) error {
	s, err := b.newSheet(b.l.interviews, b.l.cut)
	if err != nil {
		return err
	}
	keys := coding.AttributeKeys(c.Docs)
	if err := s.widths(append(append([]float64{label}, repeat(medium, len(keys))...), narrow)...); err != nil {
		return err
	}
	if err := s.freeze(0, 1); err != nil {
		return err
	}
	header := []any{s.str(b.st.header, b.l.interview)}
	for _, k := range keys {
		header = append(header, s.str(b.st.header, k))
	}
	if err := s.add(append(header, s.str(b.st.header, b.l.people))...); err != nil {
		return err
	}
	people := 0
	for _, g := range c.InterviewGroups(by) {
		if g.Heading != "" {
			if err := s.add(s.str(b.st.bold, g.Heading)); err != nil {
				return err
			}
		}
		for _, d := range g.Docs {
			n := c.People(d)
			people += n
			row := []any{s.str(b.st.text, d.Name)}
			for _, k := range keys {
				row = append(row, s.str(b.st.text, d.Attributes[k]))
			}
			if err := s.add(append(row, num(b.st.number, n))...); err != nil {
				return err
			}
		}
	}
	if err := s.add(s.str(b.st.bold, b.l.totals(len(c.Docs), people))); err != nil {
		return err
	}
	return s.sw.Flush()
}

func repeat(w float64, n int) []float64 {
	out := make([]float64, n)
	for i := range out {
		out[i] = w
	}
	return out
}
