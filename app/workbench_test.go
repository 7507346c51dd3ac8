package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"teema/coding"
	"teema/i18n"
)

const haastattelu = "Haastattelija: Miten yhteistyö sujuu?\n\nH5: Yhteistyö sujuu hyvin. Asiakaskokemus on parantunut, kun järjestelmät uudistettiin.\n\nHaastattelija: Entä tiedottaminen?\n\nH5: Tiedotteet tulevat sähköpostilla."

func TestCodeSelectionUncodeUndoRedo(t *testing.T) {
	u, db := newTestUI(t, map[string]string{"Asiakas 5.txt": haastattelu})
	start, end, _ := coding.FindNth(u.s.Doc().Text, "Yhteistyö sujuu hyvin.", 1)
	u.reader.view.SetSelection(start, end)
	test.Tap(codeItemFor(t, u, "Yhteistyö/Päivittäinen yhteistyö"))

	es := excerpts(t, db)
	if len(es) != 1 || es[0].Text != "Yhteistyö sujuu hyvin." || es[0].Coder != "Testaaja" ||
		u.s.Book().Path(es[0].CodeID) != "Yhteistyö/Päivittäinen yhteistyö" {
		t.Fatalf("after coding: %+v", es)
	}
	spans := u.reader.view.SpansAt(start + 3)
	if len(spans) != 1 || spans[0].ID != es[0].ID || spans[0].Label != "Yhteistyö/Päivittäinen yhteistyö" {
		t.Fatalf("highlight: %+v", spans)
	}
	if s, e := u.reader.view.Selection(); s != e {
		t.Fatal("selection stays after coding")
	}
	if got := codeItemFor(t, u, "Yhteistyö/Päivittäinen yhteistyö").count.Text; got != "1" {
		t.Fatalf("code book count %q", got)
	}

	// Clicking the highlight lists its code; Remove uncodes it.
	u.reader.view.OnSpansTapped(start+3, spans, fyne.NewPos(300, 300))
	test.Tap(button(t, u.win, i18n.T("Remove")))
	if es := excerpts(t, db); len(es) != 0 {
		t.Fatalf("after remove: %+v", es)
	}
	if len(u.reader.view.SpansAt(start+3)) != 0 {
		t.Fatal("highlight stays after remove")
	}

	menuItem(t, u, i18n.T("Undo")).Action()
	if es2 := excerpts(t, db); len(es2) != 1 || es2[0].ID != es[0].ID {
		t.Fatalf("undo did not bring the coding back: %+v", es2)
	}
	if len(u.reader.view.SpansAt(start+3)) != 1 {
		t.Fatal("undo did not bring the highlight back")
	}
	menuItem(t, u, i18n.T("Redo")).Action()
	if len(excerpts(t, db)) != 0 {
		t.Fatal("redo did not remove again")
	}
}

func TestPinnedKeyAndCodeAsDialog(t *testing.T) {
	u, db := newTestUI(t, map[string]string{"a.txt": haastattelu})
	c, _ := u.s.Book().Lookup("Tiedottaminen/Kanavat")
	u.s.Pin(3, c.ID)
	start, end, _ := coding.FindNth(u.s.Doc().Text, "sähköpostilla", 1)
	u.reader.view.SetSelection(start, end)
	if !u.reader.view.OnKey(&fyne.KeyEvent{Name: fyne.Key3}) {
		t.Fatal("key 3 not handled")
	}
	if es := excerpts(t, db); len(es) != 1 || es[0].CodeID != c.ID {
		t.Fatalf("pinned key: %+v", es)
	}

	start, end, _ = coding.FindNth(u.s.Doc().Text, "järjestelmät uudistettiin", 1)
	u.reader.view.SetSelection(start, end)
	u.reader.codeAsDialog()
	filter := find(t, u.win, func(e *widget.Entry) bool { return e.PlaceHolder == i18n.T("Type to filter codes") })
	test.Type(filter, "kokemukset/järj")
	filter.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	es := excerpts(t, db)
	if len(es) != 2 || u.s.Book().Path(es[0].CodeID) != "Asiakaskokemukset/Järjestelmät" {
		t.Fatalf("code as: %+v", es)
	}
}

func TestInVivoCodeUnderCurrentTheme(t *testing.T) {
	u, db := newTestUI(t, map[string]string{"a.txt": haastattelu})
	theme, _ := u.s.Book().Lookup("Tiedottaminen")
	test.Tap(codeItemFor(t, u, "Tiedottaminen")) // no selection: makes it current
	start, end, _ := coding.FindNth(u.s.Doc().Text, "Tiedotteet tulevat sähköpostilla.", 1)
	u.reader.view.SetSelection(start, end)
	u.reader.inVivo()
	test.Tap(button(t, u.win, i18n.T("Code")))
	c, ok := u.s.Book().Lookup("Tiedottaminen/Tiedotteet tulevat sähköpostilla")
	es := excerpts(t, db)
	if !ok || c.ParentID != theme.ID || len(es) != 1 || es[0].CodeID != c.ID {
		t.Fatalf("in-vivo: %v %+v", ok, es)
	}
	menuItem(t, u, i18n.T("Undo")).Action()
	if _, ok := u.s.Book().Lookup("Tiedottaminen/Tiedotteet tulevat sähköpostilla"); ok || len(excerpts(t, db)) != 0 {
		t.Fatal("one undo should remove both the coding and the new code")
	}
}

