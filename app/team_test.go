package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"teema/coding"
	"teema/i18n"
	"teema/store"
	"teema/study"
)

const teamText = "abcdefghijklmnopqrst"

// addCoding codes a stretch of a document as a coder, straight in the
// store, as another coder's work would arrive.
func addCoding(t *testing.T, p *store.Project, doc, path string, start, end int, coder string) {
	t.Helper()
	code, _, err := p.EnsureCodePath(path, "", "")
	if err != nil {
		t.Fatal(err)
	}
	id := docIDIn(t, p, doc)
	if err := p.AddExcerpts([]coding.Excerpt{{DocID: id, CodeID: code.ID, Start: start, End: end, Coder: coder}}); err != nil {
		t.Fatal(err)
	}
}

func docIDIn(t *testing.T, p *store.Project, name string) int64 {
	t.Helper()
	docs, err := p.Documents()
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range docs {
		if d.Name == name {
			return d.ID
		}
	}
	t.Fatalf("no document %q", name)
	return 0
}

// reportShown finds the report dialog's text that holds want.
func reportShown(t *testing.T, u *UI, want string) {
	t.Helper()
	find(t, u.win, func(l *widget.Label) bool { return strings.Contains(l.Text, want) })
}

func codersOf(t *testing.T, p *store.Project) map[string]int {
	t.Helper()
	got := map[string]int{}
	for _, e := range excerpts(t, p) {
		got[e.Coder]++
	}
	return got
}

// A project exported from the menu's function imports into a fresh
// project with its documents, codes and each coder's codings.
func TestExportImportQDPX(t *testing.T) {
	u, _ := newTestUI(t, map[string]string{"h1.txt": teamText})
	addCoding(t, u.s.Project(), "h1", "X", 0, 10, "liisa")
	addCoding(t, u.s.Project(), "h1", "X", 0, 10, "matti")
	path := filepath.Join(t.TempDir(), "vienti.qdpx")
	u.export(path, study.QDPX)
	if st, err := os.Stat(path); err != nil || st.Size() == 0 {
		t.Fatalf("export wrote no file: %v", err)
	}
	qdc := filepath.Join(t.TempDir(), "koodit.qdc")
	u.export(qdc, study.QDC)
	if _, err := os.Stat(qdc); err != nil {
		t.Fatalf("code book export: %v", err)
	}

	fresh, check := newTestUI(t, nil)
	fresh.importExchange(path, study.QDPX)
	docs, err := check.Documents()
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 1 || len(fresh.s.Docs()) != 1 {
		t.Fatalf("documents after import: %+v; the view lists %d", docs, len(fresh.s.Docs()))
	}
	if got := codersOf(t, check); got["liisa"] != 1 || got["matti"] != 1 || len(got) != 2 {
		t.Fatalf("codings by coder after import: %v", got)
	}
	if _, ok := fresh.s.Book().Lookup("X"); !ok {
		t.Fatal("the code book view lacks the imported code X")
	}
	reportShown(t, fresh, "Imported 1 documents, 1 codes and 2 codings.")
}

// Merging another coder's project adds their codings with their name,
// makes a backup first and says what it did.
func TestMergeFromGUI(t *testing.T) {
	u, check := newTestUI(t, map[string]string{"h1.txt": teamText})
	addCoding(t, u.s.Project(), "h1", "X", 0, 10, "liisa")
	u.s.Reload()
	other := otherCoder(t, "matti", 5, 15)

	u.confirmMerge(other)
	if !strings.Contains(dialogText(u), "backup") {
		t.Errorf("the question does not say a backup is made first: %q", dialogText(u))
	}
	test.Tap(button(t, u.win, "No"))
	if got := codersOf(t, check); got["matti"] != 0 {
		t.Fatal("a merge the user declined was made")
	}
	u.confirmMerge(other)
	test.Tap(button(t, u.win, i18n.T("Merge")))
	if got := codersOf(t, check); got["liisa"] != 1 || got["matti"] != 1 {
		t.Fatalf("codings by coder after the merge: %v", got)
	}
	if u.s.Counts() == nil || u.s.History().CanUndo() {
		t.Fatal("the views were not reloaded or the undo history still reaches across the merge")
	}
	bs, err := store.Backups(u.s.Project().Path())
	if err != nil || len(bs) == 0 {
		t.Fatalf("no backup before the merge: %v %v", bs, err)
	}
	reportShown(t, u, "codings: 1 added, 0 matched")
	reportShown(t, u, "added 0 documents, 0 codes and 1 codings")

	// The same project again, as a .qdpx, adds nothing.
	qdpxPath := filepath.Join(t.TempDir(), "matti.qdpx")
	fresh, _ := newTestUI(t, nil)
	fresh.mergeProject(other)
	fresh.export(qdpxPath, study.QDPX)
	u.mergeProject(qdpxPath)
	if got := codersOf(t, check); got["matti"] != 1 {
		t.Fatalf("the .qdpx merge doubled codings: %v", got)
	}
	reportShown(t, u, "codings: 0 added, 1 matched")

	u.mergeProject(u.s.Project().Path()) // refused, not merged into itself
	if got := codersOf(t, check); len(got) != 2 {
		t.Fatalf("merging the project into itself changed it: %v", got)
	}
}

// otherCoder makes another coder's project of the same transcript, with
// X coded from start to end.
func otherCoder(t *testing.T, coder string, start, end int) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), coder+store.Extension)
	p, err := store.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	if _, err := p.AddDocument(coding.NewDocument("h1", coding.Normalize(teamText), "txt", "h1.txt", time.Now())); err != nil {
		t.Fatal(err)
	}
	addCoding(t, p, "h1", "X", start, end, coder)
	return path
}
