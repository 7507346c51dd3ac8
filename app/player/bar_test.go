package player_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"teema/app/player"
	"teema/app/player/playertest"
	"teema/i18n"
	"teema/media"
)

// bar loads a tone of seconds in a bar shown in a test window.
func bar(t *testing.T, seconds float64) *player.Bar {
	t.Helper()
	test.NewTempApp(t)
	path := filepath.Join(t.TempDir(), "tone.wav")
	playertest.ToneWAV(t, path, seconds)
	rec, err := media.OpenContext(context.Background(), path, media.Options{Verify: true})
	if err != nil {
		t.Fatal(err)
	}
	b := player.NewBar()
	w := test.NewTempWindow(t, b)
	w.Resize(fyne.NewSize(900, 60))
	if err := b.Load(rec); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(b.Close)
	return b
}

// parts finds the bar's widgets of a kind, in the order drawn.
func parts[W fyne.CanvasObject](b *player.Bar) []W {
	var out []W
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		if w, ok := o.(W); ok {
			out = append(out, w)
		}
		switch o := o.(type) {
		case *fyne.Container:
			for _, c := range o.Objects {
				walk(c)
			}
		case fyne.Widget:
			if o != fyne.Widget(b) {
				return
			}
			for _, c := range test.WidgetRenderer(o).Objects() {
				walk(c)
			}
		}
	}
	walk(b)
	return out
}

func clock(b *player.Bar) string {
	for _, l := range parts[*widget.Label](b) {
		if strings.Contains(l.Text, " / ") {
			return l.Text
		}
	}
	return ""
}

func TestBarPlaysPausesAndSkips(t *testing.T) {
	out := playertest.UseFake(t)
	b := bar(t, 10)
	var heard []float64
	b.OnPosition(func(s float64) { heard = append(heard, s) })
	if got := clock(b); got != "0:00 / 0:10" {
		t.Fatalf("clock %q", got)
	}
	buttons := parts[*widget.Button](b) // back, play, forward
	test.Tap(buttons[1])
	if !b.Playing() {
		t.Fatal("not playing after Play was tapped")
	}
	playertest.Play(out, 3)
	if got := clock(b); got != "0:03 / 0:10" {
		t.Errorf("after 3 s of sound the clock shows %q", got)
	}
	if len(heard) == 0 || heard[len(heard)-1] < 2.9 {
		t.Errorf("OnPosition heard %v", heard)
	}
	test.Tap(buttons[1])
	if b.Playing() {
		t.Fatal("still playing after Pause")
	}
	if at := b.Time(); at < 1.4 || at > 1.6 {
		t.Errorf("the pause stepped back to %.2f s, want 1.5", at)
	}
	test.Tap(buttons[2])
	if at := b.Time(); at < 6.4 || at > 6.6 {
		t.Errorf("skip forward: %.2f s, want 6.5", at)
	}
	test.Tap(buttons[0])
	if at := b.Time(); at < 1.4 || at > 1.6 {
		t.Errorf("skip back: %.2f s, want 1.5", at)
	}
	b.Seek(8)
	if got := clock(b); got != "0:08 / 0:10" {
		t.Errorf("after a seek the clock shows %q", got)
	}
	if heard[len(heard)-1] != 8 {
		t.Errorf("OnPosition after the seek: %v", heard[len(heard)-1])
	}
}

func TestBarSliderSeeks(t *testing.T) {
	playertest.UseFake(t)
	b := bar(t, 10)
	s := b.PositionSlider()
	s.SetValue(4) // as a drag does
	if at := b.Time(); at < 3.95 || at > 4.05 {
		t.Errorf("the slider moved to 4, the player is at %.2f", at)
	}
	b.Seek(7)
	if s.Value != 7 {
		t.Errorf("a seek left the slider at %v", s.Value)
	}
	// The slider has the keyboard after a click: the arrows move it, and
	// other keys go on to the window's playback keys.
	var typed []fyne.KeyName
	b.OnKey(func(ev *fyne.KeyEvent) bool { typed = append(typed, ev.Name); return true })
	b.PositionSliderWidget().TypedKey(&fyne.KeyEvent{Name: fyne.KeyF4})
	b.PositionSliderWidget().TypedKey(&fyne.KeyEvent{Name: fyne.KeyRight})
	if len(typed) != 1 || typed[0] != fyne.KeyF4 {
		t.Errorf("keys handed on: %v", typed)
	}
	if at := b.Time(); at < 7.05 || at > 7.15 {
		t.Errorf("Right on the slider: %.2f s, want 7.1", at)
	}
}

func TestBarSpeed(t *testing.T) {
	playertest.UseFake(t)
	b := bar(t, 10)
	sel := parts[*widget.Select](b)[0]
	sel.SetSelectedIndex(5)
	if got := b.Player().State().Speed; got != 2 {
		t.Errorf("speed %v after choosing %q", got, sel.Selected)
	}
	b.StepSpeed(-1)
	if got := b.Player().State().Speed; got != 1.5 {
		t.Errorf("speed %v one step down from 2", got)
	}
	b.StepSpeed(-10)
	if b.Speed() != 0.5 {
		t.Errorf("speed %v at the slowest", b.Speed())
	}
}

func TestSpeedLabelsInFinnish(t *testing.T) {
	i18n.Use(i18n.Finnish)
	defer i18n.Use(i18n.English)
	b := player.NewBar()
	test.NewTempApp(t)
	test.NewTempWindow(t, b)
	got := strings.Join(parts[*widget.Select](b)[0].Options, " ")
	if got != "0,5× 0,75× 1× 1,25× 1,5× 2×" {
		t.Errorf("speeds %q", got)
	}
}

func TestBarWithoutSoundDevice(t *testing.T) {
	playertest.UseNoDevice(t)
	b := bar(t, 10)
	var said error
	b.OnError(func(err error) { said = err })
	b.Toggle()
	if said == nil || !strings.Contains(i18n.Error(said), "no sound device") {
		t.Fatalf("no device, and Play said %v", said)
	}
	b.Seek(3)
	if got := clock(b); got != "0:03 / 0:10" {
		t.Errorf("without a device a seek shows %q", got)
	}
}

func TestBarUnload(t *testing.T) {
	playertest.UseFake(t)
	b := bar(t, 10)
	b.Unload()
	if b.Player() != nil || b.Recording() != nil {
		t.Fatal("a player left after Unload")
	}
	if got := clock(b); got != "0:00 / 0:00" {
		t.Errorf("clock %q after Unload", got)
	}
	b.Toggle() // nothing loaded: nothing happens
}

// TestOneBarPlays checks that a bar that starts playing pauses another:
// they share the one sound device.
func TestOneBarPlays(t *testing.T) {
	playertest.UseFake(t)
	a, b := bar(t, 10), bar(t, 10)
	a.Toggle()
	b.Toggle()
	if a.Playing() || !b.Playing() {
		t.Errorf("playing: first %v, second %v", a.Playing(), b.Playing())
	}
}
