package pseudonyms

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"teema/app/kit"
	"teema/app/kit/kittest"
	"teema/coding"
	"teema/store"
	"teema/study"
	"teema/voikko"
)

// A fictional interview: Kati speaks and is spoken of, Onni is a name
// and "aalto" a wave.
const interview = "Haastattelija: Miten perehdytys sujui?\n" +
	"Kati: Aloitin Espoossa. Katille näytettiin kaikki, ja Onni auttoi.\n" +
	"Haastattelija: Entä aalto?\n" +
	"Kati: Ensimmäinen aalto tuli keväällä. Onnille kiitos."

const pseudonymised = "Haastattelija: Miten perehdytys sujui?\n" +
	"H1: Aloitin [kaupunki]ssa. H1:lle näytettiin kaikki, ja H2 auttoi.\n" +
	"Haastattelija: Entä aalto?\n" +
	"H1: Ensimmäinen aalto tuli keväällä. H2:lle kiitos."

// open opens the window on the interview, coded twice; the test is
// skipped without Voikko.
func open(t *testing.T) (*kittest.Host, *store.Project, *Window) {
	t.Helper()
	if v, err := voikko.Open(); err != nil {
		t.Skipf("Voikko is not installed here (%v); install libvoikko1 and voikko-fi to run this test", err)
	} else {
		v.Close()
	}
	h, db := kittest.New(t, map[string]string{"haastattelu.txt": interview})
	h.CodeText(t, "haastattelu", "Katille näytettiin kaikki", "Asiakasodotukset/Asiakkuus")
	h.CodeText(t, "haastattelu", "Espoossa", "Asiakasodotukset/Palvelut")
	var slot kit.Slot[*Window]
	w := slot.Open(h, New)
	t.Cleanup(w.win.Close)
	return h, db, w
}

// row is the list's row of a word, as drawn.
func row(t *testing.T, w *Window, word string) *candidateRow {
	t.Helper()
	return kittest.Find(t, w.win, func(r *candidateRow) bool { return r.word.Text == word && r.Visible() })
}

// TestPseudonymiseWindow finds the names, takes an edited replacement,
// previews it, replaces every form in one undoable step that keeps the
// codings on their words, and makes it final: the names leave the
// project file, the undo history and the backups.
func TestPseudonymiseWindow(t *testing.T) {
	h, db, w := open(t)
	test.Tap(kittest.Button(t, w.win, "Find names"))
	kati, espoo, onni := row(t, w, "Kati"), row(t, w, "Espoo"), row(t, w, "Onni")
	if !kati.check.Checked || !espoo.check.Checked || !onni.check.Checked || kati.entry.Text != "H1" || espoo.entry.Text != "[paikka]" {
		t.Fatalf("rows: Kati %v %q, Espoo %v %q, Onni %v", kati.check.Checked, kati.entry.Text, espoo.check.Checked, espoo.entry.Text, onni.check.Checked)
	}
	if !strings.Contains(onni.info.Text, "1× perhaps a common word") || !strings.Contains(kati.info.Text, "speaker") {
		t.Errorf("what the rows say: %q, %q", onni.info.Text, kati.info.Text)
	}
	espoo.entry.SetText("")
	test.Type(espoo.entry, "[kaupunki]")
	test.Tap(onni.check)
	test.Tap(onni.check) // ticked again

	w.list.Select(w.cands.index("Kati"))
	if len(w.lines.previews) != 3 || w.lines.previews[1].Match != "H1:lle" || w.lines.lines[1].Match != "Katille" {
		t.Fatalf("Kati in context: %+v → %+v", w.lines.lines, w.lines.previews)
	}
	w.context.Select(1)
	if doc := h.DocID(t, "haastattelu"); len(h.Passages) != 1 || h.Passages[0] != (kittest.Passage{DocID: doc, Start: 63, End: 70}) {
		t.Errorf("shown in the transcript: %+v", h.Passages)
	}

	test.Tap(kittest.Button(t, w.win, "Replace the names"))
	d, _ := db.DocumentText(h.DocID(t, "haastattelu"))
	if d.Text != pseudonymised {
		t.Fatalf("text:\n%s\nwant\n%s", d.Text, pseudonymised)
	}
	checkCodings(t, db, "[kaupunki]ssa", "H1:lle näytettiin kaikki")
	h.S.Undo()
	if d, _ := db.DocumentText(d.ID); d.Text != interview {
		t.Fatalf("undo left\n%s", d.Text)
	}
	checkCodings(t, db, "Espoossa", "Katille näytettiin kaikki")
	h.S.Redo()

	test.Tap(kittest.Button(t, w.win, "Make final…"))
	test.Tap(kittest.Button(t, w.win, "Make final"))
	if h.S.History().CanUndo() {
		t.Error("the undo history, which holds the names, is kept")
	}
	test.Tap(kittest.Button(t, w.win, "Delete the backups"))
	if bs, _ := store.Backups(db.Path()); len(bs) != 0 {
		t.Errorf("backups left: %v", bs)
	}
	data, err := os.ReadFile(db.Path())
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"Kati", "Espoo", "Onni"} {
		if strings.Contains(string(data), name) {
			t.Errorf("the project file holds %s", name)
		}
	}
}

