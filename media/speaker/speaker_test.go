package speaker

import (
	"errors"
	"testing"

	"teema/media/player"
)

var _ player.Output = (*Speaker)(nil)

// TestOpen opens the sound device. CI has none: then Open must say so
// with its message, and not hang or crash.
func TestOpen(t *testing.T) {
	s, err := Open()
	if err != nil {
		if !errors.Is(err, errNoDevice) && !errors.Is(err, errNoCgo) {
			t.Fatalf("no device, but not the message that says so: %v", err)
		}
		t.Logf("no sound device here: %v", err)
		if _, again := Open(); !errors.Is(again, errNoDevice) && !errors.Is(again, errNoCgo) {
			t.Errorf("a second Open: %v", again)
		}
		return
	}
	defer s.Close()
	if err := s.Start(silence{}); err != nil {
		t.Fatal(err)
	}
	s.Stop()
	if l := s.Latency(); l <= 0 {
		t.Errorf("latency %v", l)
	}
}

type silence struct{}

func (silence) Fill(p []float32) { clear(p) }
