package media

import (
	"context"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// TestVerifyInParts: a recording verified in parts finds what one pass
// finds: the same length of a sound file, the same place of damage in
// one damaged two thirds in, and progress that reaches the end.
func TestVerifyInParts(t *testing.T) {
	dir := t.TempDir()
	wav := filepath.Join(dir, "long.wav")
	writeWAV(t, wav, wavSpec{rate: 8000, channels: 1, bits: 16, dataSize: -1}, sines(8000, 200, 300))
	for _, n := range []int{1, 2, 3} {
		rec := quickOpen(t, wav)
		if got := len(rec.verifyParts(n)); got != n {
			t.Errorf("200 s in %d parts: %d", n, got)
		}
		var last float64
		if err := rec.verifyIn(context.Background(), n, -1, func(f float64) { last = f }); err != nil {
			t.Fatalf("%d parts: %v", n, err)
		}
		if rec.Frames != 200*8000 || last != 1 {
			t.Errorf("%d parts: %d frames, progress ended at %v", n, rec.Frames, last)
		}
		rec.Close()
	}

	needFFmpeg(t)
	flac := filepath.Join(dir, "long.flac")
	if out, err := exec.Command("ffmpeg", "-loglevel", "error", "-f", "lavfi", "-i", "sine=frequency=300:duration=200:sample_rate=8000", flac).CombinedOutput(); err != nil {
		t.Fatalf("ffmpeg: %v %s", err, out)
	}
	b, _ := os.ReadFile(flac)
	r := rand.New(rand.NewPCG(5, 6))
	for i := len(b) * 2 / 3; i < len(b)*2/3+600; i++ {
		b[i] = byte(r.UintN(256))
	}
	os.WriteFile(flac, b, 0o644)
	var said []string
	for _, n := range []int{1, 3} {
		rec := quickOpen(t, flac)
		err := rec.verifyIn(context.Background(), n, -1, nil)
		rec.Close()
		if kindOf(err) != errDamagedAt {
			t.Fatalf("%d parts: %v, want it damaged", n, err)
		}
		said = append(said, err.Error())
	}
	if said[0] != said[1] {
		t.Errorf("one pass says %q, three parts %q", said[0], said[1])
	}
}

// quickOpen opens a recording without verifying it.
func quickOpen(t *testing.T, path string) *Recording {
	t.Helper()
	rec, err := OpenContext(context.Background(), path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	return rec
}
