// Package player is the player bar: play and pause, a position slider
// with the time, skipping back and forward, the speed and the volume of a
// recording, as the main window shows it under a transcript and the
// transcription window above its text. The bar owns the player
// (media/player) and reads its state as it plays; it plays through the
// computer's one sound device, shared by every bar.
package player

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"teema/media"
	"teema/media/player"
)

// DefaultSkip is how far the skip buttons move: transcribers' usual five
// seconds.
const DefaultSkip = 5 * time.Second

// Bar is the player bar. Its methods are called on the UI goroutine.
type Bar struct {
	widget.BaseWidget

	playBtn, backBtn, fwdBtn *widget.Button
	slider                   *keySlider
	clock                    *widget.Label
	speed                    *widget.Select
	volume                   *keySlider

	p      *player.Player
	rec    *media.Recording
	stop   chan struct{} // closing it ends the watcher of p
	rewind time.Duration // how far Pause steps back, for every player loaded
	skip   time.Duration

	shown  player.State // what the bar shows
	onPos  func(seconds float64)
	onErr  func(error)
	onPlay func(playing bool)
	onKey  func(*fyne.KeyEvent) bool
}

// NewBar makes an empty bar; Load gives it a recording.
func NewBar() *Bar {
	b := &Bar{rewind: player.DefaultPauseRewind, skip: DefaultSkip}
	b.playBtn = widget.NewButtonWithIcon("", theme.MediaPlayIcon(), func() { b.Toggle() })
	b.backBtn = widget.NewButtonWithIcon("", theme.MediaFastRewindIcon(), func() { b.Skip(-b.skip.Seconds()) })
	b.fwdBtn = widget.NewButtonWithIcon("", theme.MediaFastForwardIcon(), func() { b.Skip(b.skip.Seconds()) })
	b.slider = newKeySlider(b, 0, 1, 0.1)
	b.slider.OnChanged = b.dragged
	b.clock = widget.NewLabel(clockText(0, 0))
	b.speed = widget.NewSelect(speedLabels(), b.speedChosen)
	b.speed.SetSelectedIndex(speedIndex(1))
	b.volume = newKeySlider(b, 0, 1, 0.05)
	b.volume.Value = 1
	b.volume.OnChanged = b.volumeChanged
	b.ExtendBaseWidget(b)
	b.enable(false)
	return b
}

// CreateRenderer lays the bar out in one row: the buttons and the clock,
// the slider taking the width left, then speed and volume. The speed and
// volume get fixed widths, so that in a narrow transcript column the
// slider keeps most of the row.
func (b *Bar) CreateRenderer() fyne.WidgetRenderer {
	left := container.NewHBox(b.backBtn, b.playBtn, b.fwdBtn, b.clock)
	h := b.speed.MinSize().Height
	speed := container.NewGridWrap(fyne.NewSize(speedWidth, h), b.speed)
	vol := container.NewGridWrap(fyne.NewSize(volumeWidth, h), b.volume)
	right := container.NewHBox(speed, widget.NewIcon(theme.VolumeUpIcon()), vol)
	return widget.NewSimpleRenderer(container.NewBorder(nil, nil, left, right, b.slider))
}

// The widths of the speed select (room for "0,75×" and its arrow) and of
// the volume slider.
const (
	speedWidth  = 92
	volumeWidth = 72
)

// Load makes a player of rec on the shared sound device and shows it,
// paused at the start. The bar owns rec from now on and closes it with
// the player; the recording loaded before is closed. Without a sound
// device the bar still seeks and shows times, and Play says there is
// none.
func (b *Bar) Load(rec *media.Recording) error {
	b.Unload()
	out, test := output()
	if test && out != nil {
		out = shownOnFill{Output: out, bar: b}
	}
	p, err := player.New(rec, out)
	if err != nil {
		rec.Close()
		return err
	}
	p.SetPauseRewind(b.rewind)
	p.SetVolume(b.volume.Value)
	p.SetSpeed(speeds[b.speed.SelectedIndex()])
	b.p, b.rec = p, rec
	if !test {
		b.stop = make(chan struct{})
		go watch(p, b.stop, b.poll)
	}
	b.slider.Max = max(rec.Duration().Seconds(), 0.1)
	b.enable(true)
	b.poll()
	return nil
}

// Unload stops playing and closes the recording; the bar stays, empty.
func (b *Bar) Unload() {
	if b.p == nil {
		return
	}
	if b.stop != nil {
		close(b.stop)
		b.stop = nil
	}
	leaveDevice(b)
	b.p.Close()
	b.rec.Close()
	b.p, b.rec = nil, nil
	b.show(player.State{Speed: b.shown.Speed, Volume: b.shown.Volume})
	b.enable(false)
}

// Close unloads the bar's recording; call it when the window closes.
func (b *Bar) Close() { b.Unload() }

// Player is the player of the recording loaded, nil when none is.
func (b *Bar) Player() *player.Player { return b.p }

// Recording is the recording loaded, nil when none is.
func (b *Bar) Recording() *media.Recording { return b.rec }

// OnPosition sets what hears the place played, in seconds, on the UI
// goroutine: while playing, and after every seek.
func (b *Bar) OnPosition(f func(seconds float64)) { b.onPos = f }

// OnError sets what shows an error of the bar's controls, such as "no
// sound device", or of a recording damaged part-way.
func (b *Bar) OnError(f func(error)) { b.onErr = f }

// OnKey sets what hears the keys typed while one of the bar's sliders
// has the keyboard and which it does not use itself (the arrows move
// it): the window's playback keys, such as F4.
func (b *Bar) OnKey(f func(*fyne.KeyEvent) bool) { b.onKey = f }

// OnPlaying sets what hears that playing started or stopped.
func (b *Bar) OnPlaying(f func(playing bool)) { b.onPlay = f }

// enable makes the controls usable when a recording is loaded.
func (b *Bar) enable(on bool) {
	for _, w := range []fyne.Disableable{b.playBtn, b.backBtn, b.fwdBtn, b.slider} {
		if on {
			w.Enable()
		} else {
			w.Disable()
		}
	}
}

// fail hands an error to OnError.
func (b *Bar) fail(err error) {
	if err != nil && b.onErr != nil {
		b.onErr(err)
	}
}
