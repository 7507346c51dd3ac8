package app

import (
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"teema/app/kit/kittest"
	"teema/app/player/playertest"
	"teema/coding"
	"teema/i18n"
	mediaplayer "teema/media/player"
)

// timedSRT is a short interview as subtitles: three turns at 1 s, 3 s and
// 6 s of a ten-second recording.
const timedSRT = `1
00:00:01,000 --> 00:00:02,500
Haastattelija: Kerro vähän tiedottamisesta.

2
00:00:03,000 --> 00:00:05,500
H2: Tiedotteet tulevat intranetissä joka viikko.

3
00:00:06,000 --> 00:00:09,000
Haastattelija: Entä yhteistyö kunnan kanssa?
`

// recordedUI opens a project with the timed interview and drops a
// ten-second recording on it, as a researcher attaches one; sound goes
// to the fake device returned, or nowhere with noDevice.
func recordedUI(t *testing.T, noDevice bool) (*UI, *mediaplayer.FakeOutput, int64) {
	t.Helper()
	var out *mediaplayer.FakeOutput
	if noDevice {
		playertest.UseNoDevice(t)
	} else {
		out = playertest.UseFake(t)
	}
	u, _ := newTestUI(t, map[string]string{"Haastattelu 1.srt": timedSRT})
	id := docID(t, u, "Haastattelu 1")
	u.s.OpenDoc(id)
	if len(u.s.Doc().Times) == 0 {
		t.Fatal("the subtitles gave no times")
	}
	wav := filepath.Join(t.TempDir(), "haastattelu1.wav")
	playertest.ToneWAV(t, wav, 10)
	u.dropped([]fyne.URI{storage.NewFileURI(wav)})
	return u, out, id
}

// TestAttachRecordingShowsTheBar: a recording dropped on a transcript is
// attached, the bar appears with its length, and Undo takes it back.
func TestAttachRecordingShowsTheBar(t *testing.T) {
	u, _, id := recordedUI(t, false)
	rec, err := u.s.Project().Recording(id)
	if err != nil || rec == nil {
		t.Fatalf("no recording attached: %v", err)
	}
	if !u.playback.content.Visible() || !u.playback.bar.Visible() {
		t.Fatal("the player bar is not shown under the transcript")
	}
	find(t, u.win, func(l *widget.Label) bool { return l.Text == "0:00 / 0:10" })

	u.s.Undo()
	if rec, _ := u.s.Project().Recording(id); rec != nil {
		t.Fatal("Undo left the recording attached")
	}
	if u.playback.content.Visible() || u.playback.bar.Player() != nil {
		t.Error("the bar stays after Undo")
	}
	menuItem(t, u, i18n.T("Redo")).Action()
	if !u.playback.bar.Visible() {
		t.Error("Redo did not bring the bar back")
	}
	menuItem(t, u, i18n.T("Detach recording")).Action()
	if rec, _ := u.s.Project().Recording(id); rec != nil || u.playback.content.Visible() {
		t.Error("Detach recording left it attached")
	}
}

// TestPlayExcerptSeeksToItsTime: Play in the excerpt list plays the
// excerpt's transcript from where the excerpt is spoken, and the turn
// being heard is marked as the recording plays on.
func TestPlayExcerptSeeksToItsTime(t *testing.T) {
	u, out, _ := recordedUI(t, false)
	text := u.s.Doc().Text
	start, end, _ := coding.FindNth(text, "Tiedotteet tulevat intranetissä", 1)
	u.reader.view.SetSelection(start, end)
	test.Tap(codeItemFor(t, u, "Tiedottaminen/Kanavat"))
	test.Tap(codeItemFor(t, u, "Tiedottaminen"))
	u.excerpt.list.Select(0)
	if !u.excerpt.playBtn.Visible() {
		t.Fatal("no Play for an excerpt of a recorded transcript")
	}
	test.Tap(u.excerpt.playBtn)

	bar := u.playback.bar
	want, _ := u.s.Doc().Times.SecondsAt(start)
	if got := bar.Time(); got < want-0.05 || got > want+0.05 {
		t.Errorf("the excerpt is spoken at %.2f s, the player is at %.2f s", want, got)
	}
	if !bar.Playing() || !out.Started() {
		t.Fatal("Play did not play")
	}
	turn := turnAt(u.s.Doc().Turns, start, mark{})
	if s, e := u.reader.view.Mark(); s != turn.start || e != turn.end {
		t.Errorf("marked %d–%d, the turn heard is %d–%d", s, e, turn.start, turn.end)
	}
	// Three seconds on, the interviewer's next question is heard.
	playertest.Play(out, 3)
	next, _, _ := coding.FindNth(text, "Entä yhteistyö", 1)
	turn = turnAt(u.s.Doc().Turns, next, mark{})
	if s, e := u.reader.view.Mark(); s != turn.start || e != turn.end {
		t.Errorf("after 3 s marked %d–%d, want the next turn %d–%d", s, e, turn.start, turn.end)
	}
}

