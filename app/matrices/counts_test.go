package matrices

import (
	"image/color"
	"testing"

	"fyne.io/fyne/v2/widget"

	"teema/app/kit"
	"teema/app/kit/kittest"
	"teema/coding"
	"teema/i18n"
)

// twoGroups codes a little of two interviews of different groups:
// Kunnat says "Yhteistyö sujuu hyvin." (Päivittäinen yhteistyö, and its
// first words also Kanavat), Yhteisöt one Kanavat excerpt.
func twoGroups(t *testing.T) (*kittest.Host, *Window) {
	t.Helper()
	h, _ := kittest.New(t, map[string]string{"Asiakas 5.txt": haastattelu, "Asiakas 6.txt": toinen})
	if !h.S.Do(coding.SetAttribute{DocID: h.DocID(t, "Asiakas 6"), Key: "ryhmä", Value: "Yhteisöt"}) {
		t.Fatal("attribute not set")
	}
	m := openMatrices(t, h, "Tiedottaminen")
	h.CodeText(t, "Asiakas 5", "Yhteistyö sujuu hyvin.", "Yhteistyö/Päivittäinen yhteistyö")
	h.CodeText(t, "Asiakas 5", "Yhteistyö sujuu", "Tiedottaminen/Kanavat")
	h.CodeText(t, "Asiakas 6", "Tiedotteet tulevat intranetissä.", "Tiedottaminen/Kanavat")
	return h, m
}

// shown is the text a table draws in a cell.
func shown(tb *widget.Table, row, col int) string {
	c := tb.CreateCell().(*heatCell)
	tb.UpdateCell(widget.TableCellID{Row: row, Col: col}, c)
	return c.label.Text
}

func codeRow(t *testing.T, codes []coding.Code, book *coding.CodeBook, path string) int {
	t.Helper()
	for i, c := range codes {
		if book.Path(c.ID) == path {
			return i
		}
	}
	t.Fatalf("no row for %q", path)
	return -1
}

func TestCountsTable(t *testing.T) {
	h, m := twoGroups(t)
	c := m.counts
	if got := rowLabels(c.cells.data.Rows); len(got) != 2 || got[0] != "Kunnat" || got[1] != "Yhteisöt" {
		t.Fatalf("columns %v", got)
	}
	book := h.S.Book()
	codes := c.cells.data.Codes
	kanavat := codeRow(t, codes, book, "Tiedottaminen/Kanavat")
	theme := codeRow(t, codes, book, "Tiedottaminen")
	daily := codeRow(t, codes, book, "Yhteistyö/Päivittäinen yhteistyö")
	for _, x := range []struct {
		row, col int
		want     string
	}{{kanavat, 0, "1"}, {kanavat, 1, "1"}, {theme, 1, "1"}, {daily, 0, "1"}, {daily, 1, "0"}} {
		if got := shown(c.table, x.row, x.col); got != x.want {
			t.Errorf("excerpts of %s in %s: %q, want %q", book.Path(codes[x.row].ID), c.cells.data.Rows[x.col].Label, got, x.want)
		}
	}

	c.measure.SetSelected(i18n.T("Share of text coded (%)"))
	d, _ := h.S.Project().Document(h.DocID(t, "Asiakas 5"))
	want := kit.Percent(100 * float64(len([]rune("Yhteistyö sujuu hyvin."))) / float64(d.Chars))
	if got := shown(c.table, daily, 0); got != want {
		t.Fatalf("share %q, want %q", got, want)
	}
	header := c.table.CreateHeader().(*headerCell)
	c.table.UpdateHeader(widget.TableCellID{Row: theme, Col: -1}, header)
	if header.name.Text != "Tiedottaminen" || !header.name.TextStyle.Bold {
		t.Fatalf("theme row header %q bold=%v", header.name.Text, header.name.TextStyle.Bold)
	}
	c.table.UpdateHeader(widget.TableCellID{Row: kanavat, Col: -1}, header)
	if header.name.Text != "Tiedottaminen/Kanavat" || header.name.TextStyle.Bold {
		t.Fatalf("sub-theme row header %q bold=%v", header.name.Text, header.name.TextStyle.Bold)
	}
}

func TestCooccurrenceTable(t *testing.T) {
	h, m := twoGroups(t)
	c := m.cooc
	book := h.S.Book()
	kanavat := codeRow(t, c.cells.codes, book, "Tiedottaminen/Kanavat")
	daily := codeRow(t, c.cells.codes, book, "Yhteistyö/Päivittäinen yhteistyö")
	if got := shown(c.table, kanavat, daily); got != "1" {
		t.Fatalf("Kanavat with Päivittäinen yhteistyö: %q", got)
	}
	if got := shown(c.table, daily, kanavat); got != "1" {
		t.Fatalf("not symmetric: %q", got)
	}
	cell := c.table.CreateCell().(*heatCell)
	c.table.UpdateCell(widget.TableCellID{Row: kanavat, Col: kanavat}, cell)
	if cell.label.Text != "2" || !cell.label.TextStyle.Italic || cell.bg.FillColor != color.Transparent {
		t.Fatalf("diagonal %q", cell.label.Text)
	}
	c.which.SetSelected(i18n.T("Themes"))
	if len(c.cells.codes) != len(book.Children(0)) {
		t.Fatalf("%d codes for themes", len(c.cells.codes))
	}
	yht := codeRow(t, c.cells.codes, book, "Yhteistyö")
	tied := codeRow(t, c.cells.codes, book, "Tiedottaminen")
	if got := shown(c.table, yht, tied); got != "1" {
		t.Fatalf("themes Yhteistyö with Tiedottaminen: %q", got)
	}
}
