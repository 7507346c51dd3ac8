package media

import (
	"errors"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"teema/message"
)

// TestRefusals opens what is no recording, or a broken one, and checks
// the message: its kind, that it names the file, and that nothing is
// left behind.
func TestRefusals(t *testing.T) {
	cache := privateCache(t)
	dir := t.TempDir()
	put := func(name string, b []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	srt, _ := os.ReadFile(testdata("subtitles.srt"))
	truncated, _ := os.ReadFile(testdata("truncated.mp3"))
	noise := make([]byte, 4000)
	r := rand.New(rand.NewPCG(1, 2))
	for i := range noise {
		noise[i] = byte(r.UintN(256))
	}
	noise[0], noise[1] = 'x', 0 // not a sync word, not text

	shortWAV := filepath.Join(dir, "short.wav")
	writeWAV(t, shortWAV, wavSpec{rate: 8000, channels: 1, bits: 16, dataSize: 8000 * 2 * 3}, sines(8000, 1, 440))
	nearlyWAV := filepath.Join(dir, "nearly.wav") // a cut under a second plays
	writeWAV(t, nearlyWAV, wavSpec{rate: 8000, channels: 1, bits: 16, dataSize: 8000 * 2 * 3 / 2}, sines(8000, 1, 440))
	silentWAV := filepath.Join(dir, "silent.wav")
	writeWAV(t, silentWAV, wavSpec{rate: 8000, channels: 1, bits: 16, dataSize: -1}, nil)
	os.Mkdir(filepath.Join(dir, "folder.mp3"), 0o755)

	cases := []struct {
		path   string
		kind   *message.Kind
		ffmpeg bool // needs ffmpeg; without it the message says to get it
	}{
		{testdata("subtitles.srt"), errText, false},
		{put("interview.vtt", []byte("WEBVTT\n\n00:01.000 --> 00:04.000\nHei\n")), errText, false},
		{put("subtitles-renamed.mp3", srt), errText, false},
		{put("empty.mp3", nil), errEmpty, false},
		{put("empty.m4a", nil), errEmpty, false},
		{testdata("truncated.mp3"), errTruncated, false},
		{testdata("truncated.flac"), errTruncated, false},
		{shortWAV, errTruncated, false},
		{silentWAV, errSilent, false},
		{filepath.Join(dir, "folder.mp3"), errNotAFile, false},
		{filepath.Join(dir, "missing.mp3"), errMissing, false},
		{put("noise.xyz", noise), errUnknownExt, false},
		{put("noise", noise), errNoExt, false},
		{put("noise.mp3", noise), errNotFormat, false},
		{put("noise.flac", noise), errNotFormat, false},
		{put("noise.ogg", noise), errNotFormat, false},
		{put("noise.wav", noise), errNotFormat, false},
		{put("bad-header.wav", append([]byte("RIFF\x00\x00\x00\x00WAVEfmt \x10\x00\x00\x00"), noise[:16]...)), errNotFormat, false},
		{put("truncated-mp3.flac", truncated), errTruncated, false}, // the bytes win over the name
		{testdata("video-no-sound.mp4"), errNoAudio, true},
		{put("noise.m4a", noise), errFFmpeg, true},
	}
	for _, c := range cases {
		t.Run(filepath.Base(c.path), func(t *testing.T) {
			rec, err := open(c.path)
			if err == nil {
				rec.Close()
				t.Fatalf("opened, %v long", rec.Duration())
			}
			want := c.kind
			if c.ffmpeg && !ffmpegInstalled() {
				want = kindOf(noFFmpeg(c.path))
			}
			if got := kindOf(err); got != want {
				t.Fatalf("got %v, want %q", err, want.Text())
			}
			if !strings.Contains(err.Error(), filepath.Base(c.path)) {
				t.Errorf("the message does not name the file: %v", err)
			}
		})
	}
	if entries, _ := os.ReadDir(cache); len(entries) != 0 {
		t.Errorf("%d temporary files left behind", len(entries))
	}
	rec, err := open(nearlyWAV)
	if err != nil {
		t.Fatalf("a WAV half a second short is refused: %v", err)
	}
	rec.Close()
}

// TestDamagedPartWay overwrites the middle of an MP3 and a FLAC with
// noise: verifying them must refuse them, or at worst play what decodes,
// and never panic.
func TestDamagedPartWay(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"tone440.mp3", "tone440.flac"} {
		b, _ := os.ReadFile(testdata(name))
		r := rand.New(rand.NewPCG(3, 4))
		// Two thirds in: FLAC from ffmpeg starts with 8 KB of padding.
		for i := len(b) * 2 / 3; i < len(b)*2/3+600; i++ {
			b[i] = byte(r.UintN(256))
		}
		path := filepath.Join(dir, name)
		os.WriteFile(path, b, 0o644)
		rec, err := open(path)
		t.Logf("%s: %v", name, err)
		if name == "tone440.flac" && !errors.Is(err, ErrDamaged) {
			t.Errorf("a FLAC with noise inside: %v, want it refused as damaged", err)
		}
		if err == nil {
			rec.Close()
		}
	}
}

func TestMissingFFmpegSaysHowToGetIt(t *testing.T) {
	t.Setenv("PATH", "")
	for _, name := range []string{"tone440.m4a", "video-no-sound.mp4", "tone440-opus.ogg"} {
		_, err := open(testdata(name))
		if !errors.Is(err, ErrNoFFmpeg) {
			t.Fatalf("%s without ffmpeg: %v", name, err)
		}
		how := map[string]string{"windows": "ffmpeg.org", "darwin": "brew install ffmpeg"}[runtime.GOOS]
		if how == "" {
			how = "sudo apt install ffmpeg"
		}
		if msg := err.Error(); !strings.Contains(msg, name) || !strings.Contains(msg, how) {
			t.Errorf("%s: %q does not name the file or say %q", name, msg, how)
		}
	}
	// What Teema decodes itself needs no ffmpeg.
	if rec, err := open(testdata("tone440.mp3")); err != nil {
		t.Errorf("an MP3 without ffmpeg: %v", err)
	} else {
		rec.Close()
	}
}
