package player

import (
	"sync"
	"time"
)

// FakeOutput is an Output with no sound device behind it, for tests of
// the player and of the windows that use one: nothing is pulled until
// the test calls Pull, as a device would ask for its next buffer.
type FakeOutput struct {
	rate, channels int

	mu      sync.Mutex
	src     Source
	started bool
	latency time.Duration
}

// NewFakeOutput makes a fake device of rate frames per second and
// channels channels.
func NewFakeOutput(rate, channels int) *FakeOutput {
	return &FakeOutput{rate: rate, channels: channels}
}

// Rate is the fake device's frames per second.
func (f *FakeOutput) Rate() int { return f.rate }

// Channels is the fake device's samples per frame.
func (f *FakeOutput) Channels() int { return f.channels }

// Start makes Pull pull from src.
func (f *FakeOutput) Start(src Source) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.src, f.started = src, true
	return nil
}

// Stop makes Pull return nothing.
func (f *FakeOutput) Stop() {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.started = false
}

// Latency is what SetLatency set: none by default.
func (f *FakeOutput) Latency() time.Duration {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.latency
}

// SetLatency makes the fake device claim that much sound is pulled but
// not yet heard.
func (f *FakeOutput) SetLatency(d time.Duration) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.latency = d
}

// Started reports whether the device is pulling.
func (f *FakeOutput) Started() bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.started
}

// Pull asks the source for frames frames, as a device does, and returns
// them; nil while stopped. It holds no lock while the source fills.
func (f *FakeOutput) Pull(frames int) []float32 {
	f.mu.Lock()
	src, on := f.src, f.started
	f.mu.Unlock()
	if !on || src == nil {
		return nil
	}
	buf := make([]float32, frames*f.channels)
	src.Fill(buf)
	return buf
}
