package matrices

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"teema/app/kit"
	"teema/app/kit/kittest"
	"teema/coding"
	"teema/i18n"
)

func TestMatrixCellSummarySavesAndUndoes(t *testing.T) {
	h, db := kittest.New(t, map[string]string{"Asiakas 5.txt": haastattelu})
	m := openMatrices(t, h, "Yhteistyö")
	if m.rowsBy != (coding.RowsBy{Kind: coding.ByAttribute, Attr: "ryhmä"}) || m.rows.Selected != "ryhmä" {
		t.Fatalf("rows default to %+v (%q), want the group", m.rowsBy, m.rows.Selected)
	}
	h.CodeText(t, "Asiakas 5", "Yhteistyö sujuu hyvin.", "Yhteistyö/Päivittäinen yhteistyö")

	col := columnOf(t, m, "Päivittäinen yhteistyö")
	want := excerptCount(1) + " · " + interviewCount(1)
	cell := matrixShown(m, 0, col)
	if m.matrix.cells.data.Rows[0].Label != "Kunnat" || cell.counts.Text != want {
		t.Fatalf("cell Kunnat × Päivittäinen yhteistyö says %q", cell.counts.Text)
	}
	if !strings.Contains(cell.text.Text, "“Yhteistyö sujuu hyvin.” (H1)") || !cell.text.TextStyle.Italic {
		t.Fatalf("a cell without summary shows its excerpts in italics, got %q", cell.text.Text)
	}
	if other := matrixShown(m, 0, (col+1)%3); other.counts.Text != "" || other.text.Text != "" {
		t.Fatalf("an empty cell says %q %q", other.counts.Text, other.text.Text)
	}

	m.matrix.table.Select(widget.TableCellID{Row: 0, Col: col})
	if !m.matrix.cell.content.Visible() || len(m.matrix.cell.list.Objects) != 1 {
		t.Fatal("selecting the cell does not open it with its excerpt")
	}
	test.Type(m.matrix.cell.summary, "- Yhteistyö sujuu, sanoo kunta")
	key := coding.SummaryKey{CodeID: m.matrix.cells.data.Columns[col].ID, RowsBy: "attribute:ryhmä", Row: "Kunnat"}
	if s, _ := db.Summaries(); len(s) != 0 {
		t.Fatalf("saved before the typing paused: %v", s)
	}
	h.Clock.Advance(kit.SaveDelay)
	if s, _ := db.Summaries(); s[key] != "- Yhteistyö sujuu, sanoo kunta" {
		t.Fatalf("summaries %v", s)
	}
	shortcut := m.win.Canvas().(fyne.Shortcutable)
	shortcut.TypedShortcut(&fyne.ShortcutUndo{})
	if s, _ := db.Summaries(); len(s) != 0 {
		t.Fatalf("undo left %v", s)
	}
	if m.matrix.cell.summary.Text != "" {
		t.Fatalf("the editor shows %q after undo", m.matrix.cell.summary.Text)
	}
	shortcut.TypedShortcut(&fyne.ShortcutRedo{})
	if s, _ := db.Summaries(); s[key] == "" || m.matrix.cell.summary.Text != s[key] {
		t.Fatalf("redo: %v, editor %q", s, m.matrix.cell.summary.Text)
	}
	if cell := matrixShown(m, 0, col); cell.text.TextStyle.Italic || cell.text.Text != "- Yhteistyö sujuu, sanoo kunta" {
		t.Fatalf("the cell shows %q", cell.text.Text)
	}
}

func TestMatrixInsertQuoteAndJump(t *testing.T) {
	h, db := kittest.New(t, map[string]string{"Asiakas 5.txt": haastattelu, "Asiakas 6.txt": toinen})
	m := openMatrices(t, h, "Tiedottaminen")
	h.CodeText(t, "Asiakas 5", "Tiedotteet tulevat sähköpostilla.", "Tiedottaminen/Kanavat")
	m.matrix.table.Select(widget.TableCellID{Row: 0, Col: columnOf(t, m, "Kanavat")})
	test.Type(m.matrix.cell.summary, "- Sähköposti on pääkanava")
	test.Tap(kittest.Button(t, m.win, i18n.T("Insert as quote")))

	want := "- Sähköposti on pääkanava\n- “Tiedotteet tulevat sähköpostilla.” (H1)\n"
	key := coding.SummaryKey{CodeID: m.matrix.sel.CodeID, RowsBy: "attribute:ryhmä", Row: "Kunnat"}
	if s, _ := db.Summaries(); s[key] != want || m.matrix.cell.summary.Text != want {
		t.Fatalf("summary %q, editor %q", s[key], m.matrix.cell.summary.Text)
	}
	if es, _ := db.Excerpts(coding.ExcerptFilter{}); len(es) != 1 || !es[0].Quote {
		t.Fatal("an inserted quote is not chosen for the report")
	}
	if h.S.History().UndoLabel() != coding.InsertQuote(key, "", 0).Label() {
		t.Fatalf("undo would %v", h.S.History().UndoLabel())
	}
	h.S.Undo()
	if s, _ := db.Summaries(); len(s) != 0 {
		t.Fatalf("one undo leaves the summary %q: the typing and the quote are one step", s[key])
	}
	if es, _ := db.Excerpts(coding.ExcerptFilter{}); es[0].Quote {
		t.Fatal("undo leaves the excerpt chosen")
	}
	h.S.Redo()

	test.Tap(kittest.Button(t, m.win, i18n.T("Show in transcript")))
	e := m.matrix.cells.data.Cells[0][columnOf(t, m, "Kanavat")].Excerpts[0]
	want2 := kittest.Passage{DocID: h.DocID(t, "Asiakas 5"), Start: e.Start, End: e.End}
	if len(h.Passages) != 1 || h.Passages[0] != want2 {
		t.Fatalf("show in transcript asked for %+v, want %+v", h.Passages, want2)
	}
}

