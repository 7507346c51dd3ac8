package app

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"teema/i18n"
	"teema/study"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// TestImportDialogImportsTheTickedFiles unticks every file of a folder of
// nine but the seventh, as a user would, with the dialog's own boxes:
// only the seventh is imported. (widget.CheckGroup edited its Selected
// slice in place, and the dialog once passed it as its options too.)
func TestImportDialogImportsTheTickedFiles(t *testing.T) {
	u, db := newTestUI(t, nil)
	dir := t.TempDir()
	for i := 1; i <= 9; i++ {
		text := fmt.Sprintf("H%d: Haastattelu numero %d kertoo omista asioistaan.", i, i)
		os.WriteFile(filepath.Join(dir, fmt.Sprintf("haastattelu %d.txt", i)), []byte(text), 0o644)
	}
	os.WriteFile(filepath.Join(dir, "kuva.png"), []byte("\x89PNG"), 0o644)
	u.chooseFiles(dir)
	if !strings.Contains(dialogText(u), "kuva.png") && !labelShown(u, "kuva.png") {
		t.Error("the dialog does not say which files it leaves out")
	}
	test.Tap(button(t, u.win, i18n.T("Select none")))
	test.Tap(find(t, u.win, func(c *widget.Check) bool { return c.Text == "haastattelu 7.txt" }))
	test.Tap(button(t, u.win, i18n.T("Import")))
	docs, err := db.Documents()
	if err != nil || len(docs) != 1 || docs[0].Name != "haastattelu 7" {
		t.Fatalf("imported %+v (%v), want haastattelu 7 alone", docs, err)
	}
	want := i18n.TF("Added {{.Added}} of {{.Files}} files; {{.Duplicates}} were already in the project and {{.Failed}} could not be imported.",
		map[string]any{"Added": 1, "Files": 1, "Duplicates": 0, "Failed": 0})
	if u.status.Text != want {
		t.Errorf("status %q, want %q", u.status.Text, want)
	}
}

// TestImportingADuplicateSaysSo: a file already in the project adds
// nothing, and the status says so rather than "imported 1 of 1".
func TestImportingADuplicateSaysSo(t *testing.T) {
	u, db := newTestUI(t, map[string]string{"eka.txt": haastattelu})
	dir := t.TempDir()
	again := filepath.Join(dir, "eka kopio.txt")
	os.WriteFile(again, []byte(haastattelu), 0o644)
	u.importFiles([]string{again})
	if docs, _ := db.Documents(); len(docs) != 1 {
		t.Fatalf("%d documents after importing a duplicate", len(docs))
	}
	want := i18n.TF("Added {{.Added}} of {{.Files}} files; {{.Duplicates}} were already in the project and {{.Failed}} could not be imported.",
		map[string]any{"Added": 0, "Files": 1, "Duplicates": 1, "Failed": 0})
	if u.status.Text != want {
		t.Errorf("status %q, want %q", u.status.Text, want)
	}
}

// labelShown reports whether a label holding text is drawn.
func labelShown(u *UI, text string) bool {
	for _, o := range objects(u.win) {
		if l, ok := o.(*widget.Label); ok && strings.Contains(l.Text, text) {
			return true
		}
	}
	return false
}

// TestRefusalsInTheUsersLanguage imports an empty file, a binary file and
// a picture with the UI in Finnish: the report says why in Finnish, in the
// words teema-cli uses under a Finnish locale (both word the same errors
// through package i18n).
func TestRefusalsInTheUsersLanguage(t *testing.T) {
	defer i18n.Use(i18n.Lang())
	i18n.Use(i18n.Finnish)
	u, _ := newTestUI(t, nil)
	dir := t.TempDir()
	files := map[string]string{"puhe.txt": "", "data.txt": "abc\x00\x00\x01def", "kuva.png": "\x89PNG\r\n\x1a\nxxxx"}
	var paths []string
	for name, content := range files {
		path := filepath.Join(dir, name)
		os.WriteFile(path, []byte(content), 0o644)
		paths = append(paths, path)
	}
	u.importFiles(paths)
	for _, want := range []string{"tyhjä", "binääri", "ei tueta"} {
		if !labelShown(u, want) {
			t.Errorf("the import report does not say %q", want)
		}
	}
	for _, r := range study.ImportFiles(u.s.Project(), paths, nil, nil).Results {
		if !labelShown(u, i18n.Error(r.Err)) {
			t.Errorf("the report does not show %q", i18n.Error(r.Err))
		}
	}
}

// TestImportReportSaysHowATextWasRead: one transcript with a stray byte
// gets the report, which says where the byte was.
func TestImportReportSaysHowATextWasRead(t *testing.T) {
	u, _ := newTestUI(t, nil)
	path := filepath.Join(t.TempDir(), "h1.txt")
	os.WriteFile(path, []byte("H1: Hyvä päivä.\nH1: Toinen rivi \xff tässä.\n"), 0o644)
	u.importFiles([]string{path})
	if !labelShown(u, "line 2") {
		t.Error("the report does not say where the stray byte was")
	}
}
