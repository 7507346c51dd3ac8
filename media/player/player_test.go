package player

import (
	"context"
	"encoding/binary"
	"errors"
	"math"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"teema/media"
)

const rate = 16000

// recording writes seconds of a 440 Hz tone at amplitude 0.5 as a mono
// 16-bit WAV file at rate and opens it.
func recording(t *testing.T, seconds float64) *media.Recording {
	t.Helper()
	n := int(seconds * rate)
	var b []byte
	b = append(b, "RIFF"...)
	b = binary.LittleEndian.AppendUint32(b, uint32(36+2*n))
	b = append(b, "WAVEfmt "...)
	b = binary.LittleEndian.AppendUint32(b, 16)
	b = binary.LittleEndian.AppendUint16(b, 1)
	b = binary.LittleEndian.AppendUint16(b, 1)
	b = binary.LittleEndian.AppendUint32(b, rate)
	b = binary.LittleEndian.AppendUint32(b, rate*2)
	b = binary.LittleEndian.AppendUint16(b, 2)
	b = binary.LittleEndian.AppendUint16(b, 16)
	b = append(b, "data"...)
	b = binary.LittleEndian.AppendUint32(b, uint32(2*n))
	for i := 0; i < n; i++ {
		v := 0.5 * math.Sin(2*math.Pi*440*float64(i)/rate)
		b = binary.LittleEndian.AppendUint16(b, uint16(int16(v*32767)))
	}
	path := filepath.Join(t.TempDir(), "tone.wav")
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	rec, err := media.OpenContext(context.Background(), path, media.Options{Verify: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { rec.Close() })
	return rec
}

// player makes a player of a tone on a fake device.
func player(t *testing.T, seconds float64, outRate, outCh int) (*Player, *FakeOutput) {
	t.Helper()
	out := NewFakeOutput(outRate, outCh)
	p, err := New(recording(t, seconds), out)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { p.Close() })
	return p, out
}

// near reports whether d is within a millisecond and a half of want.
func near(d, want time.Duration) bool {
	return (d - want).Abs() <= 1500*time.Microsecond
}

func TestPlayAdvancesByWhatWasPulled(t *testing.T) {
	p, out := player(t, 3, rate, 1)
	if err := p.Play(); err != nil {
		t.Fatal(err)
	}
	got := out.Pull(rate / 2)
	if p := p.Position(); !near(p, 500*time.Millisecond) {
		t.Errorf("after half a second pulled: %v", p)
	}
	// At speed 1 on a device of the recording's rate, the sound is the
	// recording's own samples.
	for i, v := range got[:100] {
		want := 0.5 * math.Sin(2*math.Pi*440*float64(i)/rate)
		if math.Abs(float64(v)-want) > 1e-3 {
			t.Fatalf("sample %d is %g, want %g", i, v, want)
		}
	}
}

func TestPauseStepsBack(t *testing.T) {
	p, out := player(t, 5, rate, 1)
	p.SetPauseRewind(1500 * time.Millisecond)
	p.Play()
	out.Pull(3 * rate)
	p.Pause()
	if p.Playing() || out.Started() {
		t.Error("still playing after Pause")
	}
	if pos := p.Position(); !near(pos, 1500*time.Millisecond) {
		t.Errorf("paused at 3 s with a 1.5 s rewind: %v", pos)
	}
	if b := out.Pull(100); b != nil {
		t.Error("a paused player still sounds")
	}
	p.Play()
	out.Pull(rate)
	if pos := p.Position(); !near(pos, 2500*time.Millisecond) {
		t.Errorf("a second after playing on: %v", pos)
	}
	// A rewind longer than what was played stops at the start.
	p.Seek(time.Second)
	p.SetPauseRewind(time.Hour)
	p.Pause()
	if pos := p.Position(); pos != 0 {
		t.Errorf("a 5 s rewind from 1 s: %v", pos)
	}
	// Pausing twice does not step back twice.
	p.Seek(4 * time.Second)
	p.Pause()
	if pos := p.Position(); pos != 4*time.Second {
		t.Errorf("pausing while paused moved to %v", pos)
	}
}

