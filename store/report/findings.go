package report

import "teema/store/docx"

// findings is the closing table of key findings and development
// proposals (the Calpro study's table 11).
func (r *builder) findings() {
	t := docx.Table{Header: cells(r.l.finding, r.l.proposal)}
	for _, f := range r.o.Findings {
		t.Rows = append(t.Rows, cells(f.Finding, f.Proposal))
	}
	r.add(docx.Heading{Level: 1, Text: r.l.findings}, docx.Caption{Label: r.l.table, Text: r.l.findingsCaption}, t)
}

// figure includes the chosen picture, its numbered caption under it, as
// theses caption figures (and tables above them).
func (r *builder) figure() {
	r.add(docx.Picture{PNG: r.o.Figure.PNG, WidthCM: 15}, docx.Caption{Label: r.l.figure, Text: r.l.figureCaption(r.o.Figure.Kind)})
}