func TestMatrixRowsAndChosenCodes(t *testing.T) {
	h, _ := kittest.New(t, map[string]string{"Asiakas 5.txt": haastattelu, "Asiakas 6.txt": toinen})
	m := openMatrices(t, h, "Tiedottaminen")
	h.CodeText(t, "Asiakas 6", "Tiedotteet tulevat intranetissä.", "Tiedottaminen/Kanavat")
	m.rows.SetSelected(i18n.T("One row per speaker"))
	if labels := rowLabels(m.matrix.cells.data.Rows); strings.Join(labels, ",") != "H2,H5,Haastattelija" {
		t.Fatalf("speaker rows %v", labels)
	}
	col := columnOf(t, m, "Kanavat")
	if n := len(m.matrix.cells.data.Cells[0][col].Excerpts); n != 1 {
		t.Fatalf("H2 × Kanavat has %d excerpts", n)
	}
	m.rows.SetSelected(i18n.T("One row per interview"))
	if labels := rowLabels(m.matrix.cells.data.Rows); strings.Join(labels, ",") != "Asiakas 5,Asiakas 6" {
		t.Fatalf("interview rows %v", labels)
	}

	m.matrix.themes.SetSelected(i18n.T("Chosen codes…"))
	tick(t, m, "tapaamiset", "Yhteistyö/Tapaamiset")
	tick(t, m, "kanavat", "Tiedottaminen/Kanavat")
	test.Tap(kittest.Button(t, m.win, i18n.T("Show")))
	var names []string
	for _, c := range m.matrix.cells.data.Columns {
		names = append(names, c.Name)
	}
	if strings.Join(names, ",") != "Tapaamiset,Kanavat" || m.matrix.themes.Selected != i18n.T("Chosen codes…") {
		t.Fatalf("chosen columns %v", names)
	}
}

// tick filters the code chooser by what, then ticks the code at path.
func tick(t *testing.T, m *Window, what, path string) {
	t.Helper()
	filter := kittest.Find(t, m.win, func(e *widget.Entry) bool { return e.PlaceHolder == i18n.T("Filter") })
	filter.SetText(what)
	kittest.Find(t, m.win, func(c *widget.Check) bool { return c.Text == path }).SetChecked(true)
}

func TestMatrixSwitchingCellsSavesTyping(t *testing.T) {
	h, db := kittest.New(t, map[string]string{"Asiakas 5.txt": haastattelu})
	m := openMatrices(t, h, "Yhteistyö")
	first, second := columnOf(t, m, "Tapaamiset"), columnOf(t, m, "Päivittäinen yhteistyö")
	m.matrix.table.Select(widget.TableCellID{Row: 0, Col: first})
	test.Type(m.matrix.cell.summary, "- Tapaamisia kerran vuodessa")
	m.matrix.table.Select(widget.TableCellID{Row: 0, Col: second})
	key := coding.SummaryKey{CodeID: m.matrix.cells.data.Columns[first].ID, RowsBy: "attribute:ryhmä", Row: "Kunnat"}
	if s, _ := db.Summaries(); len(s) != 1 || s[key] != "- Tapaamisia kerran vuodessa" {
		t.Fatalf("summaries %v", s)
	}
	if m.matrix.cell.summary.Text != "" || m.matrix.cell.key.CodeID != m.matrix.cells.data.Columns[second].ID {
		t.Fatalf("the second cell shows %q", m.matrix.cell.summary.Text)
	}
	m.matrix.themes.SetSelected("Lisäarvo")
	if m.matrix.cell.content.Visible() || m.matrix.hint.Hidden {
		t.Fatal("another theme leaves the cell open")
	}
}

// TestUndoWhileTypingInACellDoesNotLockUp types a summary into the cell of
// a new sub-theme and undoes at once, before the save delay. The typing is
// saved first, as its own step, and Undo takes it back; the next Undo
// removes the column, and its refresh closes the cell without saving from
// inside the refresh. On the old Session, Undo held a mutex while the
// refresh closed the cell, whose save waited on the same mutex for ever.
func TestUndoWhileTypingInACellDoesNotLockUp(t *testing.T) {
	h, db := kittest.New(t, map[string]string{"Asiakas 5.txt": haastattelu})
	yhteistyo, _ := h.S.Book().Lookup("Yhteistyö")
	if !h.S.Do(coding.AddCode{ParentID: yhteistyo.ID, Name: "Uusi alateema"}) {
		t.Fatal("add code")
	}
	m := openMatrices(t, h, "Yhteistyö")
	col := columnOf(t, m, "Uusi alateema")
	m.matrix.table.Select(widget.TableCellID{Row: 0, Col: col})
	test.Type(m.matrix.cell.summary, "- kesken")
	done := make(chan struct{})
	go func() {
		h.S.Undo()
		if s, _ := db.Summaries(); len(s) != 0 {
			t.Errorf("the first undo left the typing: %v", s)
		}
		h.S.Undo()
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatal("undo while a summary waits to be saved locks the app up")
	}
	if _, ok := h.S.Book().Lookup("Yhteistyö/Uusi alateema"); ok {
		t.Error("the second undo did not remove the column")
	}
	if m.matrix.cell.content.Visible() {
		t.Error("the cell of a removed column stays open")
	}
}