func TestPauseCountsWhatTheDeviceHolds(t *testing.T) {
	p, out := player(t, 5, rate, 1)
	out.SetLatency(200 * time.Millisecond)
	p.SetPauseRewind(time.Second)
	p.Play()
	out.Pull(3 * rate)
	if pos := p.Position(); !near(pos, 2800*time.Millisecond) {
		t.Errorf("with 0.2 s in the device, heard up to %v", pos)
	}
	p.Pause()
	if pos := p.Position(); !near(pos, 1800*time.Millisecond) {
		t.Errorf("paused at %v, want 1.8 s", pos)
	}
}

func TestSeekAndSkip(t *testing.T) {
	p, out := player(t, 10, rate, 2)
	p.Seek(4 * time.Second)
	if pos := p.Position(); pos != 4*time.Second {
		t.Errorf("Seek(4 s): %v", pos)
	}
	p.Skip(-5 * time.Second)
	if pos := p.Position(); pos != 0 {
		t.Errorf("Skip(-5 s) from 4 s: %v", pos)
	}
	p.Play()
	out.Pull(rate)
	p.Skip(2 * time.Second)
	if !p.Playing() || !out.Started() {
		t.Error("Skip stopped playing")
	}
	if pos := p.Position(); !near(pos, 3*time.Second) {
		t.Errorf("a second in, skipped 2 s: %v", pos)
	}
	p.Seek(time.Hour)
	if pos := p.Position(); pos != 10*time.Second {
		t.Errorf("Seek past the end: %v", pos)
	}
}

func TestSpeedAdvancesMediaTime(t *testing.T) {
	for _, speed := range []float64{0.5, 0.75, 1.25, 2} {
		p, out := player(t, 6, rate, 1)
		if got := p.SetSpeed(speed); got != speed {
			t.Fatalf("SetSpeed(%g) = %g", speed, got)
		}
		p.Play()
		out.Pull(2 * rate)
		want := time.Duration(2 * speed * float64(time.Second))
		if pos := p.Position(); (pos - want).Abs() > 20*time.Millisecond {
			t.Errorf("2 s at %g×: at %v, want %v", speed, pos, want)
		}
	}
	p, _ := player(t, 1, rate, 1)
	if got := p.SetSpeed(3); got != MaxSpeed {
		t.Errorf("SetSpeed(3) = %g", got)
	}
}

func TestVolumeScalesSamples(t *testing.T) {
	p, out := player(t, 2, rate, 1)
	p.Play()
	loud := out.Pull(1000)
	p.Seek(0)
	p.SetVolume(0.25)
	quiet := out.Pull(1000)
	for i := range loud {
		if math.Abs(float64(quiet[i]-loud[i]/4)) > 1e-6 {
			t.Fatalf("sample %d at a quarter volume is %g, at full %g", i, quiet[i], loud[i])
		}
	}
	p.SetVolume(7)
	if s := p.State(); s.Volume != 1 {
		t.Errorf("SetVolume(7) gives %g", s.Volume)
	}
}

func TestResamplesToTheDevice(t *testing.T) {
	p, out := player(t, 2, 48000, 2)
	p.Play()
	got := out.Pull(48000)
	if pos := p.Position(); !near(pos, time.Second) {
		t.Errorf("a second at 48 kHz from a 16 kHz recording: %v", pos)
	}
	// Both channels carry the mono tone, still at 440 Hz.
	crossings := 0
	for i := 2; i < len(got); i += 2 {
		if got[i] != got[i+1] {
			t.Fatalf("frame %d: left %g, right %g", i/2, got[i], got[i+1])
		}
		if got[i-2] < 0 && got[i] >= 0 {
			crossings++
		}
	}
	if crossings < 438 || crossings > 442 {
		t.Errorf("%d upward crossings in a second, want 440", crossings)
	}
}

