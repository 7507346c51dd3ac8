//go:build !cgo && !windows && !darwin

package speaker

import (
	"errors"
	"time"

	"teema/media/player"
)

// Speaker is never made in a build without cgo on Linux: oto needs cgo
// for ALSA.
type Speaker struct{}

// Open says this build plays no sound.
func Open() (*Speaker, error) { return nil, errNoCgo.Wrap(errors.New("built without cgo"), nil) }

// Rate is the device's frames per second.
func (*Speaker) Rate() int { return Rate }

// Channels is the device's samples per frame.
func (*Speaker) Channels() int { return Channels }

// Start cannot play.
func (*Speaker) Start(player.Source) error { return errNoCgo.New(nil) }

// Stop does nothing.
func (*Speaker) Stop() {}

// Latency is none.
func (*Speaker) Latency() time.Duration { return 0 }

// Close does nothing.
func (*Speaker) Close() error { return nil }
