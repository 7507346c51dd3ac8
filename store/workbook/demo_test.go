package workbook

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"teema/coding"
	"teema/store"
	"teema/store/demo"
)

// demoCorpus is the demo study with one summary written for the row
// choice by, and findings.
func demoCorpus(t *testing.T, by coding.RowsBy) (coding.Corpus, []coding.Finding, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "demo"+store.Extension)
	if err := demo.Write(path); err != nil {
		t.Fatal(err)
	}
	p, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	cb, err := p.CodeBook()
	if err != nil {
		t.Fatal(err)
	}
	sub, _ := cb.Lookup("Yhteistyö/Päivittäinen yhteistyö")
	key := coding.SummaryKey{CodeID: sub.ID, RowsBy: by.String(), Row: "Kunnat"}
	if _, err := p.SetSummary(key, "- tiivistys\n- toinen"); err != nil {
		t.Fatal(err)
	}
	for _, f := range []coding.Finding{
		{Finding: "Tiedottaminen häiriöistä on myöhäistä.", Proposal: "Häiriötiedote tekstiviestinä."},
		{Finding: "Yhteyshenkilöt vaihtuvat.", Proposal: "Nimetty yhteyshenkilö jokaiselle asiakkaalle."},
	} {
		if _, _, err := p.PutFinding(f); err != nil {
			t.Fatal(err)
		}
	}
	c, err := p.Corpus()
	if err != nil {
		t.Fatal(err)
	}
	findings, err := p.Findings()
	if err != nil {
		t.Fatal(err)
	}
	name, err := p.Name()
	if err != nil {
		t.Fatal(err)
	}
	return c, findings, name
}

