package media

import (
	"context"
	"math"
	"os"
	"path/filepath"
	"testing"
	"time"
)

func TestDecodesEveryFormat(t *testing.T) {
	privateCache(t)
	dir := t.TempDir()
	wavs := map[string]wavSpec{
		"pcm16.wav":      {rate: 16000, channels: 1, bits: 16, dataSize: -1},
		"pcm8.wav":       {rate: 8000, channels: 1, bits: 8, dataSize: -1},
		"pcm24.wav":      {rate: 16000, channels: 2, bits: 24, dataSize: -1},
		"pcm32.wav":      {rate: 16000, channels: 1, bits: 32, dataSize: -1},
		"float32.wav":    {rate: 16000, channels: 2, bits: 32, float: true, dataSize: -1},
		"float64.wav":    {rate: 8000, channels: 1, bits: 64, float: true, dataSize: -1},
		"extensible.wav": {rate: 16000, channels: 2, bits: 16, extensible: true, dataSize: -1},
		"unfinished.wav": {rate: 16000, channels: 1, bits: 16, dataSize: 0}, // a recorder's battery died
	}
	for name, spec := range wavs {
		freqs := []float64{440, 220}[:spec.channels]
		writeWAV(t, filepath.Join(dir, name), spec, sines(spec.rate, 1.5, freqs...))
	}
	type want struct {
		rate, channels int
		seconds, slack float64 // duration, and how much longer it may be
		freqs          []float64
		ffmpeg         bool
	}
	cases := map[string]want{
		testdata("tone440.mp3"):        {16000, 1, 1.5, 0.15, []float64{440}, false}, // MP3 adds the encoder's delay and padding
		testdata("tone440.flac"):       {16000, 1, 1.5, 0, []float64{440}, false},
		testdata("tone440.ogg"):        {16000, 1, 1.5, 0, []float64{440}, false},
		testdata("stereo440-220.flac"): {8000, 2, 1, 0, []float64{440, 220}, false},
		testdata("tone440.m4a"):        {16000, 1, 1.5, 0.1, []float64{440}, true},
		testdata("tone440-opus.ogg"):   {48000, 1, 1, 0.05, []float64{440}, true}, // Opus always decodes at 48 kHz
	}
	for name, spec := range wavs {
		cases[filepath.Join(dir, name)] = want{spec.rate, spec.channels, 1.5, 0, []float64{440, 220}[:spec.channels], false}
	}
	for path, w := range cases {
		t.Run(filepath.Base(path), func(t *testing.T) {
			if w.ffmpeg {
				needFFmpeg(t)
			}
			rec, err := open(path)
			if err != nil {
				t.Fatal(err)
			}
			defer rec.Close()
			if rec.Rate != w.rate || rec.Channels != w.channels || !rec.Verified {
				t.Errorf("%d Hz, %d channels, verified %v; want %d Hz, %d channels, verified", rec.Rate, rec.Channels, rec.Verified, w.rate, w.channels)
			}
			got := rec.Duration().Seconds()
			if got < w.seconds-0.01 || got > w.seconds+w.slack+0.01 {
				t.Errorf("lasts %.3f s, want %.2f s (+%.2f)", got, w.seconds, w.slack)
			}
			all := readAll(t, rec)
			if int64(len(all)) != rec.Frames*int64(rec.Channels) {
				t.Errorf("read %d samples, the recording says %d frames", len(all), rec.Frames)
			}
			for c, f := range w.freqs {
				if got := frequency(channelOf(all, rec.Channels, c), rec.Rate); math.Abs(got-f)/f > 0.01 {
					t.Errorf("channel %d: %.2f Hz, want %g", c, got, f)
				}
			}
		})
	}
}

