package main

import (
	"fmt"
	"strings"
	"text/tabwriter"

	"teema/coding"
	"teema/coding/codequery"
	"teema/i18n"
	"teema/store"
	"teema/store/workbook"
	"teema/study"
)

func init() {
	register("query", "query PROJECT EXPRESSION|NAME [--by document|speaker|KEY] [--json] [--out FILE.xlsx|FILE.csv]\n"+
		"        [--code-as PATH] [--coder NAME] [--save NAME] [--group KEY]", cmdQuery)
}

type queryArgs struct {
	by, out, codeAs, coder, save, group string
	asJSON                              bool
}

func cmdQuery(c *cli, args []string) error {
	fs := newFlags("query")
	var a queryArgs
	fs.StringVar(&a.by, "by", "", "count the passages per interview (document, the default), per speaker or per value of an attribute")
	fs.BoolVar(&a.asJSON, "json", false, "print the passages as JSON")
	fs.StringVar(&a.out, "out", "", "write the passages to a workbook (.xlsx) or a CSV file (.csv)")
	fs.StringVar(&a.codeAs, "code-as", "", "code the passages with this code, made when missing")
	fs.StringVar(&a.coder, "coder", "", "with --code-as: coder's name (default: $USER)")
	fs.StringVar(&a.save, "save", "", "keep the query in the project under this name")
	fs.StringVar(&a.group, "group", "", "the attribute whose value each passage shows (default: ryhmä, if the interviews have it)")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 2 {
		return misuse(errQueryArgs, nil)
	}
	if err := outFile(a.out, ".xlsx", ".csv"); err != nil {
		return err
	}
	if a.coder == "" {
		a.coder = defaultCoder()
	}
	open := readProject
	if a.codeAs != "" || a.save != "" {
		open = withProject
	}
	return open(pos[0], func(p *store.Project) error { return c.query(p, pos[1], a) })
}

func (c *cli) query(p *store.Project, text string, a queryArgs) error {
	text, err := savedOrNot(p, text)
	if err != nil {
		return err
	}
	ans, err := study.AskCodingQuery(p, text, coding.ParseRowsBy(a.by))
	if err != nil {
		return err
	}
	report := c.say
	if a.asJSON { // stdout holds the JSON alone
		report = c.noteLines
	}
	if err := keepQuery(p, a.save, text, report); err != nil {
		return err
	}
	if err := c.codeAs(p, ans, a, report); err != nil {
		return err
	}
	rows := study.PassageRows(ans, groupKey(ans.Corpus.Docs, a.group))
	switch {
	case a.out != "":
		return c.writePassages(a.out, workbook.Passages{Rows: rows, Group: groupKey(ans.Corpus.Docs, a.group), Title: text,
			Note: i18n.TF("Coding query: {{.Query}}; {{.N}} passages", map[string]any{"Query": text, "N": len(rows)})})
	case a.asJSON:
		out := make([]hitJSON, len(rows))
		for i, r := range rows {
			out[i] = hitJSON{Doc: r.Doc, Start: r.Start, End: r.End, Text: r.Text, Speaker: r.Speaker}
		}
		return c.json(out)
	}
	return c.printPassages(rows, ans)
}

// noteLines says lines on stderr, beside a result on stdout.
func (c *cli) noteLines(lines ...string) {
	for _, l := range lines {
		c.note(l)
	}
}

// savedOrNot is the query saved under a name, or the text itself.
func savedOrNot(p *store.Project, text string) (string, error) {
	saved, err := p.SavedQueries()
	for _, s := range saved {
		if strings.EqualFold(s.Name, strings.TrimSpace(text)) {
			return s.Query, err
		}
	}
	return text, err
}

// keepQuery saves the query under a name, if asked.
func keepQuery(p *store.Project, name, text string, report func(...string)) error {
	if name == "" {
		return nil
	}
	ch, err := study.SaveQuery(p, codequery.Saved{Name: name, Query: text})
	if err == nil {
		_, err = ch.Apply(p)
	}
	if err == nil {
		report(i18n.TF("saved the query as {{.Name}}", map[string]any{"Name": name}))
	}
	return err
}

// codeAs codes the passages with a code, if asked.
func (c *cli) codeAs(p *store.Project, ans study.Answer, a queryArgs, report func(...string)) error {
	if a.codeAs == "" {
		return nil
	}
	code, err := existingCode(p, a.codeAs)
	if err != nil {
		return err
	}
	pl, err := study.PlanCodeAs(p, ans, code, a.coder)
	if err != nil {
		return err
	}
	return c.runPlan(p, pl, a.codeAs, false, report)
}

// printPassages prints each passage, then the counts per row.
func (c *cli) printPassages(rows []workbook.Passage, ans study.Answer) error {
	tw := tabwriter.NewWriter(c.out, 0, 4, 2, ' ', 0)
	for _, r := range rows {
		fmt.Fprintf(tw, "%s\t%s\t%d–%d\t%s\n", where(r), r.Group, r.Start, r.End, oneLine(r.Text, 100))
	}
	fmt.Fprintln(tw)
	fmt.Fprintln(tw, i18n.T("ROW")+"\t"+i18n.T("PASSAGES")+"\t"+i18n.T("INTERVIEWS"))
	for _, r := range ans.Rows {
		fmt.Fprintf(tw, "%s\t%d\t%d\n", r.Row, r.Passages, r.Docs)
	}
	return tw.Flush()
}
