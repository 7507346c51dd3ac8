package app

import (
	"archive/zip"
	"io"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"teema/coding"
	"teema/i18n"
)

// TestReportAsChosenInTheDialog: the researcher ticks an excerpt as a
// quote in the excerpt list, opens the report dialog, unticks a theme and
// the figure; the outline follows each tick, and the report written holds
// the quote and not the unticked theme.
func TestReportAsChosenInTheDialog(t *testing.T) {
	u, db := newTestUI(t, map[string]string{"Asiakas 5.txt": haastattelu})
	codeText(t, u, "Asiakas 5", "Yhteistyö sujuu hyvin.", "Yhteistyö/Päivittäinen yhteistyö")
	codeText(t, u, "Asiakas 5", "Tiedotteet tulevat sähköpostilla.", "Tiedottaminen/Kanavat")
	test.Tap(codeItemFor(t, u, "Tiedottaminen"))
	u.excerpt.list.Select(0)
	test.Tap(u.excerpt.chosen)
	if es := excerpts(t, db); !quoted(es, "Tiedotteet") || quoted(es, "Yhteistyö sujuu") {
		t.Fatal("ticking Quote in the report did not choose that excerpt alone")
	}
	if !strings.HasPrefix(u.excerpt.source(u.excerpt.items[0]), i18n.T("Chosen quote")) {
		t.Error("the excerpt list does not show the quote as chosen")
	}
	if menuItem(t, u, i18n.T("Export report (Word)…")).Action == nil {
		t.Fatal("the File menu has no report")
	}

	r := u.openReport()
	for _, want := range []string{"Yhteistyö", "Tiedottaminen", r.parts[5].Text} {
		if !strings.Contains(r.outline.Text, want) {
			t.Fatalf("the outline lacks %q:\n%s", want, r.outline.Text)
		}
	}
	test.Tap(find(t, u.win, func(c *widget.Check) bool { return c.Text == "Yhteistyö" }))
	test.Tap(find(t, u.win, func(c *widget.Check) bool { return c == r.parts[5] }))
	// The theme's name stays in the code book; its section heading goes.
	if strings.Contains(r.outline.Text, "\n    Yhteistyö\n") || strings.Contains(r.outline.Text, "Figure: ") {
		t.Fatalf("the outline keeps what was unticked:\n%s", r.outline.Text)
	}

	path := filepath.Join(t.TempDir(), "raportti.docx")
	r.write(path, r.choices())
	doc := documentXML(t, path)
	if !strings.Contains(doc, "Tiedotteet tulevat sähköpostilla.") {
		t.Error("the report does not quote the chosen excerpt")
	}
	if strings.Contains(doc, "Yhteistyö sujuu hyvin") {
		t.Error("the report quotes an excerpt that was not chosen")
	}
	if strings.Contains(doc, "<pic:pic") {
		t.Error("the report has a figure though Figure was unticked")
	}
}

// TestQuoteInTheReportIsUndoable: the mark is a change like any other.
func TestQuoteInTheReportIsUndoable(t *testing.T) {
	u, db := newTestUI(t, map[string]string{"Asiakas 5.txt": haastattelu})
	codeText(t, u, "Asiakas 5", "Tiedotteet tulevat sähköpostilla.", "Tiedottaminen/Kanavat")
	test.Tap(codeItemFor(t, u, "Tiedottaminen"))
	u.excerpt.list.Select(0)
	test.Tap(u.excerpt.chosen)
	u.s.Undo()
	if quoted(excerpts(t, db), "Tiedotteet") || u.excerpt.chosen.Checked {
		t.Fatal("Undo left the excerpt chosen")
	}
}

func quoted(es []coding.Excerpt, prefix string) bool {
	for _, e := range es {
		if strings.HasPrefix(e.Text, prefix) {
			return e.Quote
		}
	}
	return false
}

// documentXML is the document part of a .docx.
func documentXML(t *testing.T, path string) string {
	t.Helper()
	z, err := zip.OpenReader(path)
	if err != nil {
		t.Fatal(err)
	}
	defer z.Close()
	for _, f := range z.File {
		if f.Name == "word/document.xml" {
			rc, _ := f.Open()
			b, _ := io.ReadAll(rc)
			rc.Close()
			return string(b)
		}
	}
	t.Fatal("no document part")
	return ""
}