// TestPlaybackKeys: F4 plays and pauses (stepping back), Ctrl+Right skips
// forward, Ctrl+Up plays faster, and Play from here starts at the caret.
func TestPlaybackKeys(t *testing.T) {
	u, out, _ := recordedUI(t, false)
	bar := u.playback.bar
	c := u.win.Canvas()
	pressKey(c, fyne.KeyF4)
	if !bar.Playing() {
		t.Fatal("F4 did not play")
	}
	playertest.Play(out, 2)
	pressKey(c, fyne.KeyF4)
	if bar.Playing() {
		t.Fatal("F4 did not pause")
	}
	if got := bar.Time(); got < 0.45 || got > 0.55 {
		t.Errorf("after 2 s and a pause the player is at %.2f s, want 0.5", got)
	}
	shortcut(t, u, "Ctrl+Right")
	if got := bar.Time(); got < 5.45 || got > 5.55 {
		t.Errorf("Ctrl+Right: %.2f s, want 5.5", got)
	}
	shortcut(t, u, "Ctrl+Up")
	if bar.Speed() != 1.25 {
		t.Errorf("Ctrl+Up: speed %v", bar.Speed())
	}
	// The second play key reaches the window when the transcript has the
	// keyboard, as Ctrl+Space does in the driver.
	c.Focus(u.reader.view)
	space, _ := parseKey("Ctrl+Space")
	u.reader.view.TypedShortcut(space.shortcut())
	if !bar.Playing() {
		t.Error("Ctrl+Space did not play")
	}
	bar.Pause()

	at, _, _ := coding.FindNth(u.s.Doc().Text, "Entä yhteistyö", 1)
	u.reader.view.SetSelection(at, at)
	shortcut(t, u, "Ctrl+P")
	want, _ := u.s.Doc().Times.SecondsAt(at)
	if got := bar.Time(); got < want-0.05 || got > want+0.05 || !bar.Playing() {
		t.Errorf("Play from here: at %.2f s (playing %v), want %.2f", got, bar.Playing(), want)
	}
}

// TestPlaybackKeysFromPreferences: a key chosen in the preferences moves
// to its action, leaving the one that had it, and takes effect at once.
func TestPlaybackKeysFromPreferences(t *testing.T) {
	u, out, _ := recordedUI(t, false)
	items, save := u.playback.prefItems()
	sel := func(label string) *widget.Select {
		for _, it := range items {
			if it.Text == label {
				return it.Widget.(*widget.Select)
			}
		}
		t.Fatalf("no field %q", label)
		return nil
	}
	sel(i18n.T("Skip back 5 s")).SetSelected("F4")
	if sel(i18n.T("Play / pause")).Selected != i18n.T("(none)") {
		t.Errorf("F4 stays with Play / pause: %q", sel(i18n.T("Play / pause")).Selected)
	}
	sel(i18n.T("Pause steps back")).SetSelected("0 s")
	save()
	u.playback.bar.Seek(8)
	pressKey(u.win.Canvas(), fyne.KeyF4)
	if got := u.playback.bar.Time(); got < 2.95 || got > 3.05 {
		t.Errorf("F4 as skip back: at %.2f s, want 3", got)
	}
	shortcut(t, u, "Ctrl+Space")
	playertest.Play(out, 1)
	shortcut(t, u, "Ctrl+Space")
	if got := u.playback.bar.Time(); got < 3.95 || got > 4.05 {
		t.Errorf("a pause without rewind: at %.2f s, want 4", got)
	}
	if got := u.s.App().Preferences().String(prefPlayKey + "back"); got != "F4" {
		t.Errorf("kept %q", got)
	}
}

// TestNoSoundDevice: without a sound device the bar still shows and
// seeks, and Play says there is no sound device, in a dialog once.
func TestNoSoundDevice(t *testing.T) {
	u, _, _ := recordedUI(t, true)
	if !u.playback.bar.Visible() {
		t.Fatal("no bar without a sound device")
	}
	pressKey(u.win.Canvas(), fyne.KeyF4)
	find(t, u.win, func(l *widget.Label) bool { return strings.Contains(l.Text, "no sound device") })
	u.playback.bar.Seek(7)
	find(t, u.win, func(l *widget.Label) bool { return l.Text == "0:07 / 0:10" })
	if s, _ := u.reader.view.Mark(); s == 0 {
		t.Error("a seek did not mark the turn heard")
	}
}

