package store

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"

	"teema/coding/wordfreq"
)

func TestWordTablesNeverStartAFormula(t *testing.T) {
	var buf bytes.Buffer
	words := []wordfreq.Word{{Word: "=cmd|' /C calc'!A0", Count: 2, Docs: 1, Share: 0.5, Forms: []string{"+x", "@y"}}}
	if err := WriteWordsCSV(&buf, words); err != nil {
		t.Fatal(err)
	}
	rows := readCSV(t, buf.String())
	if got := strings.Join(rows[1], "|"); got != "'=cmd|' /C calc'!A0|2|1|0.500000|'+x @y" {
		t.Errorf("words CSV row %q", got)
	}
	buf.Reset()
	if err := WriteKeysCSV(&buf, []wordfreq.Key{{Word: "-työ", A: 1, B: 9, G2: -7.5}}, "Kunnat", "@Yhteisöt"); err != nil {
		t.Fatal(err)
	}
	rows = readCSV(t, buf.String())
	if got := strings.Join(rows[1], "|"); got != "'-työ|1|9|-7.500|'@Yhteisöt" {
		t.Errorf("keys CSV row %q", got)
	}
}

func readCSV(t *testing.T, s string) [][]string {
	t.Helper()
	if !strings.HasPrefix(s, "\uFEFF") {
		t.Fatal("no BOM: Excel would misread the Finnish letters")
	}
	rows, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(s, "\uFEFF"))).ReadAll()
	if err != nil || len(rows) < 2 {
		t.Fatalf("CSV %q: %v", s, err)
	}
	return rows
}