func TestCodeBookOperations(t *testing.T) {
	u, db := newTestUI(t, map[string]string{"a.txt": haastattelu})
	// Add a theme through its dialog.
	u.codes.addCode(0)
	test.Type(find(t, u.win, func(e *widget.Entry) bool { return !e.MultiLine && e.Visible() && e.Text == "" && e.PlaceHolder == "" }), "Luottamus")
	test.Tap(button(t, u.win, i18n.T("Add")))
	cb, _ := db.CodeBook()
	theme, ok := cb.Lookup("Luottamus")
	if !ok || u.s.CodeID() != theme.ID {
		t.Fatal("new theme missing or not current")
	}
	// Code some text with a Calpro sub-theme, then merge it into the new theme.
	sub, _ := cb.Lookup("Lisäarvo/Palvelut")
	start, end, _ := coding.FindNth(u.s.Doc().Text, "Asiakaskokemus on parantunut", 1)
	u.reader.view.SetSelection(start, end)
	test.Tap(codeItemFor(t, u, "Lisäarvo/Palvelut"))
	u.codes.merge(sub.ID)
	sel := find(t, u.win, func(s *widget.Select) bool { return len(s.Options) > 30 })
	sel.SetSelected("Luottamus")
	test.Tap(button(t, u.win, i18n.T("OK")))
	es := excerpts(t, db)
	if len(es) != 1 || es[0].CodeID != theme.ID {
		t.Fatalf("merge: %+v", es)
	}
	// Delete the theme: the dialog says how many codings go with it.
	u.codes.remove(theme.ID)
	msg := find(t, u.win, func(l *widget.Label) bool {
		return strings.Contains(l.Text, "Luottamus") && strings.Contains(l.Text, "?")
	})
	if !strings.Contains(msg.Text, " 1 ") {
		t.Fatalf("confirmation: %q", msg.Text)
	}
	test.Tap(button(t, u.win, "Yes"))
	if len(excerpts(t, db)) != 0 {
		t.Fatal("delete left codings")
	}
	u.s.Undo()
	u.s.Undo()
	cb, _ = db.CodeBook()
	if _, ok := cb.Lookup("Lisäarvo/Palvelut"); !ok || len(excerpts(t, db)) != 1 {
		t.Fatal("undoing delete and merge did not restore the sub-theme and its coding")
	}
}

func TestFixTypoKeepsCodings(t *testing.T) {
	u, db := newTestUI(t, map[string]string{"a.txt": strings.Replace(haastattelu, "Asiakaskokemus", "Asiakaskokmus", 1)})
	start, end, _ := coding.FindNth(u.s.Doc().Text, "Asiakaskokmus on parantunut", 1)
	u.reader.view.SetSelection(start, end)
	test.Tap(codeItemFor(t, u, "Asiakaskokemukset/Palvelut"))
	u.reader.view.SetSelection(start, start+13)
	u.reader.editSelection()
	entry := find(t, u.win, func(e *widget.Entry) bool { return e.Text == "Asiakaskokmus" })
	entry.SetText("Asiakaskokemus")
	test.Tap(button(t, u.win, i18n.T("Replace")))
	d, _ := db.Document(u.s.Doc().ID)
	es := excerpts(t, db)
	if !strings.Contains(d.Text, "Asiakaskokemus on parantunut") || len(es) != 1 || es[0].Text != "Asiakaskokemus on parantunut" {
		t.Fatalf("after fix: %+v", es)
	}
	if spans := u.reader.view.SpansAt(start + 20); len(spans) != 1 {
		t.Fatal("highlight did not follow the fixed text")
	}
}

func TestMemosSaveAsYouType(t *testing.T) {
	u, db := newTestUI(t, map[string]string{"a.txt": haastattelu})
	project := u.memos.editors[0]
	test.Type(project.entry, "Tutkimuksen muistio: äö")
	project.Save()
	if m, _ := db.Memo(coding.MemoTarget{Kind: coding.ProjectMemo}); m != "Tutkimuksen muistio: äö" {
		t.Fatalf("project memo %q", m)
	}
	// Typing waits for a pause before saving; closing the project saves
	// what is still waiting.
	docID := u.s.Doc().ID
	docMemo := u.memos.editors[1]
	test.Type(docMemo.entry, "Haastateltava oli kiireinen.")
	if m, _ := db.Memo(coding.MemoTarget{Kind: coding.DocumentMemo, ID: docID}); m != "" {
		t.Fatal("saved while still typing")
	}
	u.s.Flush()
	if m, _ := db.Memo(coding.MemoTarget{Kind: coding.DocumentMemo, ID: docID}); m != "Haastateltava oli kiireinen." {
		t.Fatalf("document memo %q after flush", m)
	}
	if u.memos.editors[2].entry.Disabled() == false {
		t.Fatal("code memo should be disabled with no current code")
	}
}

