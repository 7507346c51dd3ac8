package store

import (
	"encoding/csv"
	"io"
	"strconv"
	"strings"

	"teema/coding/wordfreq"
)

// WriteWordsCSV writes a word-frequency table: word, count, number of
// interviews, share and the merged forms, with a BOM so Excel reads the
// Finnish letters. Numbers use a decimal point, as CSV readers expect;
// the .xlsx export is the one that follows the reader's locale.
func WriteWordsCSV(w io.Writer, words []wordfreq.Word) error {
	return writeCSV(w, []string{"word", "count", "docs", "share", "forms"}, len(words), func(i int) []string {
		wd := words[i]
		return []string{SafeCell(wd.Word), strconv.Itoa(wd.Count), strconv.Itoa(wd.Docs),
			strconv.FormatFloat(wd.Share, 'f', 6, 64), SafeCell(strings.Join(wd.Forms, " "))}
	})
}

// WriteKeysCSV writes a keyness table: word, its counts in groups a and
// b, the log-likelihood (positive: characteristic of a) and the group it
// characterises.
func WriteKeysCSV(w io.Writer, keys []wordfreq.Key, a, b string) error {
	return writeCSV(w, []string{"word", "count_a", "count_b", "g2", "characteristic_of"}, len(keys), func(i int) []string {
		k := keys[i]
		side := a
		if k.G2 < 0 {
			side = b
		}
		return []string{SafeCell(k.Word), strconv.Itoa(k.A), strconv.Itoa(k.B),
			strconv.FormatFloat(k.G2, 'f', 3, 64), SafeCell(side)}
	})
}

func writeCSV(w io.Writer, head []string, n int, row func(int) []string) error {
	if _, err := io.WriteString(w, "\uFEFF"); err != nil {
		return err
	}
	cw := csv.NewWriter(w)
	if err := cw.Write(head); err != nil {
		return err
	}
	for i := 0; i < n; i++ {
		if err := cw.Write(row(i)); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}
