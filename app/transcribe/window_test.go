package transcribe

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"teema/app/kit"
	"teema/app/kit/kittest"
	"teema/app/player/playertest"
	"teema/coding"
	"teema/i18n"
	"teema/store"
)

// The interview typed in TestTranscribe, times and all, as the keys make
// it.
const typed = "[00:00:02] Haastattelija: Miten perehdytys sujui?\n" +
	"[00:00:05] H1: Se sujui hyvin.\n" +
	"[00:00:13] Haastattelija: Kiitos."

// TestTranscribe types an interview with the transcriber's keys while
// the tone plays on a fake sound device, saves it as typing pauses,
// survives a crash (the project file copied as it was on disk), goes on
// in a new session from the draft offered there, and finishes it: a
// document whose time index holds the typed times at their words, with
// the recording attached.
func TestTranscribe(t *testing.T) {
	h, _, w, out, wav := start(t, "haastattelu")
	c := w.win.Canvas()
	if c.Focused() != w.text {
		t.Fatal("the text does not have the keyboard")
	}

	w.bar.Seek(2)
	press(c, fyne.Key1, ctrl) // Haastattelija
	press(c, fyne.KeyF8, 0)   // the time goes before the label
	typeText(c, "Miten perehdytys sujui?")

	press(c, fyne.KeyF4, 0) // play
	playertest.Play(out, 3)
	press(c, fyne.Key2, ctrl) // H1 on a new line
	press(c, fyne.KeyT, ctrl)
	typeText(c, "Se sujui hyvin.")

	press(c, fyne.KeyRight, ctrl) // 10 s
	press(c, fyne.KeySpace, ctrl) // pause, 1.5 s back
	if got := w.bar.Time(); w.bar.Playing() || got < 8.4 || got > 8.6 {
		t.Fatalf("after skip and pause: at %.2f s, playing %v; want 8.5 s, paused", got, w.bar.Playing())
	}
	press(c, fyne.KeyLeft, ctrl)
	press(c, fyne.KeyRight, ctrl)
	press(c, fyne.KeyRight, ctrl) // 13.5 s
	press(c, fyne.Key1, ctrl)
	press(c, fyne.KeyF8, 0)
	typeText(c, "Kiitos.")
	if w.text.Text != typed {
		t.Fatalf("typed:\n%s\nwant:\n%s", w.text.Text, typed)
	}

	// Saved once typing pauses, not before.
	if d := drafts(t, h); len(d) != 1 || d[0].Text != "" {
		t.Fatalf("saved before the pause: %+v", d)
	}
	h.Clock.Advance(kit.SaveDelay)
	if d := drafts(t, h); d[0].Text != typed {
		t.Fatalf("saved after the pause: %q", d[0].Text)
	}

	// A crash now loses only what was typed since the last pause.
	typeText(c, " Lisää")
	crashed := crashImage(t, h)
	h2, tr2 := reopen(t, h.S.App(), crashed)
	if got := overlayText(h2.S.Window()); !strings.Contains(got, "haastattelu") || !strings.Contains(got, "not finished") {
		t.Fatalf("the reopened project does not offer the draft: %q", got)
	}
	tapOverlay(t, h2.S.Window(), "Continue")
	w2 := current(t, tr2)
	if w2.text.Text != typed {
		t.Fatalf("continued with %q, want %q", w2.text.Text, typed)
	}
	if w2.bar.Recording() == nil || w2.bar.Recording().Path != wav {
		t.Fatalf("the recording was not opened again: %q", w2.status.Text)
	}
	if got := w2.bar.Time(); got != 13 {
		t.Errorf("continued at %v s, want 13 s, the last time typed", got)
	}

	tapFinish(t, w2)
	doc := h2.S.Doc()
	if doc == nil || doc.Name != "haastattelu" {
		t.Fatalf("the main window shows %+v", doc)
	}
	want := "Haastattelija: Miten perehdytys sujui?\nH1: Se sujui hyvin.\nHaastattelija: Kiitos."
	if doc.Text != want {
		t.Fatalf("document text %q, want %q", doc.Text, want)
	}
	for _, m := range []struct {
		words   string
		seconds float64
	}{{"Haastattelija: Miten", 2}, {"H1: Se", 5}, {"Haastattelija: Kiitos", 13}} {
		start, _, _ := coding.FindNth(doc.Text, m.words, 1)
		if got, ok := doc.Times.SecondsAt(start); !ok || got != m.seconds {
			t.Errorf("%q is at %v s (%v), want %v s; index %+v", m.words, got, ok, m.seconds, doc.Times)
		}
	}
	if d := drafts(t, h2); len(d) != 0 {
		t.Errorf("the draft is still there: %+v", d)
	}
	if rec, err := h2.S.Project().Recording(doc.ID); err != nil || rec == nil || rec.Path != wav {
		t.Errorf("recording %+v, %v", rec, err)
	}
	if _, ok := tr2.Current(); ok {
		t.Error("the transcription window stayed open")
	}
}

// TestKeysOffTheText: the keys act when a button, not the text, has the
// keyboard, and a label button puts the text back in charge.
func TestKeysOffTheText(t *testing.T) {
	_, _, w, _, _ := start(t, "h2")
	c := w.win.Canvas()
	c.Unfocus()
	w.bar.Seek(4)
	press(c, fyne.KeyF8, 0)
	press(c, fyne.KeySpace, ctrl)
	if w.text.Text != "[00:00:04] " {
		t.Errorf("F8 on the canvas typed %q", w.text.Text)
	}
	test.Tap(kittest.Find(t, w.win, func(b *widget.Button) bool { return strings.HasPrefix(b.Text, "H2") }))
	if w.text.Text != "[00:00:04] H2: " || c.Focused() != w.text {
		t.Errorf("the H2 button typed %q; focus on %T", w.text.Text, c.Focused())
	}
}