// TestSeekLandsOnTheSample seeks into every format and compares what it
// reads with what reading from the start gave at that place.
func TestSeekLandsOnTheSample(t *testing.T) {
	defer func(w int) { flacWindow = w }(flacWindow)
	flacWindow = 512 // so the small FLAC fixtures are bisected, not read from the start
	dir := t.TempDir()
	wav := filepath.Join(dir, "tone.wav")
	writeWAV(t, wav, wavSpec{rate: 16000, channels: 2, bits: 16, dataSize: -1}, sines(16000, 1.5, 440, 220))
	for _, path := range []string{wav, testdata("tone440.mp3"), testdata("tone440.flac"), testdata("stereo440-220.flac"), testdata("tone440.ogg")} {
		t.Run(filepath.Base(path), func(t *testing.T) {
			rec, err := open(path)
			if err != nil {
				t.Fatal(err)
			}
			defer rec.Close()
			all := readAll(t, rec)
			s, err := rec.Stream()
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			ch := rec.Channels
			buf := make([]float32, 200*ch)
			for _, at := range []int64{rec.Frames / 2, 0, rec.Frames - 100, rec.Frames / 3, 4097, rec.Frames} {
				if err := s.SeekFrame(at); err != nil {
					t.Fatalf("seek to %d: %v", at, err)
				}
				n, _ := s.Read(buf)
				want := all[at*int64(ch) : min(int64(len(all)), (at+200)*int64(ch))]
				if n != len(want) {
					t.Fatalf("at %d: read %d samples, want %d", at, n, len(want))
				}
				for i := range want {
					if math.Abs(float64(buf[i]-want[i])) > 1e-4 {
						t.Fatalf("at frame %d+%d: %g, want %g", at, i/ch, buf[i], want[i])
					}
				}
				if s.Position() != at+int64(n/ch) {
					t.Errorf("position %d after reading %d frames at %d", s.Position(), n/ch, at)
				}
			}
		})
	}
}

func TestQuickOpenKnowsTheLength(t *testing.T) {
	for _, name := range []string{"tone440.mp3", "tone440.flac", "tone440.ogg"} {
		full, err := open(testdata(name))
		if err != nil {
			t.Fatal(err)
		}
		quick, err := OpenContext(context.Background(), testdata(name), Options{})
		if err != nil {
			t.Fatal(err)
		}
		if quick.Verified || quick.Frames != full.Frames {
			t.Errorf("%s: a quick open says %d frames (verified %v), decoding says %d", name, quick.Frames, quick.Verified, full.Frames)
		}
	}
}

func TestProgressAndCancel(t *testing.T) {
	path := filepath.Join(t.TempDir(), "long.wav")
	writeWAV(t, path, wavSpec{rate: 16000, channels: 1, bits: 16, dataSize: -1}, sines(16000, 10, 300))
	var seen []float64
	rec, err := OpenContext(context.Background(), path, Options{Verify: true, Progress: func(f float64) { seen = append(seen, f) }})
	if err != nil {
		t.Fatal(err)
	}
	rec.Close()
	if len(seen) < 3 || seen[len(seen)-1] != 1 {
		t.Errorf("progress %v", seen)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := OpenContext(ctx, path, Options{Verify: true}); err != context.Canceled {
		t.Errorf("a cancelled open: %v", err)
	}
}

func TestFFmpegTempFileIsRemoved(t *testing.T) {
	needFFmpeg(t)
	cache := privateCache(t)
	var last float64
	rec, err := OpenContext(context.Background(), testdata("tone440.m4a"), Options{Progress: func(f float64) { last = f }})
	if err != nil {
		t.Fatal(err)
	}
	if rec.Format != "M4A" || !rec.Verified {
		t.Errorf("format %q, verified %v", rec.Format, rec.Verified)
	}
	if last <= 0.9 {
		t.Errorf("progress ended at %g", last)
	}
	entries, _ := os.ReadDir(cache)
	if len(entries) != 1 {
		t.Fatalf("%d files in the cache while open", len(entries))
	}
	if err := rec.Close(); err != nil {
		t.Fatal(err)
	}
	if entries, _ := os.ReadDir(cache); len(entries) != 0 {
		t.Errorf("%d files left in the cache after Close", len(entries))
	}
}

func TestSweepRemovesStaleTempFiles(t *testing.T) {
	dir := t.TempDir()
	stale, fresh, other := filepath.Join(dir, "recording-1.wav"), filepath.Join(dir, "recording-2.wav"), filepath.Join(dir, "mine.wav")
	for _, p := range []string{stale, fresh, other} {
		os.WriteFile(p, []byte("x"), 0o644)
	}
	old := time.Now().Add(-2 * staleAfter)
	os.Chtimes(stale, old, old)
	os.Chtimes(other, old, old)
	sweep(dir)
	for p, want := range map[string]bool{stale: false, fresh: true, other: true} {
		if _, err := os.Stat(p); (err == nil) != want {
			t.Errorf("%s: exists %v, want %v", filepath.Base(p), err == nil, want)
		}
	}
}

func TestClock(t *testing.T) {
	for s, want := range map[float64]string{0: "0:00", 5.4: "0:05", 65: "1:05", 3600: "1:00:00", 3725.6: "1:02:06", -1: "0:00"} {
		if got := clock(s); got != want {
			t.Errorf("clock(%g) = %q, want %q", s, got, want)
		}
	}
}
