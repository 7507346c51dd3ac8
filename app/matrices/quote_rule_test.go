package matrices

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"teema/app/kit"
	"teema/app/kit/kittest"
	"teema/coding"
	"teema/i18n"
)

// TestInsertedQuoteEndsItsLine: what is typed after Insert as quote
// starts a bullet of its own (issue 16: it ran on after the quote).
func TestInsertedQuoteEndsItsLine(t *testing.T) {
	h, db := kittest.New(t, map[string]string{"Asiakas 5.txt": haastattelu})
	m := openMatrices(t, h, "Tiedottaminen")
	h.CodeText(t, "Asiakas 5", "Tiedotteet tulevat sähköpostilla.", "Tiedottaminen/Kanavat")
	m.matrix.table.Select(widget.TableCellID{Row: 0, Col: columnOf(t, m, "Kanavat")})
	test.Tap(kittest.Button(t, m.win, i18n.T("Insert as quote")))
	test.Type(m.matrix.cell.summary, "- Sähköposti riittää")
	h.Clock.Advance(kit.SaveDelay)
	want := "- “Tiedotteet tulevat sähköpostilla.” (H1)\n- Sähköposti riittää"
	key := coding.SummaryKey{CodeID: m.matrix.sel.CodeID, RowsBy: "attribute:ryhmä", Row: "Kunnat"}
	if s, _ := db.Summaries(); s[key] != want {
		t.Fatalf("summary %q, want %q", s[key], want)
	}
}

// TestQuoteSourceIsTheProjectsChoice: quotes name the interview code
// unless the project chooses otherwise; the choice is kept in the
// project and undoes (issue 16: quotes named the speaker, often a real
// first name).
func TestQuoteSourceIsTheProjectsChoice(t *testing.T) {
	julia := "Haastattelija: Miten tiedotatte?\n\nJulia: Tiedotteet tulevat intranetissä.\n\nHaastattelija: Entä muuten?\n\nJulia: Sähköpostilla."
	h, db := kittest.New(t, map[string]string{"Asiakas 5.txt": haastattelu, "Asiakas 6.txt": julia})
	m := openMatrices(t, h, "Tiedottaminen")
	h.CodeText(t, "Asiakas 6", "Tiedotteet tulevat intranetissä.", "Tiedottaminen/Kanavat")
	col := columnOf(t, m, "Kanavat")
	shows := func(want string) {
		t.Helper()
		if got := matrixShown(m, 0, col).text.Text; got != "- “Tiedotteet tulevat intranetissä.” ("+want+")" {
			t.Errorf("the cell shows %q, want the source %s", got, want)
		}
	}
	if m.quotes.Selected != i18n.T("Interview code (H1, H2, …)") {
		t.Errorf("quotes name %q by default", m.quotes.Selected)
	}
	shows("H2")

	m.quotes.SetSelected(i18n.T("Speaker label"))
	if r, _ := db.QuoteRule(); r.Source != coding.QuoteBySpeaker {
		t.Fatalf("the project keeps %+v", r)
	}
	shows("Julia")
	m.quotes.SetSelected(i18n.TF("Attribute {{.Name}}", map[string]any{"Name": "ryhmä"}))
	shows("Kunnat")
	m.quotes.SetSelected(i18n.T("Document name"))
	shows("Asiakas 6")

	m.win.Canvas().(fyne.Shortcutable).TypedShortcut(&fyne.ShortcutUndo{})
	if r, _ := db.QuoteRule(); r != (coding.QuoteRule{Source: coding.QuoteByAttribute, Attr: "ryhmä"}) {
		t.Fatalf("undo left %+v", r)
	}
	if m.quotes.Selected != i18n.TF("Attribute {{.Name}}", map[string]any{"Name": "ryhmä"}) {
		t.Errorf("after undo the choice shows %q", m.quotes.Selected)
	}
	shows("Kunnat")
}
