package report

import "teema/store/docx"

// codeBook lists the themes, their sub-themes and the definitions, as the
// Calpro study's table 2 does.
func (r *builder) codeBook() {
	book := r.c.Book
	t := docx.Table{Header: cells(r.l.theme, r.l.subThemes, r.l.definition), Widths: []int{5, 5, 7}}
	for _, theme := range book.Children(0) {
		tc, _ := book.Code(theme)
		t.Rows = append(t.Rows, []docx.Cell{{Blocks: []docx.Block{bold(tc.Name)}}, {}, {Blocks: []docx.Block{docx.Text(tc.Description)}}})
		for _, sub := range book.Children(theme) {
			sc, _ := book.Code(sub)
			t.Rows = append(t.Rows, cells("", sc.Name, sc.Description))
		}
	}
	r.add(docx.Caption{Label: r.l.table, Text: r.l.codeBookCaption}, t)
}