// checkCodings fails unless the codings are these and select their words.
func checkCodings(t *testing.T, db *store.Project, want ...string) {
	t.Helper()
	es, _ := db.Excerpts(coding.ExcerptFilter{})
	var got []string
	for _, e := range es {
		d, _ := db.DocumentText(e.DocID)
		if coding.Slice(d.Text, e.Start, e.End) != e.Text {
			t.Errorf("coding %d selects %q, its copy says %q", e.ID, coding.Slice(d.Text, e.Start, e.End), e.Text)
		}
		got = append(got, e.Text)
	}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("codings %q, want %q", got, want)
	}
}

// The key is saved apart, as the save dialog would; a word of one's own
// is added ticked; copies of the transcripts are written for archiving.
func TestKeyOwnWordAndCopies(t *testing.T) {
	_, _, w := open(t)
	test.Tap(kittest.Button(t, w.win, "Find names"))
	test.Type(w.addEntry, "Aloitin")
	test.Tap(kittest.Button(t, w.win, "Add"))
	own := row(t, w, "Aloitin")
	if !own.check.Checked || !strings.Contains(own.info.Text, "1×") {
		t.Errorf("own word: %v %q", own.check.Checked, own.info.Text)
	}
	key, err := w.cands.key()
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "avain.csv")
	w.saveKey(key, path)
	back, err := study.ReadKey(path)
	if err != nil || len(back) != len(key) || !strings.Contains(w.note.Text, path) {
		t.Errorf("key read back %v %v; note %q", back, err, w.note.Text)
	}
	dir := t.TempDir()
	if n, err := w.writeCopies(dir, ".txt"); n != 1 || err != nil {
		t.Fatalf("copies: %d %v", n, err)
	}
	if b, _ := os.ReadFile(filepath.Join(dir, "haastattelu.txt")); string(b) != interview+"\n" {
		t.Errorf("copy %q", b)
	}
}

// A key that breaks a rule is refused, naming the row, and nothing changes.
func TestBrokenKeyRefused(t *testing.T) {
	_, db, w := open(t)
	test.Tap(kittest.Button(t, w.win, "Find names"))
	onni := row(t, w, "Onni")
	onni.entry.SetText("")
	test.Type(onni.entry, "Kati")
	test.Tap(kittest.Button(t, w.win, "Replace the names"))
	d, _ := db.DocumentText(1)
	if d.Text != interview {
		t.Errorf("a broken key changed the text:\n%s", d.Text)
	}
	if len(w.win.Canvas().Overlays().List()) == 0 {
		t.Error("no error shown")
	}
}