// TestMovedRecording: a recording no longer where it was attached is
// named in place of the bar, with a button to find it in a folder.
func TestMovedRecording(t *testing.T) {
	u, _, id := recordedUI(t, false)
	rec, _ := u.s.Project().Recording(id)
	moved := *rec
	moved.Path = filepath.Join(t.TempDir(), "gone.wav")
	u.s.Do(coding.SetRecording{DocID: id, Recording: &moved})
	if u.playback.bar.Visible() || !u.playback.find.Visible() {
		t.Fatal("a moved recording shows no notice with Find it in a folder…")
	}
	if !strings.Contains(u.playback.notice.Text, "gone.wav") {
		t.Errorf("the notice says %q", u.playback.notice.Text)
	}
}

// shortcut presses a playback key as the desktop driver does: the main
// menu's items first, then the window's own shortcuts.
func shortcut(t *testing.T, u *UI, key string) {
	t.Helper()
	k, ok := parseKey(key)
	if !ok {
		t.Fatalf("no key %q", key)
	}
	sc := k.shortcut()
	for _, m := range u.win.MainMenu().Items {
		for _, it := range m.Items {
			if it.Shortcut != nil && it.Shortcut.ShortcutName() == sc.ShortcutName() && it.Action != nil {
				it.Action()
				return
			}
		}
	}
	u.win.Canvas().(fyne.Shortcutable).TypedShortcut(sc)
}

// TestAttachShortRecordingSaysSo: a recording much shorter than the
// transcript's times is attached with a note saying so.
func TestAttachShortRecordingSaysSo(t *testing.T) {
	playertest.UseFake(t)
	u, _ := newTestUI(t, map[string]string{"Haastattelu 1.srt": timedSRT})
	id := docID(t, u, "Haastattelu 1")
	u.s.OpenDoc(id)
	wav := filepath.Join(t.TempDir(), "lyhyt.wav")
	playertest.ToneWAV(t, wav, 2)
	u.attachRecording(id, wav)
	find(t, u.win, func(l *widget.Label) bool {
		return strings.Contains(l.Text, "lasts 0:02") && strings.Contains(l.Text, "0:09")
	})
	if rec, _ := u.s.Project().Recording(id); rec == nil {
		t.Error("the short recording was not attached")
	}
}

// TestAttachRefusesATranscript: a transcript picked for a recording is
// refused in words, and nothing is attached.
func TestAttachRefusesATranscript(t *testing.T) {
	playertest.UseFake(t)
	u, _ := newTestUI(t, map[string]string{"Haastattelu 1.srt": timedSRT})
	id := docID(t, u, "Haastattelu 1")
	u.s.OpenDoc(id)
	srt := filepath.Join(t.TempDir(), "haastattelu.srt")
	if err := os.WriteFile(srt, []byte(timedSRT), 0o644); err != nil {
		t.Fatal(err)
	}
	u.attachRecording(id, srt)
	find(t, u.win, func(l *widget.Label) bool { return strings.Contains(l.Text, "not a recording") })
	if rec, _ := u.s.Project().Recording(id); rec != nil {
		t.Error("a transcript was attached as a recording")
	}
}

// TestCaretSaysWhenItIsSpoken: a click in a timed transcript with its
// recording says on the status line when that place is spoken and which
// key plays it; once the recording is detached a click says nothing.
func TestCaretSaysWhenItIsSpoken(t *testing.T) {
	u, _, _ := recordedUI(t, false)
	clickFirstLine(t, u, 120) // in the interviewer's first question, at 0:01
	want := i18n.TF("Spoken at {{.Time}} in the recording: {{.Key}} plays from here.", map[string]any{"Time": "0:01", "Key": "Ctrl+P"})
	if u.status.Text != want {
		t.Errorf("status %q, want %q", u.status.Text, want)
	}
	u.s.Undo() // the recording detached
	clickFirstLine(t, u, 200)
	if u.status.Text != "" {
		t.Errorf("without a recording the status says %q", u.status.Text)
	}
}

// clickFirstLine clicks the transcript's first line x points in, as the
// mouse does.
func clickFirstLine(t *testing.T, u *UI, x float32) {
	t.Helper()
	var first desktop.Mouseable
	top := float32(math.MaxFloat32)
	for _, o := range kittest.Objects(u.win) {
		m, ok := o.(desktop.Mouseable)
		if !ok || fmt.Sprintf("%T", o) != "*transcript.row" || !o.Visible() {
			continue
		}
		if y := fyne.CurrentApp().Driver().AbsolutePositionForObject(o).Y; y < top {
			first, top = m, y
		}
	}
	if first == nil {
		t.Fatal("the transcript shows no lines")
	}
	ev := &desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(x, 10)}, Button: desktop.MouseButtonPrimary}
	first.MouseDown(ev)
	first.MouseUp(ev)
}
