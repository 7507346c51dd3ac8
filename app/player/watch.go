package player

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"teema/coding"
	"teema/media/player"
)

// watchEvery is the most often the bar redraws while playing: smooth for
// a clock of seconds and a slider, and no load on the UI.
const watchEvery = 50 * time.Millisecond

// watch hands the player's updates to the UI goroutine until stop is
// closed. The player keeps only its latest state, so waiting between
// updates drops none that matter.
func watch(p *player.Player, stop <-chan struct{}, poll func()) {
	for {
		select {
		case <-stop:
			return
		case <-p.Updates():
		}
		fyne.Do(poll)
		select {
		case <-stop:
			return
		case <-time.After(watchEvery):
		}
	}
}

// poll shows the player's state now. It reads the state afresh rather
// than the update that woke it, so a late update never shows an old
// place.
func (b *Bar) poll() {
	if b.p == nil {
		return
	}
	drain(b.p.Updates())
	b.show(b.p.State())
}

// drain empties the updates channel on the test's path, where no
// watcher reads it.
func drain(c <-chan player.State) {
	select {
	case <-c:
	default:
	}
}

// show draws a state, and tells OnPosition of a new place and OnError of
// a recording that stopped at a damaged place.
func (b *Bar) show(s player.State) {
	was := b.shown
	b.shown = s
	if s.Playing != was.Playing {
		b.playBtn.SetIcon(playIcon(s.Playing))
		if b.onPlay != nil {
			b.onPlay(s.Playing)
		}
	}
	pos, dur := s.Position.Seconds(), s.Duration.Seconds()
	b.clock.SetText(clockText(pos, dur))
	if b.slider.Value != pos {
		b.slider.Value = pos // not SetValue: that would seek
		b.slider.Refresh()
	}
	if s.Err != nil && s.Err != was.Err {
		b.fail(s.Err)
	}
	if b.p != nil && b.onPos != nil && (s.Playing || s.Position != was.Position) {
		b.onPos(pos)
	}
}

// playIcon is the play button's icon: pause while playing.
func playIcon(playing bool) fyne.Resource {
	if playing {
		return theme.MediaPauseIcon()
	}
	return theme.MediaPlayIcon()
}

// clockText is "12:34 / 58:10".
func clockText(pos, dur float64) string {
	return coding.FormatTime(pos) + " / " + coding.FormatTime(dur)
}

// shownOnFill is a test's output: after the player fills each buffer,
// the bar shows the state, on the goroutine that pulled the sound (the
// test's), as the watcher would through fyne.Do.
type shownOnFill struct {
	player.Output
	bar *Bar
}

// Start pulls from src and shows the bar's state after each fill.
func (o shownOnFill) Start(src player.Source) error {
	return o.Output.Start(fillThen{src, o.bar.poll})
}

type fillThen struct {
	src  player.Source
	then func()
}

func (f fillThen) Fill(p []float32) {
	f.src.Fill(p)
	f.then()
}