// TestFinishEmpty says, in Finnish, why an empty draft cannot be
// finished, and keeps the window and the draft.
func TestFinishEmpty(t *testing.T) {
	h, _, w, _, _ := start(t, "tyhjä")
	defer i18n.Use(i18n.Lang())
	i18n.Use(i18n.Finnish)
	w.finishNow()
	if got := overlayText(w.win); !strings.Contains(got, "tyhjä") || !strings.Contains(got, "ei ole vielä tekstiä") {
		t.Errorf("the window says %q", got)
	}
	if len(drafts(t, h)) != 1 || !w.loaded {
		t.Error("the draft went")
	}
}

// TestDeleteDraft deletes a draft from the list, after asking, and
// closes its window.
func TestDeleteDraft(t *testing.T) {
	h, tr, w, _, _ := start(t, "poistettava")
	typeText(w.win.Canvas(), "Jotain")
	tr.ShowDrafts()
	main := h.S.Window()
	if got := overlayText(main); !strings.Contains(got, "poistettava") || !strings.Contains(got, "1 words") {
		t.Fatalf("the list says %q", got)
	}
	tapOverlay(t, main, "Delete…")
	if got := overlayText(main); !strings.Contains(got, "goes for good") {
		t.Fatalf("no question before deleting: %q", got)
	}
	tapOverlay(t, main, "Yes")
	if d := drafts(t, h); len(d) != 0 {
		t.Errorf("drafts left: %+v", d)
	}
	if _, ok := tr.Current(); ok {
		t.Error("the window of the deleted draft is open")
	}
	if got := overlayText(main); !strings.Contains(got, "No transcription is unfinished") {
		t.Errorf("the list now says %q", got)
	}
}

// TestMovedRecording: a draft whose recording moved opens with its text,
// says the recording is gone, and takes the file chosen again, text and
// all.
func TestMovedRecording(t *testing.T) {
	h, tr, w, _, wav := start(t, "siirretty")
	typeText(w.win.Canvas(), "Teksti jää.")
	w.win.Close()
	moved := filepath.Join(t.TempDir(), "uusi.wav")
	if err := os.Rename(wav, moved); err != nil {
		t.Fatal(err)
	}
	tr.ShowDrafts()
	tapOverlay(t, h.S.Window(), "Continue")
	w = current(t, tr)
	if w.text.Text != "Teksti jää." || w.bar.Player() != nil {
		t.Fatalf("continued with %q, player %v", w.text.Text, w.bar.Player())
	}
	if got := overlayText(w.win); !strings.Contains(got, "no longer at") {
		t.Fatalf("the window says %q", got)
	}
	w.chooseAgain(moved)
	d := drafts(t, h)
	if len(d) != 1 || d[0].Recording.Path != moved || d[0].Text != "Teksti jää." {
		t.Fatalf("drafts now %+v", d)
	}
	if w.bar.Recording() == nil || w.text.Text != "Teksti jää." || w.draft.ID != d[0].ID {
		t.Errorf("the window plays %v with %q", w.bar.Recording(), w.text.Text)
	}
}

// TestOtherProject: opening another project saves the typing into the
// draft's own project and closes the window.
func TestOtherProject(t *testing.T) {
	h, tr, w, _, _ := start(t, "eka")
	first := h.S.Project().Path()
	typeText(w.win.Canvas(), "Ennen vaihtoa")
	other := filepath.Join(t.TempDir(), "toka.teema")
	p, err := store.Create(other)
	if err != nil {
		t.Fatal(err)
	}
	p.Close()
	if err := h.S.Open(other); err != nil {
		t.Fatal(err)
	}
	if _, ok := tr.Current(); ok {
		t.Error("the window of the other project's draft is open")
	}
	db, err := store.OpenReadOnly(first)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if d, err := db.Drafts(); err != nil || len(d) != 1 || d[0].Text != "Ennen vaihtoa" {
		t.Errorf("the first project's drafts: %+v, %v", d, err)
	}
}

// TestClickATimeMarker: a click on a typed time takes the recording
// there; a click on words does not move it.
func TestClickATimeMarker(t *testing.T) {
	_, _, w, _, _ := start(t, "h3")
	w.text.SetText("Haastattelija: Miten meni?\n[00:00:07] H1: Hyvin meni.")
	size := theme.TextSize()
	row := func(n int) float32 {
		return theme.InnerPadding() + float32(n)*fyne.MeasureText("Åg", size, fyne.TextStyle{}).Height + 2
	}
	at := func(prefix string, n int) fyne.Position {
		return fyne.NewPos(theme.InnerPadding()+fyne.MeasureText(prefix, size, fyne.TextStyle{}).Width+1, row(n))
	}
	click := func(pos fyne.Position) {
		w.text.MouseDown(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: pos}, Button: desktop.MouseButtonPrimary})
		w.text.MouseUp(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: pos}, Button: desktop.MouseButtonPrimary})
	}
	w.bar.Seek(2)
	click(at("[00:0", 1))
	if got := w.bar.Time(); got < 6.9 || got > 7.1 {
		t.Errorf("a click on [00:00:07] took the recording to %.2f s", got)
	}
	w.bar.Seek(2)
	click(at("Haastattelija: Mi", 0))
	if got := w.bar.Time(); got < 1.9 || got > 2.1 {
		t.Errorf("a click on words took the recording to %.2f s", got)
	}
}
