package main

import (
	"strconv"
	"strings"

	"teema/coding"
	"teema/i18n"
	"teema/message"
	"teema/store"
	"teema/store/report"
	"teema/study"
)

func init() {
	register("report", "report PROJECT --out FILE.docx [--by ATTR] [--theme PATH]... [--parts LIST] [--codebook table|appendix] [--figure words|codes]", cmdReport)
	register("quote", "quote PROJECT EXCERPT_ID [--off]", cmdQuote)
}

// reportParts are the names --parts takes, in the report's order.
var reportParts = []string{"method", "codebook", "themes", "quotes", "findings", "figure"}

func cmdReport(c *cli, args []string) error {
	fs := newFlags("report")
	out := fs.String("out", "", "the report to write (.docx)")
	by := fs.String("by", "", "rows of the theme tables: an attribute name, \"speaker\", or empty for one row per interview")
	var themes multi
	fs.Var(&themes, "theme", "only this theme's section (repeatable)")
	parts := fs.String("parts", strings.Join(reportParts, ","), "the parts to write, comma-separated: "+strings.Join(reportParts, ", "))
	book := fs.String("codebook", "table", "the code book as a table in the method, or as an appendix at the end")
	fig := fs.String("figure", "codes", "the figure: a cloud of the sub-themes (codes) or of the most frequent words (words)")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 || *out == "" {
		return misuse(errReport, nil)
	}
	ch, err := reportChoices(*by, themes, *parts, *book, *fig)
	if err == nil {
		err = outFile(*out, ".docx")
	}
	if err != nil {
		return err
	}
	return readProject(pos[0], func(p *store.Project) error { return c.report(p, ch, *out) })
}

func (c *cli) report(p *store.Project, ch study.ReportChoices, out string) error {
	forms := study.NewForms()
	defer c.closeForms(forms)
	r, err := study.LoadReport(p, ch, forms)
	if err == nil {
		err = study.WriteFile(out, r.Write)
	}
	if err != nil {
		return err
	}
	c.say(i18n.TF("wrote {{.File}}", map[string]any{"File": out}))
	return nil
}

// reportChoices reads the report's flags.
func reportChoices(by string, themes []string, parts, book, fig string) (study.ReportChoices, error) {
	ch := study.ReportChoices{RowsBy: coding.ParseRowsBy(by), Themes: themes, Lang: i18n.Lang()}
	for _, name := range strings.Split(parts, ",") {
		switch strings.TrimSpace(name) {
		case "method":
			ch.Parts.Method = true
		case "codebook":
			ch.Parts.CodeBook = true
		case "themes":
			ch.Parts.Themes = true
		case "quotes":
			ch.Parts.Quotes = true
		case "findings":
			ch.Parts.Findings = true
		case "figure":
			ch.Parts.Figure = true
		case "":
		default:
			return ch, misuse(errReportPart, message.Args{"Part": name, "Parts": strings.Join(reportParts, ", ")})
		}
	}
	if err := oneOf("--codebook", book, "table", "appendix"); err != nil {
		return ch, err
	}
	if err := oneOf("--figure", fig, "codes", "words"); err != nil {
		return ch, err
	}
	ch.CodeBookAppendix = book == "appendix"
	if fig == "words" {
		ch.Figure = report.WordCloud
	} else {
		ch.Figure = report.CodeCloud
	}
	return ch, nil
}

// cmdQuote marks an excerpt as a chosen quote, or with --off unmarks it.
func cmdQuote(c *cli, args []string) error {
	fs := newFlags("quote")
	off := fs.Bool("off", false, "unmark the excerpt")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 2 {
		return misuse(errQuote, nil)
	}
	id, err := strconv.ParseInt(pos[1], 10, 64)
	if err != nil {
		return misuse(errQuote, nil)
	}
	return withProject(pos[0], func(p *store.Project) error {
		if _, err := (coding.SetQuote{ID: id, Quote: !*off}).Apply(p); err != nil {
			return err
		}
		if *off {
			c.say(i18n.TF("excerpt {{.ID}} is no longer a chosen quote", map[string]any{"ID": id}))
		} else {
			c.say(i18n.TF("excerpt {{.ID}} is a chosen quote", map[string]any{"ID": id}))
		}
		return nil
	})
}
