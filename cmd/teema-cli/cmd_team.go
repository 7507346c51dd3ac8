package main

import (
	"bytes"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"text/tabwriter"

	"teema/coding"
	"teema/coding/agreement"
	"teema/store"
	"teema/store/merge"
	"teema/store/workbook"
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
		return usagef("merge takes a project and the project to merge into it")
	}
	if same, _ := sameProjectFile(pos[0], pos[1]); same {
		return fmt.Errorf("%s is the project itself", pos[1])
	}
	src, problems, err := readSource(pos[1])
	if err != nil {
		return err
	}
	return withProject(pos[0], func(p *store.Project) error {
		r, err := merge.Into(p, src)
		if err != nil {
			return err
		}
		fmt.Fprintln(c.out, strings.Join(r.Lines(), "\n"))
		for _, line := range problems {
			fmt.Fprintln(c.out, "reading "+filepath.Base(pos[1])+": "+line)
		}
		return nil
	})
}

// readSource reads the other coder's project by its file's extension. A
// .qdpx may hold things Teema cannot read; problems lists them.
func readSource(path string) (src merge.Source, problems []string, err error) {
	switch strings.ToLower(filepath.Ext(path)) {
	case store.Extension:
		src, err = merge.ReadTeema(path)
		return src, nil, err
	case ".qdpx":
		src, rep, err := merge.ReadQDPX(path)
		return src, rep.Problems(), err
	}
	return merge.Source{}, nil, usagef("%s: merge reads %s and .qdpx projects", path, store.Extension)
}

func sameProjectFile(a, b string) (bool, error) {
	sa, err := os.Stat(a)
	if err != nil {
		return false, err
	}
	sb, err := os.Stat(b)
	if err != nil {
		return false, err
	}
	return os.SameFile(sa, sb), nil
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
		return usagef("agreement takes one project")
	}
	coderA, coderB, ok := strings.Cut(a.coders, ",")
	coderA, coderB = strings.TrimSpace(coderA), strings.TrimSpace(coderB)
	if !ok || coderA == "" || coderB == "" || strings.Contains(coderB, ",") {
		return usagef("--coders names two coders: --coders A,B")
	}
	if a.out != "" && !strings.EqualFold(filepath.Ext(a.out), ".xlsx") {
		return usagef("--out must name an .xlsx file")
	}
	return readProject(pos[0], func(p *store.Project) error {
		r, err := computeAgreement(p, agreement.Options{CoderA: coderA, CoderB: coderB}, a.codes)
		if err != nil {
			return err
		}
		return c.agreement(p, r, a)
	})
}

// computeAgreement loads what the comparison needs and checks that both
// coders coded something, naming the coders there are when not.
func computeAgreement(p *store.Project, o agreement.Options, paths []string) (agreement.Report, error) {
	var in agreement.Input
	var err error
	if in.Book, err = p.CodeBook(); err != nil {
		return agreement.Report{}, err
	}
	for _, path := range paths {
		code, ok := in.Book.Lookup(path)
		if !ok {
			return agreement.Report{}, fmt.Errorf("code %q does not exist (see teema-cli codes)", path)
		}
		o.Codes = append(o.Codes, code.ID)
	}
	if in.Excerpts, err = p.Excerpts(coding.ExcerptFilter{}); err != nil {
		return agreement.Report{}, err
	}
	if err := checkCoders(in.Excerpts, o.CoderA, o.CoderB); err != nil {
		return agreement.Report{}, err
	}
	if in.Docs, err = documentsWithText(p); err != nil {
		return agreement.Report{}, err
	}
	return agreement.Compute(in, o)
}

func checkCoders(es []coding.Excerpt, want ...string) error {
	seen := map[string]bool{}
	for _, e := range es {
		seen[e.Coder] = true
	}
	for _, w := range want {
		if !seen[w] {
			return fmt.Errorf("coder %q has no codings in this project (coders: %s)", w, strings.Join(sortedNames(seen), ", "))
		}
	}
	return nil
}

func sortedNames(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// documentsWithText loads every document with its text, in name order.
func documentsWithText(p *store.Project) ([]coding.Document, error) {
	infos, err := p.Documents()
	if err != nil {
		return nil, err
	}
	docs := make([]coding.Document, 0, len(infos))
	for _, info := range infos {
		d, err := p.Document(info.ID)
		if err != nil {
			return nil, err
		}
		docs = append(docs, d)
	}
	return docs, nil
}

func (c *cli) agreement(p *store.Project, r agreement.Report, a agreementArgs) error {
	if a.out != "" {
		// Written to memory first, so a failed export never leaves half a file.
		var buf bytes.Buffer
		if err := workbook.WriteAgreement(&buf, r, systemLang()); err != nil {
			return fmt.Errorf("write %s: %w", a.out, err)
		}
		if err := os.WriteFile(a.out, buf.Bytes(), 0o644); err != nil {
			return fmt.Errorf("write %s: %w", a.out, err)
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
	fmt.Fprintf(c.out, "\ndocuments coded by both %s and %s, compared: %d; disagreements: %d\n",
		r.CoderA, r.CoderB, len(r.Docs), len(r.Disagreements))
	if len(r.Left) > 0 {
		names, err := docNames(p, r.Left)
		if err != nil {
			return err
		}
		fmt.Fprintf(c.out, "left out, coded by only one of them: %s\n", strings.Join(names, ", "))
	}
	if out != "" {
		fmt.Fprintf(c.out, "wrote %s\n", out)
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
