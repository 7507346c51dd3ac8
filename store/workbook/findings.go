package workbook

import "teema/coding"

// findings writes table 11 of the study: each key finding beside the
// development proposal drawn from it.
func (b *book) findings(fs []coding.Finding) error {
	s, err := b.newSheet(b.l.findings, b.l.cut)
	if err != nil {
		return err
	}
	if err := s.widths(wide, wide); err != nil {
		return err
	}
	if err := s.freeze(0, 1); err != nil {
		return err
	}
	if err := s.add(s.str(b.st.header, b.l.keyFinding), s.str(b.st.header, b.l.proposal)); err != nil {
		return err
	}
	for _, f := range fs {
		if err := s.add(s.str(b.st.wrap, f.Finding), s.str(b.st.wrap, f.Proposal)); err != nil {
			return err
		}
	}
	return s.sw.Flush()
}
