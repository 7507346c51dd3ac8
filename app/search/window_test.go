package search

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"teema/app/kit"
	"teema/app/kit/kittest"
	"teema/coding"
	"teema/i18n"
	"teema/store"
	"teema/study"
)

// Fictional interviews of a payroll service's customers.
var docs = map[string]string{
	"Kunta A.txt": "Haastattelija: Miten tiedotteet tulevat?\n\n" +
		"H1: Tiedotteet tulevat sähköpostilla. Tiedote on usein myöhässä.\n\n" +
		"Haastattelija: Entä yhteistyö?\n\n" +
		"H1: Yhteistyö sujuu. Palaverissa käydään tiedote läpi.",
	"Kunta B.txt": "Haastattelija: Mitä kunta odottaa?\n\n" +
		"H2: Kunta odottaa, että tiedote tulee ajoissa.",
}

// open opens the window as the main window's menu does, matching words
// as written so the tests need no Voikko.
func open(t *testing.T) (*kittest.Host, *store.Project, *Window) {
	t.Helper()
	h, db := kittest.New(t, docs)
	var slot kit.Slot[*Window]
	w := slot.Open(h, New)
	t.Cleanup(w.win.Close)
	w.ask.forms.SetSelected(kit.FormsLabel(study.FormsRaw))
	return h, db, w
}

// searchFor types a query and presses Enter.
func searchFor(w *Window, query string) {
	w.ask.entry.SetText("")
	test.Type(w.ask.entry, query)
	w.ask.entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
}

// lineOf is what the results list shows in a row: the caption and the
// hit in its context.
func lineOf(w *Window, row int) (caption, hit string) {
	o := w.results.hits.CreateItem()
	w.results.hits.UpdateItem(row, o)
	text := o.(*fyne.Container).Objects[0].(*fyne.Container).Objects
	return text[0].(*widget.Label).Text, w.results.hits.hits[row].Text
}

func TestSearchWindowListsHitsInContext(t *testing.T) {
	h, _, w := open(t)
	searchFor(w, "tiedote")
	if n := w.results.hits.Length(); n != 3 {
		t.Fatalf("%d hits, want 3; %q", n, w.note.Text)
	}
	caption, hit := lineOf(w, 0)
	if caption != "Kunta A · H1 · Kunnat" || hit != "Tiedote" {
		t.Errorf("first line %q %q", caption, hit)
	}
	if !strings.Contains(w.results.summary.Text, "3") {
		t.Errorf("summary %q", w.results.summary.Text)
	}
	if len(w.results.perDoc.rows) != 2 || w.results.perDoc.rows[0][1] != "2" {
		t.Errorf("per interview %v", w.results.perDoc.rows)
	}
	w.results.hits.list.Select(2)
	p := h.Passages
	if len(p) != 1 || p[0].DocID != h.DocID(t, "Kunta B") || p[0].End-p[0].Start != len("tiedote") {
		t.Errorf("the line showed %+v", p)
	}
	w.results.order.SetSelected(i18n.T(byAfter))
	if _, hit := lineOf(w, 0); hit != "tiedote" {
		t.Errorf("sorted by the words after, first %q", hit)
	}
	w.results.perForm.sortBy(0)
	if w.results.perForm.rows[w.results.perForm.order[0]][0] != "tiedote" {
		t.Errorf("per form sorted A to Z: %v", w.results.perForm.order)
	}
}

func TestSearchWindowSaysWhatIsWrongWithAQuery(t *testing.T) {
	_, _, w := open(t)
	searchFor(w, "kunta OR")
	if !strings.Contains(w.note.Text, "OR (") || !strings.Contains(w.note.Text, "2") {
		t.Errorf("note %q", w.note.Text)
	}
}

func TestSearchWindowFiltersAndScope(t *testing.T) {
	_, _, w := open(t)
	w.ask.filters.interviewer.SetChecked(true)
	searchFor(w, "kunta")
	if n := w.results.hits.Length(); n != 1 {
		t.Errorf("without the interviewer: %d hits", n)
	}
	w.ask.filters.interviewer.SetChecked(false)
	w.ask.scope.SetSelected(i18n.T(inTurn))
	searchFor(w, "tiedotteet sähköpostilla")
	if n := w.results.hits.Length(); n != 2 {
		t.Errorf("two words in a turn: %d hits", n)
	}
}

// codeThem runs the auto-coding bar's preview and confirms it.
func codeThem(t *testing.T, w *Window, run *widget.Button) {
	t.Helper()
	test.Tap(run)
	test.Tap(kittest.Button(t, w.win, i18n.T("Code them")))
}

// coded lists the project's codings' words, sorted.
func coded(t *testing.T, db *store.Project) []string {
	t.Helper()
	es, err := db.Excerpts(coding.ExcerptFilter{})
	if err != nil {
		t.Fatal(err)
	}
	out := make([]string, len(es))
	for i, e := range es {
		out[i] = e.Text
	}
	slices.Sort(out)
	return out
}

