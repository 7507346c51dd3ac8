package transcribe

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"teema/app/kit/kittest"
	"teema/app/player/playertest"
	"teema/app/session"
	mp "teema/media/player"
	"teema/store"
)

// start opens a fresh project with a transcriber, a ten-second tone to
// transcribe and a fake sound device, and starts a transcription of the
// tone named name through the checking dialog, as the menu does once the
// file and name are chosen.
func start(t *testing.T, name string) (*kittest.Host, *Transcriber, *Window, *mp.FakeOutput, string) {
	t.Helper()
	out := playertest.UseFake(t)
	h, _ := kittest.New(t, nil)
	tr := New(h)
	wav := filepath.Join(t.TempDir(), name+".wav")
	playertest.ToneWAV(t, wav, 20)
	verify(h, h.S.Window(), name, wav, tr.open)
	w, ok := tr.Current()
	if !ok {
		t.Fatalf("no transcription window; the main window shows %q", overlayText(h.S.Window()))
	}
	closeAtEnd(t, tr, w)
	if w.bar.Player() == nil {
		t.Fatalf("the recording was not loaded: %q", w.status.Text)
	}
	return h, tr, w, out, wav
}

// reopen opens the project at path in a new session of the same app, as
// Teema started again would, with a transcriber listening.
func reopen(t *testing.T, a fyne.App, path string) (*kittest.Host, *Transcriber) {
	t.Helper()
	h := &kittest.Host{S: session.New(a, a.NewWindow("Teema")), Clock: &kittest.Clock{}}
	h.S.SetClock(h.Clock.After)
	tr := New(h)
	if err := h.S.Open(path); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(h.S.Close)
	return h, tr
}

// press presses a key as the desktop driver hands it on: a key with Ctrl
// as a shortcut to the focused widget, or to the canvas when none has
// the keyboard; a key alone to the focused widget, or to the canvas.
func press(c fyne.Canvas, key fyne.KeyName, mod fyne.KeyModifier) {
	if mod != 0 {
		sc := &desktop.CustomShortcut{KeyName: key, Modifier: mod}
		if f, ok := c.Focused().(fyne.Shortcutable); ok {
			f.TypedShortcut(sc)
			return
		}
		c.(fyne.Shortcutable).TypedShortcut(sc)
		return
	}
	ev := &fyne.KeyEvent{Name: key}
	if f := c.Focused(); f != nil {
		f.TypedKey(ev)
		return
	}
	c.OnTypedKey()(ev)
}

const ctrl = fyne.KeyModifierShortcutDefault

// typeText types into the widget that has the keyboard, as the driver
// hands on characters.
func typeText(c fyne.Canvas, s string) {
	for _, r := range s {
		c.Focused().TypedRune(r)
	}
}

// overlayText is every label's text in the window's dialogs.
func overlayText(w fyne.Window) string {
	var b strings.Builder
	for _, o := range w.Canvas().Overlays().List() {
		for _, obj := range test.LaidOutObjects(o) {
			switch v := obj.(type) {
			case *widget.Label:
				b.WriteString(v.Text + "\n")
			case *widget.RichText:
				b.WriteString(v.String() + "\n")
			}
		}
	}
	return b.String()
}

// tapOverlay taps the button of a window's dialog with text.
func tapOverlay(t *testing.T, w fyne.Window, text string) {
	t.Helper()
	for _, o := range w.Canvas().Overlays().List() {
		for _, obj := range test.LaidOutObjects(o) {
			if b, ok := obj.(*widget.Button); ok && b.Text == text && b.Visible() {
				test.Tap(b)
				return
			}
		}
	}
	t.Fatalf("no button %q in the dialogs of %q; they say %q", text, w.Title(), overlayText(w))
}

// current is the transcription window, which must be open.
func current(t *testing.T, tr *Transcriber) *Window {
	t.Helper()
	w, ok := tr.Current()
	if !ok {
		t.Fatal("no transcription window")
	}
	closeAtEnd(t, tr, w)
	return w
}

// drafts are the project's drafts as saved.
func drafts(t *testing.T, h *kittest.Host) []store.Draft {
	t.Helper()
	d, err := h.S.Project().Drafts()
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// crashImage copies the project file as it is on disk now, as a crash
// would leave it: every saved change is in the file (synchronous=FULL,
// the rollback journal), typing still waiting for its timer is not.
func crashImage(t *testing.T, h *kittest.Host) string {
	t.Helper()
	data, err := os.ReadFile(h.S.Project().Path())
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "kaatui.teema")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// tapFinish taps Finish and says yes.
func tapFinish(t *testing.T, w *Window) {
	t.Helper()
	test.Tap(w.finish)
	tapOverlay(t, w.win, "Yes")
}

// closeAtEnd closes w when the test ends, unless it closed already: Fyne's
// test driver cannot close a window twice.
func closeAtEnd(t *testing.T, tr *Transcriber, w *Window) {
	t.Cleanup(func() {
		if open, ok := tr.Current(); ok && open == w {
			w.win.Close()
		}
	})
}
