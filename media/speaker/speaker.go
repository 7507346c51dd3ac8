// Package speaker is the computer's sound device as a player.Output,
// through ebitengine/oto: ALSA on Linux (which needs cgo and
// libasound2), WASAPI on Windows, Core Audio on macOS. Only the window
// imports it; the command line, built without cgo, plays no sound.
//
// The device is opened once for the life of the program, at 48 kHz
// stereo; the player resamples every recording to that. When there is no
// device, Open says so with a message, and the rest of Teema works.
package speaker

import (
	"time"

	"teema/message"
)

// The device's format.
const (
	Rate     = 48000
	Channels = 2
)

// deviceBuffer is how much sound the device itself holds: short enough
// that a pause or a seek is heard at once, long enough not to stutter on
// a busy machine. playerBuffer is what oto holds before the device.
const (
	deviceBuffer = 60 * time.Millisecond
	playerBuffer = 60 * time.Millisecond
)

var (
	errNoDevice = message.New("No sound device was found, so Teema cannot play recordings. Check that speakers or headphones are connected and that no other program holds the sound device; the rest of Teema works as usual.")
	errNoCgo    = message.New("This build of Teema cannot play sound: it was built without cgo, which sound on Linux needs.")
)
