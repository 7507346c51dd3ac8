package main

import (
	"fmt"
	"io"
	"math"
	"path/filepath"
	"strings"
	"text/tabwriter"

	"teema/coding/agreement"
	"teema/i18n"
	"teema/message"
	"teema/store"
	"teema/store/workbook"
	"teema/study"
)

func init() {
	register("merge", "merge PROJECT OTHER.teema|OTHER.qdpx", cmdMerge)
	register("agreement", "agreement PROJECT --coders A,B [--code PATH]... [--json] [--out FILE.xlsx]", cmdAgreement)
}

func cmdMerge(c *cli, args []string) error {
	pos, err := parse(newFlags("merge"), args)
	if err != nil {
		return err
	}
	if len(pos) != 2 {
		return misuse(errMergeArgs, nil)
	}
	if ext := strings.ToLower(filepath.Ext(pos[1])); ext != store.Extension && ext != ".qdpx" {
		return misuse(errMergeExt, message.Args{"File": pos[1]})
	}
	return withProject(pos[0], func(p *store.Project) error {
		m, err := study.Merge(p, pos[1])
		if err != nil {
			return err
		}
		c.say(i18n.Lines(m.Report.Notes())...)
		for _, line := range i18n.Lines(m.Problems) {
			c.say(i18n.TF("reading {{.File}}: {{.Problem}}", map[string]any{"File": filepath.Base(pos[1]), "Problem": line}))
		}
		c.say(i18n.TF("The project as it was before the merge is backed up in {{.File}}.", map[string]any{"File": m.Backup.Path}))
		return nil
	})
}

type agreementArgs struct {
	coders, out string
	codes       multi
	asJSON      bool
}

func cmdAgreement(c *cli, args []string) error {
	fs := newFlags("agreement")
	var a agreementArgs
	fs.StringVar(&a.coders, "coders", "", "the two coders to compare: A,B")
	fs.Var(&a.codes, "code", "compare only this code (repeatable)")
	fs.BoolVar(&a.asJSON, "json", false, "print JSON")
	fs.StringVar(&a.out, "out", "", "also write the figures and disagreements to an .xlsx")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return misuse(errOneProject, message.Args{"Command": "agreement"})
	}
	coderA, coderB, ok := strings.Cut(a.coders, ",")
	coderA, coderB = strings.TrimSpace(coderA), strings.TrimSpace(coderB)
	if !ok || coderA == "" || coderB == "" || strings.Contains(coderB, ",") {
		return misuse(errCoders, nil)
	}
	if err := outFile(a.out, ".xlsx"); err != nil {
		return err
	}
	return readProject(pos[0], func(p *store.Project) error {
		o := agreement.Options{CoderA: coderA, CoderB: coderB}
		if len(a.codes) > 0 {
			if o.Codes, err = study.CodeIDs(p, a.codes); err != nil {
				return err
			}
		}
		r, err := study.Agreement(p, o)
		if err != nil {
			return err
		}
		return c.agreement(p, r, a)
	})
}

func (c *cli) agreement(p *store.Project, r agreement.Report, a agreementArgs) error {
	if a.out != "" {
		err := study.WriteFile(a.out, func(w io.Writer) error { return workbook.WriteAgreement(w, r, i18n.Lang()) })
		if err != nil {
			return err
		}
	}
	if a.asJSON {
		return c.json(agreementToJSON(r))
	}
	if err := c.agreementTable(r); err != nil {
		return err
	}
	return c.agreementNotes(p, r, a.out)
}

func (c *cli) agreementTable(r agreement.Report) error {
	tw := tabwriter.NewWriter(c.out, 0, 4, 2, ' ', 0)
	fmt.Fprintf(tw, "CODE\tAGREEMENT\tKAPPA\tALPHA\t%s\t%s\tBOTH\t\n", r.CoderA, r.CoderB)
	row := func(name string, t agreement.Tally) {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%d\t%d\t%d\t\n", name, statText(t.Percent(), "%.1f %%"),
			statText(t.Kappa(), "%.3f"), statText(t.Alpha(), "%.3f"), t.A(), t.B(), t.Both)
	}
	for _, code := range r.Codes {
		row(code.Path, code.Tally)
	}
	row("(all codes)", r.Overall)
	return tw.Flush()
}

// statText prints an undefined statistic as a dash, never as NaN.
func statText(v float64, format string) string {
	if math.IsNaN(v) {
		return "–"
	}
	return fmt.Sprintf(format, v)
}

// agreementNotes says which documents were compared and which left out.
func (c *cli) agreementNotes(p *store.Project, r agreement.Report, out string) error {
	c.say("", i18n.TF("documents coded by both {{.A}} and {{.B}}, compared: {{.Docs}}; disagreements: {{.Disagreements}}",
		map[string]any{"A": r.CoderA, "B": r.CoderB, "Docs": len(r.Docs), "Disagreements": len(r.Disagreements)}))
	if len(r.Left) > 0 {
		names, err := docNames(p, r.Left)
		if err != nil {
			return err
		}
		c.say(i18n.TF("left out, coded by only one of them: {{.Documents}}", map[string]any{"Documents": strings.Join(names, ", ")}))
	}
	if out != "" {
		c.say(i18n.TF("wrote {{.File}}", map[string]any{"File": out}))
	}
	return nil
}

func docNames(p *store.Project, ids []int64) ([]string, error) {
	docs, err := p.Documents()
	if err != nil {
		return nil, err
	}
	byID := map[int64]string{}
	for _, d := range docs {
		byID[d.ID] = d.Name
	}
	names := make([]string, len(ids))
	for i, id := range ids {
		names[i] = byID[id]
	}
	return names, nil
}

// figuresJSON holds a statistic as null when it is undefined: JSON has
// no NaN. Figures are rounded to six decimals; beyond that is floating
// point noise.
type figuresJSON struct {
	Kappa   *float64 `json:"kappa"`
	Alpha   *float64 `json:"alpha"`
	Percent *float64 `json:"percent"`
}

type codeFiguresJSON struct {
	Code string `json:"code"`
	figuresJSON
}

type agreementJSON struct {
	Overall figuresJSON       `json:"overall"`
	Codes   []codeFiguresJSON `json:"codes"`
}

func agreementToJSON(r agreement.Report) agreementJSON {
	out := agreementJSON{Overall: figuresOf(r.Overall), Codes: make([]codeFiguresJSON, len(r.Codes))}
	for i, c := range r.Codes {
		out.Codes[i] = codeFiguresJSON{Code: c.Path, figuresJSON: figuresOf(c.Tally)}
	}
	return out
}

func figuresOf(t agreement.Tally) figuresJSON {
	return figuresJSON{Kappa: defined(t.Kappa()), Alpha: defined(t.Alpha()), Percent: defined(t.Percent())}
}

func defined(v float64) *float64 {
	if math.IsNaN(v) {
		return nil
	}
	v = math.Round(v*1e6) / 1e6
	return &v
}
