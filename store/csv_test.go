package store

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"

	"teema/coding"
)

func TestWriteExcerptsCSV(t *testing.T) {
	p := newProject(t)
	d := addDoc(t, p, "Asiakas 1", "H5: =SUM(A1) ei kaava.\n\nH5: Yhteistyö sujuu.")
	p.SetAttribute(d.ID, "ryhmä", "Kunnat")
	c := mustPath(t, p, "Yhteistyö/Päivittäinen yhteistyö")
	p.AddExcerpt(coding.Excerpt{DocID: d.ID, CodeID: c.ID, Start: 4, End: 12, Coder: "@liisa", Memo: "-huom"})
	p.AddExcerpt(coding.Excerpt{DocID: d.ID, CodeID: c.ID, Start: 28, End: 44, Coder: "liisa"})
	var buf bytes.Buffer
	if err := WriteExcerptsCSV(&buf, p); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(buf.String(), "\uFEFF") {
		t.Fatal("no BOM: Excel would garble ä and ö")
	}
	rows, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(buf.String(), "\uFEFF"))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	want := [][]string{
		{"document", "ryhmä", "theme", "sub-theme", "code", "speaker", "text", "memo", "coder", "start", "end"},
		{"Asiakas 1", "Kunnat", "Yhteistyö", "Päivittäinen yhteistyö", "Yhteistyö/Päivittäinen yhteistyö", "H5", "'=SUM(A1)", "'-huom", "'@liisa", "4", "12"},
		{"Asiakas 1", "Kunnat", "Yhteistyö", "Päivittäinen yhteistyö", "Yhteistyö/Päivittäinen yhteistyö", "H5", "Yhteistyö sujuu.", "", "liisa", "28", "44"},
	}
	if len(rows) != len(want) {
		t.Fatalf("%d rows: %q", len(rows), rows)
	}
	for i := range want {
		if strings.Join(rows[i], "|") != strings.Join(want[i], "|") {
			t.Errorf("row %d:\n got %q\nwant %q", i, rows[i], want[i])
		}
	}
}