func TestSearchWindowAutoCodesInOneUndoStep(t *testing.T) {
	_, db, w := open(t)
	searchFor(w, "tiedote OR tiedotteet")
	bar := w.results.code
	if !bar.run.Disabled() {
		t.Error("no code chosen, yet coding is offered")
	}
	bar.codes.sel.SetSelected("Tiedottaminen/Kanavat")
	bar.extent.SetSelected(i18n.T(extSentence))
	codeThem(t, w, bar.run)
	want := "Kunta odottaa, että tiedote tulee ajoissa.|Miten tiedotteet tulevat?|Palaverissa käydään tiedote läpi.|" +
		"Tiedote on usein myöhässä.|Tiedotteet tulevat sähköpostilla."
	if got := strings.Join(coded(t, db), "|"); got != want {
		t.Fatalf("coded %q", got)
	}
	if es, _ := db.Excerpts(coding.ExcerptFilter{Coder: "Testaaja"}); len(es) != 5 {
		t.Errorf("%d codings by the session's coder", len(es))
	}
	test.Tap(bar.run)
	test.Tap(kittest.Button(t, w.win, i18n.T("OK")))
	if len(coded(t, db)) != 5 {
		t.Error("coding again coded more")
	}
	w.win.Canvas().(fyne.Shortcutable).TypedShortcut(&fyne.ShortcutUndo{})
	if got := coded(t, db); len(got) != 0 {
		t.Errorf("one undo left %q", got)
	}
}

func TestSearchWindowCodesTickedHitsWithANewCode(t *testing.T) {
	_, db, w := open(t)
	searchFor(w, "tiedote")
	o := w.results.hits.CreateItem()
	w.results.hits.UpdateItem(1, o)
	test.Tap(o.(*fyne.Container).Objects[1].(*widget.Check))
	bar := w.results.code
	if !strings.Contains(bar.what.Text, "1") {
		t.Errorf("bar says %q", bar.what.Text)
	}
	bar.codes.newPath = "Tiedottaminen/Myöhästyminen"
	bar.refresh()
	codeThem(t, w, bar.run)
	if got := coded(t, db); len(got) != 1 || got[0] != "tiedote" {
		t.Fatalf("coded %q", got)
	}
	if _, ok := w.s.Book().Lookup("Tiedottaminen/Myöhästyminen"); !ok || bar.codes.sel.Selected != "Tiedottaminen/Myöhästyminen" {
		t.Errorf("the new code is not chosen: %q", bar.codes.sel.Selected)
	}
	w.s.Undo()
	if _, ok := w.s.Book().Lookup("Tiedottaminen/Myöhästyminen"); ok || len(coded(t, db)) != 0 {
		t.Error("undo left the new code or its coding")
	}
}

func TestSearchWindowCodesASpeakersTurns(t *testing.T) {
	_, db, w := open(t)
	w.tabs.SelectIndex(1)
	w.turns.speaker.SetSelected("Haastattelija")
	w.turns.codes.sel.SetSelected("Yhteistyö")
	codeThem(t, w, w.turns.run)
	if got := strings.Join(coded(t, db), "|"); got != "Entä yhteistyö?|Miten tiedotteet tulevat?|Mitä kunta odottaa?" {
		t.Errorf("coded %q", got)
	}
}

// TestSearchHitPlays: a hit in an interview with a recording offers Play,
// which asks the main window to play it from there; attaching the
// recording while the hits are shown offers it at once.
func TestSearchHitPlays(t *testing.T) {
	h, _, w := open(t)
	searchFor(w, "tiedote")
	row := w.results.hits.CreateItem()
	play := row.(*fyne.Container).Objects[2].(*widget.Button)
	w.results.hits.UpdateItem(2, row)
	if play.Visible() {
		t.Fatal("Play is offered for an interview without a recording")
	}
	kuntaB := h.DocID(t, "Kunta B")
	h.S.Do(coding.SetRecording{DocID: kuntaB, Recording: &coding.Recording{Path: "/nowhere/kunta-b.wav", Print: "1:00", Seconds: 60}})
	w.results.hits.UpdateItem(2, row)
	if !play.Visible() {
		t.Fatal("no Play for a hit in a recorded interview")
	}
	w.results.hits.UpdateItem(0, row)
	if play.Visible() {
		t.Error("Play is offered for Kunta A, which has no recording")
	}
	w.results.hits.UpdateItem(2, row)
	test.Tap(play)
	hit := w.results.hits.hits[2]
	if want := (kittest.Passage{DocID: kuntaB, Start: hit.Start, End: hit.End}); len(h.Played) != 1 || h.Played[0] != want {
		t.Errorf("Play asked for %+v, want %+v", h.Played, want)
	}
}