func TestDemoWorkbook(t *testing.T) {
	by := coding.RowsBy{Kind: coding.ByAttribute, Attr: "ryhmä"}
	c, findings, title := demoCorpus(t, by)
	f, raw := write(t, c, Options{RowsBy: by, Lang: "fi", Findings: findings, Title: title})

	t.Run("properties", func(t *testing.T) {
		props, err := f.GetDocProps()
		if err != nil {
			t.Fatal(err)
		}
		if props.Title != title || props.Creator != "Teema" {
			t.Errorf("title %q, creator %q", props.Title, props.Creator)
		}
	})

	t.Run("interviews", func(t *testing.T) {
		rows, err := f.GetRows("Haastattelut")
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, r := range rows {
			got = append(got, r[0])
		}
		want := []string{"Haastattelu", "Kunnat", "Asiakas 1", "Asiakas 2", "Asiakas 3", "Kuntayhtymät", "Asiakas 4", "Asiakas 5",
			"Yhteisöt", "Asiakas 6", "Asiakas 7", "7 haastattelua · 11 henkilöä"}
		if strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("column A %q, want %q", got, want)
		}
		if h := strings.Join(rows[0], "|"); h != "Haastattelu|haastateltavia|palvelut|rooli|ryhmä|Henkilöitä" {
			t.Errorf("header %q", h)
		}
		if r := strings.Join(rows[2], "|"); r != "Asiakas 1|2|HR ja talous|esimies|Kunnat|2" {
			t.Errorf("Asiakas 1: %q", r)
		}
	})

	t.Run("code book", func(t *testing.T) {
		rows, err := f.GetRows("Koodikirja")
		if err != nil {
			t.Fatal(err)
		}
		if h := strings.Join(rows[0], "|"); h != "Teema|Alateemat" {
			t.Errorf("header %q", h)
		}
		if r := strings.Join(rows[5], "|"); r != "Kehitettävät asiat ja yhteistyön riskit|Henkilöstö|Muutokset|Toimintatavat" {
			t.Errorf("row 6: %q", r)
		}
		if r := strings.Join(rows[10], "|"); r != "Koodi|Määritelmä" {
			t.Errorf("definitions header %q", r)
		}
		if r := strings.Join(rows[11], "|"); r != "Asiakasodotukset|Mitä asiakas odottaa palvelukeskukselta." {
			t.Errorf("first definition %q", r)
		}
		if len(rows) != 11+c.Book.Len() {
			t.Errorf("%d rows for %d codes", len(rows), c.Book.Len())
		}
	})

	t.Run("theme sheets", func(t *testing.T) {
		sheets := f.GetSheetList()
		quote := func(e coding.Excerpt) string { return c.Quoter(coding.QuoteRule{}).Quote(e, 0) }
		themes := c.Book.Children(0)
		for i, id := range themes {
			sheet := sheets[2+i]
			m := c.ThemeMatrix(id, by)
			rows, err := f.GetRows(sheet)
			if err != nil {
				t.Fatal(err)
			}
			if rows[0][0] != m.Title {
				t.Errorf("%s: A1 %q, want %q", sheet, rows[0][0], m.Title)
			}
			for j, col := range m.Columns {
				if got := cell(t, f, sheet, 2+j, 1); got != col.Name {
					t.Errorf("%s: header %d is %q, want %q", sheet, j, got, col.Name)
				}
			}
			if len(rows) != 1+len(m.Rows) {
				t.Fatalf("%s: %d rows, want %d", sheet, len(rows), 1+len(m.Rows))
			}
			for r, row := range m.Rows {
				if got := cell(t, f, sheet, 1, 2+r); got != row.Label {
					t.Errorf("%s: row %d is %q, want %q", sheet, r, got, row.Label)
				}
				for j := range m.Columns {
					if got, want := cell(t, f, sheet, 2+j, 2+r), coding.CellText(m.Cells[r][j], quote); got != want {
						t.Errorf("%s %s/%s:\n got %q\nwant %q", sheet, row.Label, m.Columns[j].Name, got, want)
					}
				}
			}
			panes, _ := f.GetPanes(sheet)
			if !panes.Freeze || panes.XSplit != 1 || panes.YSplit != 1 {
				t.Errorf("%s: panes %+v, want the header row and labels frozen", sheet, panes)
			}
		}
		if cell(t, f, "Yhteistyö", 1, 2) != "Kunnat" || cell(t, f, "Yhteistyö", 3, 1) != "Päivittäinen yhteistyö" {
			t.Fatal("C2 is not Kunnat × Päivittäinen yhteistyö")
		}
		if m := c.ThemeMatrix(themes[2], by); len(m.Cells[0][1].Excerpts) == 0 {
			t.Fatal("the summarised cell has no excerpts to win over")
		}
		if got := cell(t, f, "Yhteistyö", 3, 2); got != "- tiivistys\n- toinen" {
			t.Errorf("the summary does not win over the excerpts: %q", got)
		}
		if got := cell(t, f, "Yhteistyö", 2, 2); !strings.Contains(got, "” (H1)\n") || !strings.Contains(got, "” (H3)") {
			t.Errorf("quotes by group do not name the interview by its code: %q", got)
		}
	})

	t.Run("excerpts", func(t *testing.T) {
		rows, err := f.GetRows("Otteet")
		if err != nil {
			t.Fatal(err)
		}
		if len(rows) != len(c.Excerpts)+1 {
			t.Errorf("%d rows for %d excerpts", len(rows), len(c.Excerpts))
		}
		header := "Haastattelu|haastateltavia|palvelut|rooli|ryhmä|Teema|Alateema|Koodi|Puhuja|Teksti|Muistio|Koodaaja|Alku|Loppu"
		if h := strings.Join(rows[0], "|"); h != header {
			t.Errorf("header\n got %q\nwant %q", h, header)
		}
		e := c.Excerpts[0]
		d, _ := c.Doc(e.DocID)
		path := c.Book.Path(e.CodeID)
		theme, sub, _ := strings.Cut(path, "/")
		want := []string{d.Name, d.Attributes["haastateltavia"], d.Attributes["palvelut"], d.Attributes["rooli"], d.Attributes["ryhmä"],
			theme, sub, path, c.Speaker(e), e.Text, e.Memo, e.Coder, strconv.Itoa(e.Start), strconv.Itoa(e.End)}
		for i := range want {
			if i < len(rows[1]) && rows[1][i] != want[i] || i >= len(rows[1]) && want[i] != "" {
				t.Errorf("column %d of the first excerpt: %q, want %q", i+1, rows[1], want[i])
			}
		}
		if !isNumber(t, f, "Otteet", "M2") {
			t.Error("start is not written as a number")
		}
		panes, _ := f.GetPanes("Otteet")
		if !panes.Freeze || panes.YSplit != 1 || panes.XSplit != 0 {
			t.Errorf("panes %+v, want the header row frozen", panes)
		}
		ref := fmt.Sprintf("A1:N%d", len(c.Excerpts)+1)
		if n := sheetsWith(t, raw, `<autoFilter ref="`+ref+`"`); n != 1 {
			t.Errorf("%d sheets have an autofilter over %s", n, ref)
		}
		filter := false
		for _, dn := range f.GetDefinedName() {
			filter = filter || dn.Name == "_xlnm._FilterDatabase" && dn.Scope == "Otteet" && strings.ReplaceAll(dn.RefersTo, "$", "") == "'Otteet'!"+ref
		}
		if !filter {
			t.Errorf("no filter database over %s: %+v", ref, f.GetDefinedName())
		}
	})

	t.Run("counts", func(t *testing.T) {
		codes := allCodes(c.Book)
		n := c.Counts(codes, by)
		rows, err := f.GetRows("Määrät")
		if err != nil {
			t.Fatal(err)
		}
		if rows[0][0] != "Otteita" || strings.Join(rows[1], "|") != "Koodi|Kunnat|Kuntayhtymät|Yhteisöt|Yhteensä" {
			t.Fatalf("block head %q %q", rows[0], rows[1])
		}
		for j, code := range codes {
			if rows[2+j][0] != c.Book.Path(code.ID) {
				t.Errorf("row %d is %q, want %q", j, rows[2+j][0], c.Book.Path(code.ID))
			}
			total := 0
			for i, x := range n.Cells[j] {
				total += x.Excerpts
				if got := cell(t, f, "Määrät", 2+i, 3+j); got != strconv.Itoa(x.Excerpts) {
					t.Errorf("%s × %s: %s excerpts, want %d", rows[2+j][0], n.Rows[i].Label, got, x.Excerpts)
				}
			}
			if got := cell(t, f, "Määrät", 2+len(n.Rows), 3+j); got != strconv.Itoa(total) {
				t.Errorf("%s: total %s, want %d", rows[2+j][0], got, total)
			}
		}
		share := 3 + len(codes) + 1 + 2 + len(codes) + 1 + 2 // first row of the share block
		if rows[share-3][0] != "Koodattu osuus tekstistä" {
			t.Errorf("share block starts with %q", rows[share-3])
		}
		raw, err := f.GetCellValue("Määrät", "B"+strconv.Itoa(share), excelize.Options{RawCellValue: true})
		if err != nil {
			t.Fatal(err)
		}
		if v, err := strconv.ParseFloat(raw, 64); err != nil || v != n.Cells[0][0].Share {
			t.Errorf("share %q, want %v", raw, n.Cells[0][0].Share)
		}
		if shown := cell(t, f, "Määrät", 2, share); !strings.HasSuffix(shown, "%") {
			t.Errorf("share shown as %q, not a percentage", shown)
		}
	})

	t.Run("co-occurrence", func(t *testing.T) {
		codes := allCodes(c.Book)
		m := c.Cooccurrence(codes)
		rows, err := f.GetRows("Yhteisesiintymät")
		if err != nil {
			t.Fatal(err)
		}
		if len(rows) != 1+len(codes) || len(rows[0]) != 1+len(codes) {
			t.Fatalf("%d×%d table for %d codes", len(rows), len(rows[0]), len(codes))
		}
		for i := range codes {
			for j := range codes {
				if rows[1+i][1+j] != strconv.Itoa(m[i][j]) {
					t.Errorf("%s × %s: %s, want %d", rows[1+i][0], rows[0][1+j], rows[1+i][1+j], m[i][j])
				}
			}
		}
	})

	t.Run("findings", func(t *testing.T) {
		if got := cell(t, f, "Havainnot", 2, 3); got != "Nimetty yhteyshenkilö jokaiselle asiakkaalle." {
			t.Errorf("B3 = %q", got)
		}
	})
}

// sheetsWith counts the worksheets whose XML contains s, reading absolute
// references ($A$1) as relative ones.
func sheetsWith(t *testing.T, xlsx []byte, s string) int {
	t.Helper()
	z, err := zip.NewReader(bytes.NewReader(xlsx), int64(len(xlsx)))
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, file := range z.File {
		if !strings.HasPrefix(file.Name, "xl/worksheets/") {
			continue
		}
		r, err := file.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(r)
		r.Close()
		if err != nil {
			t.Fatal(err)
		}
		if bytes.Contains(bytes.ReplaceAll(b, []byte("$"), nil), []byte(s)) {
			n++
		}
	}
	return n
}
