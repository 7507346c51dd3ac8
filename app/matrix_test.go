package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"teema/coding"
	"teema/i18n"
	"teema/store"
)

const toinen = "Haastattelija: Miten tiedotatte?\n\nH2: Tiedotteet tulevat intranetissä. Yhteistyö on tiivistä."

// codeText codes the first occurrence of text in a document, as the main
// window would.
func codeText(t *testing.T, u *UI, doc, text, path string) {
	t.Helper()
	var d coding.DocumentInfo
	for _, info := range u.s.Docs() {
		if info.Name == doc {
			d = info
		}
	}
	full, err := u.s.Project().Document(d.ID)
	if err != nil {
		t.Fatal(err)
	}
	c, ok := u.s.Book().Lookup(path)
	start, end, found := coding.FindNth(full.Text, text, 1)
	if !ok || !found {
		t.Fatalf("cannot code %q in %q as %q", text, doc, path)
	}
	if !u.s.Do(coding.CodeText{Excerpt: coding.Excerpt{DocID: d.ID, CodeID: c.ID, Start: start, End: end}}) {
		t.Fatal("coding failed")
	}
}

func docID(t *testing.T, u *UI, name string) int64 {
	t.Helper()
	for _, d := range u.s.Docs() {
		if d.Name == name {
			return d.ID
		}
	}
	t.Fatalf("no document %q", name)
	return 0
}

// openMatrices opens the matrix window on a theme.
func openMatrices(t *testing.T, u *UI, theme string) *matrixWindow {
	t.Helper()
	m := (&matrixMenu{u: u}).open()
	m.matrix.themes.SetSelected(theme)
	if m.matrix.data.Title != theme {
		t.Fatalf("matrix of %q, want %q", m.matrix.data.Title, theme)
	}
	return m
}

