package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"teema/coding/cloud"
	"teema/coding/wordfreq"
	"teema/store"
	"teema/store/chart"
	"teema/store/workbook"
)

// formsList shows a word's first forms, with a count of the rest.
func formsList(forms []string, n int) string {
	if len(forms) <= n {
		return strings.Join(forms, ", ")
	}
	return fmt.Sprintf("%s (+%d)", strings.Join(forms[:n], ", "), len(forms)-n)
}

// writeWords writes the table as a workbook, a CSV file or a picture.
func (c *cli) writeWords(a wordfreqArgs, words []wordfreq.Word, note string) error {
	var buf bytes.Buffer
	var err error
	switch strings.ToLower(filepath.Ext(a.out)) {
	case ".csv":
		err = store.WriteWordsCSV(&buf, words)
	case ".xlsx":
		err = workbook.WriteWords(&buf, workbook.Words{Words: words, Note: note}, systemLang())
	case ".png":
		err = drawWords(&buf, a.picture, words)
	}
	if err == nil {
		err = writeFile(a.out, buf.Bytes())
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(c.out, "wrote %s (%d words; %s)\n", a.out, len(words), note)
	return nil
}

func drawWords(buf *bytes.Buffer, picture string, words []wordfreq.Word) error {
	if picture == "cloud" {
		ws := make([]cloud.Word, len(words))
		for i, w := range words {
			ws[i] = cloud.Word{Text: w.Word, Weight: w.Count}
		}
		_, err := chart.Cloud(buf, inLang("Word cloud", "Sanapilvi"), ws)
		return err
	}
	title := inLang("Most frequent words", "Yleisimmät sanat")
	bars := make([]chart.Bar, len(words))
	for i, w := range words {
		bars[i] = chart.Bar{Label: w.Word, Value: w.Count}
	}
	return chart.Bars(buf, title, bars)
}

// writeFile writes what was made in memory, so a failed export never
// leaves half a file.
func writeFile(path string, b []byte) error {
	if err := os.WriteFile(path, b, 0o644); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}

// inLang picks a picture's title in the user's language.
func inLang(en, fi string) string {
	if systemLang() == "fi" {
		return fi
	}
	return en
}
