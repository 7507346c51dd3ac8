package main

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"text/tabwriter"

	"teema/coding/wordfreq"
	"teema/i18n"
	"teema/store"
	"teema/store/workbook"
	"teema/study"
)

// compare counts two groups of interviews, KEY=A against KEY=B, within
// the rest of the scope, and lists the words most characteristic of each.
func (c *cli) compare(p *store.Project, q study.WordQuery, a wordfreqArgs, forms *study.Forms) error {
	key, va, vb, err := a.groups()
	if err != nil {
		return err
	}
	cmp, err := study.CompareGroups(p, q, key, va, vb, forms)
	if err != nil {
		return err
	}
	c.notes(cmp.Notes)
	note := i18n.TF("{{.Key}}={{.A}}: {{.WordsA}} words in {{.DocsA}} interviews; {{.Key}}={{.B}}: {{.WordsB}} words in {{.DocsB}} interviews; {{.Settings}}",
		map[string]any{"Key": key, "A": cmp.A.Value, "WordsA": cmp.A.Words, "DocsA": cmp.A.Docs,
			"B": cmp.B.Value, "WordsB": cmp.B.Words, "DocsB": cmp.B.Docs, "Settings": settings(a, cmp.Forms, cmp.Own)})
	if a.out != "" {
		return c.writeKeys(a.out, cmp, note)
	}
	return c.printKeys(a.format, cmp, note)
}

// writeKeys writes the comparison as a workbook or a CSV file.
func (c *cli) writeKeys(path string, cmp study.Comparison, note string) error {
	err := study.WriteFile(path, func(w io.Writer) error {
		if strings.EqualFold(filepath.Ext(path), ".csv") {
			return store.WriteKeysCSV(w, cmp.Keys, cmp.A.Value, cmp.B.Value)
		}
		return workbook.WriteKeys(w, workbook.Keys{Keys: cmp.Keys, A: cmp.A.Value, B: cmp.B.Value,
			SizeA: cmp.A.Words, SizeB: cmp.B.Words, Note: note}, i18n.Lang())
	})
	if err != nil {
		return err
	}
	c.say(i18n.TF("wrote {{.File}} ({{.N}} words; {{.Note}})", map[string]any{"File": path, "N": len(cmp.Keys), "Note": note}))
	return nil
}

// printKeys prints the comparison as a table, CSV or JSON.
func (c *cli) printKeys(format string, cmp study.Comparison, note string) error {
	keys, va, vb := cmp.Keys, cmp.A.Value, cmp.B.Value
	switch format {
	case "json":
		if keys == nil {
			keys = []wordfreq.Key{}
		}
		return c.json(keys)
	case "csv":
		return store.WriteKeysCSV(c.out, keys, va, vb)
	}
	tw := tabwriter.NewWriter(c.out, 0, 4, 2, ' ', 0)
	fmt.Fprintf(tw, "WORD\t%s\t%s\tG2\tCHARACTERISTIC OF\n", strings.ToUpper(va), strings.ToUpper(vb))
	for _, k := range keys {
		side := va
		if k.G2 < 0 {
			side = vb
		}
		fmt.Fprintf(tw, "%s\t%d\t%d\t%.2f\t%s\n", k.Word, k.A, k.B, k.G2, side)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	c.say("", note, i18n.T("|G2| above 3.84 is significant at p < 0.05, above 6.63 at p < 0.01"))
	return nil
}