func TestPlaysToTheEndAndStartsOver(t *testing.T) {
	p, out := player(t, 1, rate, 1)
	p.Play()
	out.Pull(rate / 2)
	tail := out.Pull(rate)
	if tail[rate/2-10] == 0 || tail[rate/2+10] != 0 {
		t.Error("the sound does not end where the recording does")
	}
	s := p.State()
	if s.Playing || !s.Ended || s.Position != time.Second || s.Err != nil {
		t.Errorf("at the end: %+v", s)
	}
	p.Play()
	out.Pull(rate / 4)
	if pos := p.Position(); !near(pos, 250*time.Millisecond) {
		t.Errorf("playing again after the end: %v", pos)
	}
}

func TestUpdatesKeepOnlyTheLatest(t *testing.T) {
	p, out := player(t, 3, rate, 1)
	p.Play()
	for i := 0; i < 10; i++ {
		out.Pull(rate / 10)
	}
	s := <-p.Updates()
	if !s.Playing || !near(s.Position, time.Second) || s.Duration != 3*time.Second {
		t.Errorf("latest state %+v", s)
	}
	select {
	case s := <-p.Updates():
		t.Errorf("a second, older state waits: %+v", s)
	default:
	}
	p.Pause()
	if s := <-p.Updates(); s.Playing {
		t.Errorf("after Pause: %+v", s)
	}
}

func TestWithoutASoundDevice(t *testing.T) {
	p, err := New(recording(t, 2), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	err = p.Play()
	if err == nil || !strings.Contains(err.Error(), "tone.wav") || !strings.Contains(err.Error(), "no sound device") {
		t.Errorf("Play without a device: %v", err)
	}
	if p.CanPlay() || p.Playing() {
		t.Error("a player without a device says it can play")
	}
	p.Seek(time.Second)
	p.Skip(500 * time.Millisecond)
	p.Pause()
	if pos := p.Position(); pos != 1500*time.Millisecond {
		t.Errorf("seeking without a device: %v", pos)
	}
}

// TestControlsWhilePlaying works the controls while another goroutine
// pulls sound, as the device does, for the race detector.
func TestControlsWhilePlaying(t *testing.T) {
	p, out := player(t, 20, 48000, 2)
	p.Play()
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		for {
			select {
			case <-stop:
				return
			default:
				out.Pull(480)
			}
		}
	}()
	go func() {
		defer wg.Done()
		for {
			select {
			case <-stop:
				return
			case <-p.Updates():
			}
		}
	}()
	for i := 0; i < 200; i++ {
		switch i % 6 {
		case 0:
			p.Toggle()
		case 1:
			p.Skip(time.Second)
		case 2:
			p.SetSpeed(0.5 + float64(i%4)/2)
		case 3:
			p.Seek(time.Duration(i%20) * time.Second)
		case 4:
			p.SetVolume(float64(i%3) / 2)
		case 5:
			_ = p.Position()
		}
	}
	close(stop)
	wg.Wait()
	if s := p.State(); s.Err != nil {
		t.Error(s.Err)
	}
}

func TestDamagedPartWayStopsWithTheReason(t *testing.T) {
	rec := recording(t, 2)
	// Cut the file after the recording was opened, as a disk going away
	// would: the stream reaches the cut.
	if err := os.Truncate(rec.Path, 44+rate); err != nil {
		t.Fatal(err)
	}
	out := NewFakeOutput(rate, 1)
	p, err := New(rec, out)
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	p.Play()
	out.Pull(2 * rate)
	s := p.State()
	if s.Playing {
		t.Error("still playing past the cut")
	}
	if s.Err != nil && !errors.Is(s.Err, media.ErrDamaged) {
		t.Errorf("the reason: %v", s.Err)
	}
}
