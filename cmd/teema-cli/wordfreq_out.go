package main

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"text/tabwriter"

	"teema/coding/cloud"
	"teema/coding/wordfreq"
	"teema/i18n"
	"teema/store"
	"teema/store/chart"
	"teema/store/workbook"
	"teema/study"
)

// printWords prints the counted words as a table, CSV or JSON, with a line
// that says what was counted under the table.
func (c *cli) printWords(format string, words []wordfreq.Word, note string) error {
	switch format {
	case "json":
		if words == nil {
			words = []wordfreq.Word{}
		}
		return c.json(words)
	case "csv":
		return store.WriteWordsCSV(c.out, words)
	}
	tw := tabwriter.NewWriter(c.out, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "WORD\tCOUNT\tDOCS\tSHARE\tFORMS")
	for _, w := range words {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%.2f %%\t%s\n", w.Word, w.Count, w.Docs, 100*w.Share, formsList(w.Forms, 5))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	c.say("", note)
	return nil
}

// formsList shows a word's first forms, with a count of the rest.
func formsList(forms []string, n int) string {
	if len(forms) <= n {
		return strings.Join(forms, ", ")
	}
	return fmt.Sprintf("%s (+%d)", strings.Join(forms[:n], ", "), len(forms)-n)
}

// writeWords writes the table as a workbook, a CSV file or a picture; a
// cloud is titled cloudTitle.
func (c *cli) writeWords(a wordfreqArgs, words []wordfreq.Word, note, cloudTitle string) error {
	err := study.WriteFile(a.out, func(w io.Writer) error {
		switch strings.ToLower(filepath.Ext(a.out)) {
		case ".csv":
			return store.WriteWordsCSV(w, words)
		case ".xlsx":
			return workbook.WriteWords(w, workbook.Words{Words: words, Note: note}, i18n.Lang())
		}
		return drawWords(w, a.picture, words, cloudTitle)
	})
	if err != nil {
		return err
	}
	c.say(i18n.TF("wrote {{.File}} ({{.N}} words; {{.Note}})", map[string]any{"File": a.out, "N": len(words), "Note": note}))
	return nil
}

func drawWords(w io.Writer, picture string, words []wordfreq.Word, cloudTitle string) error {
	if picture == "cloud" {
		ws := make([]cloud.Word, len(words))
		for i, w := range words {
			ws[i] = cloud.Word{Text: w.Word, Weight: w.Count}
		}
		_, err := chart.Cloud(w, cloudTitle, ws)
		return err
	}
	bars := make([]chart.Bar, len(words))
	for i, w := range words {
		bars[i] = chart.Bar{Label: w.Word, Value: w.Count}
	}
	return chart.Bars(w, i18n.T("Most frequent words"), bars)
}
