package main

import (
	"bytes"
	"fmt"
	"os"
	"strings"

	"teema/coding"
	"teema/store"
	"teema/store/workbook"
)

func init() {
	register("summary", "summary PROJECT --code PATH --row ROW [--by ATTR] --text TEXT", cmdSummary)
	register("matrix", "matrix PROJECT --out FILE.xlsx [--by ATTR] [--theme PATH]...", cmdMatrix)
}

func cmdSummary(c *cli, args []string) error {
	fs := newFlags("summary")
	codePath := fs.String("code", "", "the cell's column: a code path")
	row := fs.String("row", "", "the cell's row: a document (default), an attribute value or a speaker")
	by := fs.String("by", "", "rows: an attribute name, \"speaker\", or empty for one row per interview")
	text := fs.String("text", "", "the summary: bullet lines (an empty text removes it)")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 || *codePath == "" || *row == "" {
		return usagef("summary needs a project, --code and --row")
	}
	return withProject(pos[0], func(p *store.Project) error {
		code, _, err := findCode(p, *codePath)
		if err != nil {
			return err
		}
		corpus, err := p.Corpus()
		if err != nil {
			return err
		}
		rowsBy := coding.ParseRowsBy(*by)
		r, err := findRow(corpus, rowsBy, *row)
		if err != nil {
			return err
		}
		key := coding.SummaryKey{CodeID: code.ID, RowsBy: rowsBy.String(), Row: r.Key}
		if _, err := p.SetSummary(key, strings.ReplaceAll(*text, `\n`, "\n")); err != nil {
			return err
		}
		fmt.Fprintf(c.out, "saved the summary of %s × %s\n", *codePath, r.Label)
		return nil
	})
}

// findRow resolves a user's row: its label (a document name, an attribute
// value, a speaker) or its key (a document id).
func findRow(c coding.Corpus, by coding.RowsBy, ref string) (coding.Row, error) {
	rows := c.Rows(by)
	for _, r := range rows {
		if r.Label == ref || r.Key == ref {
			return r, nil
		}
	}
	for _, r := range rows {
		if strings.EqualFold(r.Label, ref) {
			return r, nil
		}
	}
	labels := make([]string, len(rows))
	for i, r := range rows {
		labels[i] = r.Label
	}
	return coding.Row{}, fmt.Errorf("row %q does not exist; the rows are: %s", ref, strings.Join(labels, ", "))
}

func cmdMatrix(c *cli, args []string) error {
	fs := newFlags("matrix")
	out := fs.String("out", "", "the workbook to write (.xlsx)")
	by := fs.String("by", "", "rows: an attribute name, \"speaker\", or empty for one row per interview")
	var themes multi
	fs.Var(&themes, "theme", "write only this theme's sheet (repeatable)")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 || *out == "" {
		return usagef("matrix needs a project and --out FILE.xlsx")
	}
	if !strings.EqualFold(strings.TrimSpace((*out)[max(0, len(*out)-5):]), ".xlsx") {
		return usagef("--out must name an .xlsx file")
	}
	return readProject(pos[0], func(p *store.Project) error { return c.matrix(p, *out, *by, themes) })
}

func (c *cli) matrix(p *store.Project, out, by string, themes []string) error {
	corpus, err := p.Corpus()
	if err != nil {
		return err
	}
	o := workbook.Options{RowsBy: coding.ParseRowsBy(by), Lang: systemLang()}
	if o.RowsBy.Kind == coding.ByAttribute && len(coding.AttributeKeys(corpus.Docs)) > 0 && !hasAttr(corpus, o.RowsBy.Attr) {
		return fmt.Errorf("no document has the attribute %q (attributes: %s)", o.RowsBy.Attr, strings.Join(coding.AttributeKeys(corpus.Docs), ", "))
	}
	for _, path := range themes {
		code, ok := corpus.Book.Lookup(path)
		if !ok || code.ParentID != 0 {
			return fmt.Errorf("theme %q does not exist (see teema-cli codes)", path)
		}
		o.Themes = append(o.Themes, code.ID)
	}
	if o.Findings, err = p.Findings(); err != nil {
		return err
	}
	if o.Title, err = p.Name(); err != nil {
		return err
	}
	// Written to memory first, so a failed export never leaves half a file.
	var buf bytes.Buffer
	if err := workbook.Write(&buf, corpus, o); err != nil {
		return fmt.Errorf("write %s: %w", out, err)
	}
	if err := os.WriteFile(out, buf.Bytes(), 0o644); err != nil {
		return fmt.Errorf("write %s: %w", out, err)
	}
	fmt.Fprintf(c.out, "wrote %s (%d interviews, %d excerpts)\n", out, len(corpus.Docs), len(corpus.Excerpts))
	return nil
}

func hasAttr(c coding.Corpus, attr string) bool {
	for _, k := range coding.AttributeKeys(c.Docs) {
		if k == attr {
			return true
		}
	}
	return false
}

// systemLang picks Finnish headers when the user's locale is Finnish.
func systemLang() string {
	for _, v := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if l := os.Getenv(v); l != "" {
			if strings.HasPrefix(strings.ToLower(l), "fi") {
				return "fi"
			}
			return "en"
		}
	}
	return "en"
}
