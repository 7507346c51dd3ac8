package workbook

import "teema/coding"

// counts writes how often each code occurs per row, in three blocks:
// excerpts, interviews with the code, and the share of the text coded,
// each with a total over the whole material.
func (b *book) counts(c coding.Corpus, by coding.RowsBy) error {
	s, err := b.newSheet(b.l.counts, b.l.cut)
	if err != nil {
		return err
	}
	codes := allCodes(c.Book)
	n := c.Counts(codes, by)
	// No interview has an attribute without a name, so rows by it are one
	// row holding the whole material: the totals, counted the same way.
	all := c.Counts(codes, coding.RowsBy{Kind: coding.ByAttribute})
	if err := s.widths(append([]float64{path}, repeat(narrow+2, len(n.Rows)+1)...)...); err != nil {
		return err
	}
	if err := s.freeze(1, 0); err != nil {
		return err
	}
	blocks := []struct {
		title string
		style int
		value func(coding.Count) any
	}{
		{b.l.excerptsCount, b.st.number, func(x coding.Count) any { return x.Excerpts }},
		{b.l.interviewsCount, b.st.number, func(x coding.Count) any { return x.Docs }},
		{b.l.share, b.st.percent, func(x coding.Count) any { return x.Share }},
	}
	for i, bl := range blocks {
		if i > 0 {
			s.skip()
		}
		if err := s.add(s.str(b.st.bold, bl.title)); err != nil {
			return err
		}
		header := []any{s.str(b.st.header, b.l.code)}
		for _, r := range n.Rows {
			header = append(header, s.str(b.st.header, r.Label))
		}
		if err := s.add(append(header, s.str(b.st.header, b.l.total))...); err != nil {
			return err
		}
		for j, code := range codes {
			row := []any{s.str(b.st.wrap, c.Book.Path(code.ID))}
			for _, x := range n.Cells[j] {
				row = append(row, num(bl.style, bl.value(x)))
			}
			var total coding.Count
			if len(all.Cells[j]) > 0 {
				total = all.Cells[j][0]
			}
			if err := s.add(append(row, num(bl.style, bl.value(total)))...); err != nil {
				return err
			}
		}
	}
	return s.sw.Flush()
}

// cooccurrence writes codes by codes: how often their codings overlap,
// each code's own number of excerpts on the shaded diagonal.
func (b *book) cooccurrence(c coding.Corpus) error {
	s, err := b.newSheet(b.l.cooccurrence, b.l.cut)
	if err != nil {
		return err
	}
	codes := allCodes(c.Book)
	m := c.Cooccurrence(codes)
	if err := s.widths(append([]float64{path}, repeat(medium, len(codes))...)...); err != nil {
		return err
	}
	if err := s.freeze(1, 1); err != nil {
		return err
	}
	header := []any{s.str(b.st.header, b.l.code)}
	for _, code := range codes {
		header = append(header, s.str(b.st.header, c.Book.Path(code.ID)))
	}
	if err := s.add(header...); err != nil {
		return err
	}
	for i, code := range codes {
		row := []any{s.str(b.st.bold, c.Book.Path(code.ID))}
		for j, x := range m[i] {
			style := b.st.number
			if i == j {
				style = b.st.diagonal
			}
			row = append(row, num(style, x))
		}
		if err := s.add(row...); err != nil {
			return err
		}
	}
	return s.sw.Flush()
}

// allCodes lists the code book in tree order, themes before their sub-themes.
func allCodes(cb *coding.CodeBook) []coding.Code {
	var codes []coding.Code
	cb.Walk(func(c coding.Code, _ int) { codes = append(codes, c) })
	return codes
}
