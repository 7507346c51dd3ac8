package main

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"text/tabwriter"

	"teema/coding"
	"teema/coding/units"
	"teema/i18n"
	"teema/store"
	"teema/store/workbook"
	"teema/study"
)

func init() {
	register("search", "search PROJECT QUERY [--forms lemma|stem|raw] [--compounds] [--scope sentence|turn|paragraph|document]\n"+
		"        [--doc DOC]... [--where KEY=VALUE]... [--code PATH]... [--not-code PATH]... [--speaker NAME]... [--no-interviewer]\n"+
		"        [--group KEY] [--json] [--out FILE.xlsx|FILE.csv]", cmdSearch)
}

type searchCmdArgs struct {
	searchArgs
	group, out string
	asJSON     bool
}

func cmdSearch(c *cli, args []string) error {
	fs := newFlags("search")
	var a searchCmdArgs
	a.flags(fs, "code")
	fs.StringVar(&a.group, "group", "", "the attribute whose value each line shows (default: ryhmä, if the interviews have it)")
	fs.BoolVar(&a.asJSON, "json", false, "print the hits as JSON")
	fs.StringVar(&a.out, "out", "", "write the hits to a workbook (.xlsx) or a CSV file (.csv)")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 2 {
		return misuse(errSearchArgs, nil)
	}
	if err := a.check(); err != nil {
		return err
	}
	if err := outFile(a.out, ".xlsx", ".csv"); err != nil {
		return err
	}
	return readProject(pos[0], func(p *store.Project) error { return c.search(p, pos[1], a) })
}

// hitJSON is a hit as search --json prints it: offsets in code points of
// the stored text, as excerpts'.
type hitJSON struct {
	Doc     string `json:"doc"`
	Start   int    `json:"start"`
	End     int    `json:"end"`
	Text    string `json:"text"`
	Form    string `json:"form"`
	Speaker string `json:"speaker"`
}

func (c *cli) search(p *store.Project, query string, a searchCmdArgs) error {
	q, err := a.search(p, query)
	if err != nil {
		return err
	}
	forms := study.NewForms()
	defer c.closeForms(forms)
	found, err := study.NewSearcher(forms).Search(p, q)
	if err != nil {
		return err
	}
	c.notes(found.Notes)
	rows := study.HitRows(found, groupKey(found.Docs, a.group))
	switch {
	case a.out != "":
		return c.writePassages(a.out, workbook.Passages{Rows: rows, KWIC: true, Group: groupKey(found.Docs, a.group),
			Note: searchNote(query, found), Title: query})
	case a.asJSON:
		out := make([]hitJSON, len(rows))
		for i, r := range rows {
			out[i] = hitJSON{r.Doc, r.Start, r.End, r.Text, r.Form, r.Speaker}
		}
		return c.json(out)
	}
	return c.printHits(rows, found)
}

// printHits prints each hit in its context, then the counts.
func (c *cli) printHits(rows []workbook.Passage, found study.Found) error {
	tw := tabwriter.NewWriter(c.out, 0, 4, 2, ' ', 0)
	for _, r := range rows {
		fmt.Fprintf(tw, "%s\t%s\t…%s[%s]%s…\n", where(r), r.Group, r.Left, r.Text, r.Right)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	c.say("", i18n.TF("{{.Hits}} hits in {{.Docs}} interviews", map[string]any{"Hits": len(found.Hits), "Docs": len(found.Counts.Docs)}))
	return c.printCounts(found)
}

// where names a line's interview and speaker.
func where(r workbook.Passage) string {
	if r.Speaker == "" {
		return r.Doc
	}
	return r.Doc + " · " + r.Speaker
}

// printCounts prints the hits per interview and per written form.
func (c *cli) printCounts(found study.Found) error {
	names := map[int64]string{}
	for _, d := range found.Docs {
		names[d.ID] = d.Name
	}
	tw := tabwriter.NewWriter(c.out, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw)
	fmt.Fprintln(tw, i18n.T("INTERVIEW")+"\t"+i18n.T("HITS"))
	for _, d := range found.Counts.Docs {
		fmt.Fprintf(tw, "%s\t%d\n", names[d.DocID], d.Hits)
	}
	fmt.Fprintln(tw)
	fmt.Fprintln(tw, i18n.T("WORD FORM")+"\t"+i18n.T("MATCHED AS")+"\t"+i18n.T("HITS")+"\t"+i18n.T("INTERVIEWS"))
	for _, f := range found.Counts.Forms {
		fmt.Fprintf(tw, "%s\t%s\t%d\t%d\n", f.Written, f.Form, f.Hits, f.Docs)
	}
	return tw.Flush()
}

// searchNote says what was searched, and how, under an exported table.
func searchNote(query string, found study.Found) string {
	note := i18n.TF("Search: {{.Query}}; forms: {{.Forms}}; several words in one unit: {{.Unit}}; {{.Hits}} hits",
		map[string]any{"Query": query, "Forms": found.Forms, "Unit": unitWord(found.Scope), "Hits": len(found.Hits)})
	return strings.TrimSpace(note + " " + strings.Join(i18n.Lines(found.Notes), " "))
}

// unitWord names a unit in the user's language.
func unitWord(k units.Kind) string {
	switch k {
	case units.Turn:
		return i18n.T("turn")
	case units.Paragraph:
		return i18n.T("paragraph")
	case units.Document:
		return i18n.T("document")
	}
	return i18n.T("sentence")
}

// writePassages writes hits or passages to a workbook or CSV file.
func (c *cli) writePassages(path string, t workbook.Passages) error {
	asCSV := strings.EqualFold(filepath.Ext(path), ".csv")
	err := study.WriteFile(path, func(w io.Writer) error { return study.WritePassages(w, t, asCSV, i18n.Lang()) })
	if err != nil {
		return err
	}
	c.say(i18n.TF("wrote {{.File}} ({{.N}} lines)", map[string]any{"File": path, "N": len(t.Rows)}))
	return nil
}

// groupKey is the attribute a line's group is: the one asked for, or
// ryhmä (group) when the interviews have it.
func groupKey(docs []coding.DocumentInfo, asked string) string {
	if asked != "" {
		return asked
	}
	return study.GroupKey(docs)
}
