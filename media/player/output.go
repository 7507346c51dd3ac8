package player

import "time"

// Source is what an Output pulls sound from: a Player.
type Source interface {
	// Fill fills p with interleaved samples at the output's rate and
	// channels: silence when there is nothing to play. The output calls
	// it from its own goroutine, holding none of its locks.
	Fill(p []float32)
}

// Output is where sound goes: a sound device (media/speaker) or, in
// tests, a FakeOutput. The player calls it without holding its own lock,
// so an output may call Fill while the player is in one of these
// methods.
type Output interface {
	// Rate is the device's frames per second.
	Rate() int
	// Channels is the device's samples per frame.
	Channels() int
	// Start begins or resumes pulling sound from src.
	Start(src Source) error
	// Stop stops pulling and drops what was pulled but not yet heard, so
	// that what plays next starts at once.
	Stop()
	// Latency is how long a sample pulled now takes to be heard.
	Latency() time.Duration
}
