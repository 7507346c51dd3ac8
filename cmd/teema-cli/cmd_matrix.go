package main

import (
	"strings"

	"teema/coding"
	"teema/i18n"
	"teema/message"
	"teema/store"
	"teema/study"
)

func init() {
	register("summary", "summary PROJECT --code PATH --row ROW [--by ATTR] --text TEXT", cmdSummary)
	register("matrix", "matrix PROJECT --out FILE.xlsx [--by ATTR] [--theme PATH]... [--empty-themes]", cmdMatrix)
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
		return misuse(errSummary, nil)
	}
	return withProject(pos[0], func(p *store.Project) error {
		code, err := codeID(p, *codePath)
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
		key := coding.SummaryKey{CodeID: code, RowsBy: rowsBy.String(), Row: r.Key}
		if _, err := p.SetSummary(key, strings.ReplaceAll(*text, `\n`, "\n")); err != nil {
			return err
		}
		c.say(i18n.TF("saved the summary of {{.Code}} × {{.Row}}", map[string]any{"Code": *codePath, "Row": r.Label}))
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
	return coding.Row{}, errNoRow.New(message.Args{"Row": ref, "Rows": strings.Join(labels, ", ")})
}

func cmdMatrix(c *cli, args []string) error {
	fs := newFlags("matrix")
	out := fs.String("out", "", "the workbook to write (.xlsx)")
	by := fs.String("by", "", "rows: an attribute name, \"speaker\", or empty for one row per interview")
	var themes multi
	fs.Var(&themes, "theme", "write only this theme's sheet (repeatable)")
	empty := fs.Bool("empty-themes", false, "give every theme a sheet, also those nothing is coded with yet")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 || *out == "" {
		return misuse(errMatrix, nil)
	}
	if err := outFile(*out, ".xlsx"); err != nil {
		return err
	}
	return readProject(pos[0], func(p *store.Project) error {
		b, err := study.LoadWorkbook(p, coding.ParseRowsBy(*by), themes, i18n.Lang())
		if *empty {
			b = b.WithEmptyThemes()
		}
		if err == nil {
			err = study.WriteFile(*out, b.Write)
		}
		if err != nil {
			return err
		}
		c.say(i18n.TF("wrote {{.File}} ({{.Interviews}} interviews, {{.Excerpts}} excerpts)",
			map[string]any{"File": *out, "Interviews": b.Interviews, "Excerpts": b.Excerpts}))
		return nil
	})
}