func TestImportSummaryAndFind(t *testing.T) {
	u, db := newTestUI(t, nil)
	if u.s.Doc() != nil || !u.reader.empty.Visible() {
		t.Fatal("an empty project shows the empty-state message")
	}
	dir := t.TempDir()
	good := filepath.Join(dir, "Asiakas 9.txt")
	os.WriteFile(good, []byte(haastattelu), 0o644)
	bad := filepath.Join(dir, "rikki.docx")
	os.WriteFile(bad, []byte("not a zip"), 0o644)
	os.WriteFile(filepath.Join(dir, "kuva.png"), []byte("\x89PNG"), 0o644)
	files, err := filesIn(dir)
	if err != nil || len(files.transcripts) != 2 || len(files.others) != 1 {
		t.Fatalf("folder listing: %+v %v", files, err)
	}
	u.importFiles(files.transcripts)
	waitFor(t, "the import", func() bool { return len(u.s.Docs()) == 1 })
	waitFor(t, "the summary", func() bool {
		for _, o := range objects(u.win) {
			if l, ok := o.(*widget.Label); ok && strings.Contains(l.Text, "rikki.docx") {
				return true
			}
		}
		return false
	})
	if docs, _ := db.Documents(); len(docs) != 1 || docs[0].Name != "Asiakas 9" {
		t.Fatalf("documents: %+v", docs)
	}
	if u.s.Doc() == nil || u.s.Doc().Name != "Asiakas 9" {
		t.Fatal("the imported transcript is not opened")
	}

	u.showFind()
	u.find.scope.SetSelected(i18n.T("All documents"))
	test.Type(u.find.entry, "sähköpostilla")
	u.find.entry.OnSubmitted(u.find.entry.Text)
	if len(u.find.hits) != 1 {
		t.Fatalf("find: %+v", u.find.hits)
	}
}

func TestAttributeEditor(t *testing.T) {
	u, db := newTestUI(t, map[string]string{"a.txt": haastattelu})
	u.showAttributes()
	table := find(t, u.win, func(*widget.Table) bool { return true })
	cell := table.CreateCell().(*attrCell)
	table.UpdateCell(widget.TableCellID{Row: 0, Col: 1}, cell)
	if cell.entry.Text != "Kunnat" || !cell.entry.Visible() {
		t.Fatalf("cell shows %q", cell.entry.Text)
	}
	cell.entry.SetText("")
	test.Type(cell.entry, "Yhteisöt")
	cell.entry.OnSubmitted(cell.entry.Text)
	docs, _ := db.Documents()
	if docs[0].Attributes["ryhmä"] != "Yhteisöt" {
		t.Fatalf("attributes: %+v", docs[0].Attributes)
	}
	u.s.Undo()
	docs, _ = db.Documents()
	if docs[0].Attributes["ryhmä"] != "Kunnat" {
		t.Fatal("attribute edit not undone")
	}
}

func TestExcerptsPanelJumpAndQuote(t *testing.T) {
	u, _ := newTestUI(t, map[string]string{"a.txt": haastattelu})
	start, end, _ := coding.FindNth(u.s.Doc().Text, "Tiedotteet tulevat sähköpostilla.", 1)
	u.reader.view.SetSelection(start, end)
	test.Tap(codeItemFor(t, u, "Tiedottaminen/Kanavat"))
	test.Tap(codeItemFor(t, u, "Tiedottaminen")) // no selection now: list the theme's excerpts
	if len(u.excerpt.items) != 1 {
		t.Fatalf("excerpts of the theme: %d", len(u.excerpt.items))
	}
	u.excerpt.list.Select(0)
	test.Tap(u.excerpt.copyBtn)
	if got := u.s.App().Clipboard().Content(); got != "“Tiedotteet tulevat sähköpostilla.” (H1)" {
		t.Fatalf("quote %q", got)
	}
}

func TestReopeningTheOpenProjectKeepsIt(t *testing.T) {
	u, _ := newTestUI(t, map[string]string{"a.txt": haastattelu})
	path := u.s.Project().Path()
	if err := u.s.Open(path); err != nil {
		t.Fatalf("reopening the open project: %v", err)
	}
	if u.s.Project() == nil || u.s.Doc() == nil {
		t.Fatal("the project was closed")
	}
}
