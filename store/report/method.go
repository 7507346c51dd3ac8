package report

import (
	"math"
	"slices"
	"strconv"

	"teema/coding"
	"teema/store/docx"
)

// method says the material and the coding in numbers, then lists the
// interviews as table 1 of the Calpro study does: the groups as heading
// rows, each interview with its number of people, and a total row.
func (r *builder) method() {
	c, l := r.c, r.l
	people, words := 0, 0
	for _, d := range c.Docs {
		people += c.People(d)
		words += d.Words
	}
	r.add(docx.Heading{Level: 1, Text: l.method},
		docx.Text(l.material(len(c.Docs), people, words)+" "+l.coding(len(c.Excerpts), len(coders(c.Excerpts)))))
	if a := r.o.Agreement; a != nil && a.Docs > 0 {
		r.add(docx.Text(l.agreement(a.CoderA, a.CoderB, a.Docs, r.stat(a.Kappa), r.stat(a.Alpha))))
	}
	if len(c.Docs) == 0 {
		return
	}
	r.add(docx.Caption{Label: l.table, Text: l.interviewsCaption}, r.interviewsTable(people))
}

func (r *builder) interviewsTable(people int) docx.Table {
	t := docx.Table{Header: cells(r.l.interview, r.l.people), Widths: []int{4, 1}}
	for _, g := range r.c.InterviewGroups(r.o.RowsBy) {
		if g.Heading != "" {
			t.Rows = append(t.Rows, []docx.Cell{{Blocks: []docx.Block{bold(g.Heading)}}, {}})
		}
		for _, d := range g.Docs {
			t.Rows = append(t.Rows, cells(d.Name, strconv.Itoa(r.c.People(d))))
		}
	}
	t.Rows = append(t.Rows, []docx.Cell{{Blocks: []docx.Block{bold(r.l.totals(len(r.c.Docs), people))}}, {}})
	return t
}

// coders are the names the codings were made under.
func coders(es []coding.Excerpt) []string {
	var out []string
	for _, e := range es {
		if !slices.Contains(out, e.Coder) {
			out = append(out, e.Coder)
		}
	}
	return out
}

// stat writes a statistic, or a dash where it is undefined.
func (r *builder) stat(v float64) string {
	if math.IsNaN(v) {
		return "–"
	}
	return r.l.figure3(v)
}

// cells makes a row of plain-text cells.
func cells(texts ...string) []docx.Cell {
	out := make([]docx.Cell, len(texts))
	for i, t := range texts {
		out[i] = docx.Cell{Blocks: []docx.Block{docx.Text(t)}}
	}
	return out
}

func bold(s string) docx.Paragraph { return docx.Paragraph{Runs: []docx.Run{{Text: s, Bold: true}}} }