func TestMatrixCellSummarySavesAndUndoes(t *testing.T) {
	u, db := newTestUI(t, map[string]string{"Asiakas 5.txt": haastattelu})
	m := openMatrices(t, u, "Yhteistyö")
	if m.rowsBy != (coding.RowsBy{Kind: coding.ByAttribute, Attr: "ryhmä"}) || m.rows.Selected != "ryhmä" {
		t.Fatalf("rows default to %+v (%q), want the group", m.rowsBy, m.rows.Selected)
	}
	codeText(t, u, "Asiakas 5", "Yhteistyö sujuu hyvin.", "Yhteistyö/Päivittäinen yhteistyö")

	col := columnOf(t, m, "Päivittäinen yhteistyö")
	want := excerptCount(1) + " · " + interviewCount(1)
	cell := matrixShown(m, 0, col)
	if m.matrix.data.Rows[0].Label != "Kunnat" || cell.counts.Text != want {
		t.Fatalf("cell Kunnat × Päivittäinen yhteistyö says %q", cell.counts.Text)
	}
	if !strings.Contains(cell.text.Text, "“Yhteistyö sujuu hyvin.” (H5)") || !cell.text.TextStyle.Italic {
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
	// Flushing saves what waits for the timer. Letting the timer fire would
	// save from its own goroutine, which Fyne's test driver does not
	// serialise with the test's.
	m.flush()
	key := coding.SummaryKey{CodeID: m.matrix.data.Columns[col].ID, RowsBy: "attribute:ryhmä", Row: "Kunnat"}
	if s, _ := db.Summaries(); s[key] != "- Yhteistyö sujuu, sanoo kunta" {
		t.Fatalf("summaries %v", s)
	}
	m.win.Canvas().(fyne.Shortcutable).TypedShortcut(&fyne.ShortcutUndo{})
	if s, _ := db.Summaries(); len(s) != 0 {
		t.Fatalf("undo left %v", s)
	}
	if m.matrix.cell.summary.Text != "" {
		t.Fatalf("the editor shows %q after undo", m.matrix.cell.summary.Text)
	}
	menuItem(t, u, T("Redo")).Action()
	if s, _ := db.Summaries(); s[key] == "" || m.matrix.cell.summary.Text != s[key] {
		t.Fatalf("redo: %v, editor %q", s, m.matrix.cell.summary.Text)
	}
	if cell := matrixShown(m, 0, col); cell.text.TextStyle.Italic || cell.text.Text != "- Yhteistyö sujuu, sanoo kunta" {
		t.Fatalf("the cell shows %q", cell.text.Text)
	}
}

// matrixShown is what the matrix table draws in a cell.
func matrixShown(m *matrixWindow, row, col int) *matrixCell {
	c := m.matrix.table.CreateCell().(*matrixCell)
	m.matrix.table.UpdateCell(widget.TableCellID{Row: row, Col: col}, c)
	return c
}

func columnOf(t *testing.T, m *matrixWindow, name string) int {
	t.Helper()
	for j, c := range m.matrix.data.Columns {
		if c.Name == name {
			return j
		}
	}
	t.Fatalf("no column %q", name)
	return -1
}

func TestMatrixInsertQuoteAndJump(t *testing.T) {
	u, db := newTestUI(t, map[string]string{"Asiakas 5.txt": haastattelu, "Asiakas 6.txt": toinen})
	m := openMatrices(t, u, "Tiedottaminen")
	codeText(t, u, "Asiakas 5", "Tiedotteet tulevat sähköpostilla.", "Tiedottaminen/Kanavat")
	m.matrix.table.Select(widget.TableCellID{Row: 0, Col: columnOf(t, m, "Kanavat")})
	test.Type(m.matrix.cell.summary, "- Sähköposti on pääkanava")
	test.Tap(button(t, m.win, T("Insert as quote")))

	want := "- Sähköposti on pääkanava\n- “Tiedotteet tulevat sähköpostilla.” (H5)"
	key := coding.SummaryKey{CodeID: m.matrix.sel.CodeID, RowsBy: "attribute:ryhmä", Row: "Kunnat"}
	if s, _ := db.Summaries(); s[key] != want || m.matrix.cell.summary.Text != want {
		t.Fatalf("summary %q, editor %q", s[key], m.matrix.cell.summary.Text)
	}
	if got := u.s.History().UndoLabel().Text(); got != "summary edit" {
		t.Fatalf("undo would %q", got)
	}

	u.s.OpenDoc(docID(t, u, "Asiakas 6"))
	test.Tap(button(t, m.win, T("Show in transcript")))
	if u.s.Doc().Name != "Asiakas 5" {
		t.Fatalf("show in transcript opened %q", u.s.Doc().Name)
	}
}

func TestMatrixRowsAndChosenCodes(t *testing.T) {
	u, _ := newTestUI(t, map[string]string{"Asiakas 5.txt": haastattelu, "Asiakas 6.txt": toinen})
	m := openMatrices(t, u, "Tiedottaminen")
	codeText(t, u, "Asiakas 6", "Tiedotteet tulevat intranetissä.", "Tiedottaminen/Kanavat")
	m.rows.SetSelected(T("One row per speaker"))
	if labels := rowLabels(m.matrix.data.Rows); strings.Join(labels, ",") != "H2,H5,Haastattelija" {
		t.Fatalf("speaker rows %v", labels)
	}
	col := columnOf(t, m, "Kanavat")
	if n := len(m.matrix.data.Cells[0][col].Excerpts); n != 1 {
		t.Fatalf("H2 × Kanavat has %d excerpts", n)
	}
	m.rows.SetSelected(T("One row per interview"))
	if labels := rowLabels(m.matrix.data.Rows); strings.Join(labels, ",") != "Asiakas 5,Asiakas 6" {
		t.Fatalf("interview rows %v", labels)
	}

	m.matrix.themes.SetSelected(T("Chosen codes…"))
	find(t, m.win, func(c *widget.Check) bool { return c.Text == "Yhteistyö/Tapaamiset" }).SetChecked(true)
	find(t, m.win, func(c *widget.Check) bool { return c.Text == "Tiedottaminen/Kanavat" }).SetChecked(true)
	test.Tap(button(t, m.win, T("Show")))
	var names []string
	for _, c := range m.matrix.data.Columns {
		names = append(names, c.Name)
	}
	if strings.Join(names, ",") != "Tapaamiset,Kanavat" || m.matrix.themes.Selected != T("Chosen codes…") {
		t.Fatalf("chosen columns %v", names)
	}
}

func TestMatrixWindowOnePerMainWindow(t *testing.T) {
	u, _ := newTestUI(t, map[string]string{"Asiakas 5.txt": haastattelu})
	open := menuItem(t, u, T("Matrices…"))
	if open.Shortcut == nil || open.Shortcut.ShortcutName() != ctrl(fyne.KeyM).ShortcutName() {
		t.Fatal("Matrices… has no Ctrl+M")
	}
	open.Action()
	open.Action()
	if n := matrixWindows(u); n != 1 {
		t.Fatalf("%d matrix windows open", n)
	}
	// Another project replaces this one: the window stays and follows it.
	other := filepath.Join(t.TempDir(), "toinen.teema")
	p, err := store.Create(other)
	if err != nil {
		t.Fatal(err)
	}
	p.Close()
	if err := u.s.Open(other); err != nil {
		t.Fatal(err)
	}
	if n := matrixWindows(u); n != 1 {
		t.Fatalf("%d matrix windows open after switching projects", n)
	}
	u.s.Close()
	if n := matrixWindows(u); n != 0 {
		t.Fatalf("%d matrix windows open after the project closed", n)
	}
}

func matrixWindows(u *UI) int {
	n := 0
	for _, w := range u.s.App().Driver().AllWindows() {
		if strings.HasPrefix(w.Title(), T("Matrices")) {
			n++
		}
	}
	return n
}

// The workbook writer is another piece of work; whatever it returns, the
// export must leave either a workbook or no file, and say which.
func TestExportWorkbookLeavesNoBrokenFile(t *testing.T) {
	u, _ := newTestUI(t, map[string]string{"Asiakas 5.txt": haastattelu})
	m := openMatrices(t, u, "Yhteistyö")
	path := filepath.Join(t.TempDir(), fileName("Calpro: asiakkaat?")+".xlsx")
	if filepath.Base(path) != "Calpro asiakkaat.xlsx" {
		t.Fatalf("file name %q", filepath.Base(path))
	}
	w, err := storage.Writer(storage.NewFileURI(path))
	if err != nil {
		t.Fatal(err)
	}
	m.export(w)
	b, err := os.ReadFile(path)
	switch {
	case err == nil && strings.HasPrefix(string(b), "PK") && strings.HasPrefix(m.note.Text, T("Exported")):
	case os.IsNotExist(err) && len(m.win.Canvas().Overlays().List()) == 1:
	default:
		t.Fatalf("export left %d bytes (%v), note %q", len(b), err, m.note.Text)
	}
}

func TestChangeLabelsHaveFinnish(t *testing.T) {
	for _, c := range []coding.Change{coding.SetSummary{}, coding.PutFinding{}, coding.DeleteFinding{}} {
		if i18n.Table(i18n.Finnish)[c.Label().Text()] == "" {
			t.Errorf("no Finnish for %q", c.Label().Text())
		}
	}
}

func TestMatrixSwitchingCellsSavesTyping(t *testing.T) {
	u, db := newTestUI(t, map[string]string{"Asiakas 5.txt": haastattelu})
	m := openMatrices(t, u, "Yhteistyö")
	first, second := columnOf(t, m, "Tapaamiset"), columnOf(t, m, "Päivittäinen yhteistyö")
	m.matrix.table.Select(widget.TableCellID{Row: 0, Col: first})
	test.Type(m.matrix.cell.summary, "- Tapaamisia kerran vuodessa")
	m.matrix.table.Select(widget.TableCellID{Row: 0, Col: second})
	key := coding.SummaryKey{CodeID: m.matrix.data.Columns[first].ID, RowsBy: "attribute:ryhmä", Row: "Kunnat"}
	if s, _ := db.Summaries(); len(s) != 1 || s[key] != "- Tapaamisia kerran vuodessa" {
		t.Fatalf("summaries %v", s)
	}
	if m.matrix.cell.summary.Text != "" || m.matrix.cell.key.CodeID != m.matrix.data.Columns[second].ID {
		t.Fatalf("the second cell shows %q", m.matrix.cell.summary.Text)
	}
	m.matrix.themes.SetSelected("Lisäarvo")
	if m.matrix.cell.content.Visible() || m.matrix.hint.Hidden {
		t.Fatal("another theme leaves the cell open")
	}
}
