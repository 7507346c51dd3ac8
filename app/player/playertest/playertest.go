// Package playertest plays recordings in tests of the windows that show
// a player bar: a fake sound device the test pulls sound from, and short
// tone recordings written on the spot.
package playertest

import (
	"encoding/binary"
	"math"
	"os"
	"testing"

	"teema/app/player"
	mp "teema/media/player"
)

// Rate is the fake device's and the tones' frames per second: low, so a
// test pulls a second of sound in a few thousand samples.
const Rate = 8000

// UseFake makes the bars loaded during the test play through a fake
// sound device, which the test pulls sound from (Pull); the bar shows
// its state on the test's goroutine as each buffer is pulled.
func UseFake(t testing.TB) *mp.FakeOutput {
	t.Helper()
	out := mp.NewFakeOutput(Rate, 1)
	t.Cleanup(player.UseOutput(out))
	return out
}

// UseNoDevice makes the bars loaded during the test find no sound
// device, as on a computer without one.
func UseNoDevice(t testing.TB) {
	t.Helper()
	t.Cleanup(player.UseOutput(nil))
}

// Play pulls seconds of sound from out, as a sound device would, in
// buffers of a tenth of a second.
func Play(out *mp.FakeOutput, seconds float64) {
	for n := int(seconds * 10); n > 0; n-- {
		out.Pull(Rate / 10)
	}
}

// ToneWAV writes a mono 16-bit WAV of a 440 Hz tone lasting seconds at
// path.
func ToneWAV(t testing.TB, path string, seconds float64) {
	t.Helper()
	frames := int(seconds * Rate)
	data := make([]byte, 0, 44+2*frames)
	data = append(data, "RIFF"...)
	data = binary.LittleEndian.AppendUint32(data, uint32(36+2*frames))
	data = append(data, "WAVEfmt "...)
	data = binary.LittleEndian.AppendUint32(data, 16)
	data = binary.LittleEndian.AppendUint16(data, 1) // PCM
	data = binary.LittleEndian.AppendUint16(data, 1) // mono
	data = binary.LittleEndian.AppendUint32(data, Rate)
	data = binary.LittleEndian.AppendUint32(data, 2*Rate)
	data = binary.LittleEndian.AppendUint16(data, 2)
	data = binary.LittleEndian.AppendUint16(data, 16)
	data = append(data, "data"...)
	data = binary.LittleEndian.AppendUint32(data, uint32(2*frames))
	for i := range frames {
		v := 0.3 * math.Sin(2*math.Pi*440*float64(i)/Rate)
		data = binary.LittleEndian.AppendUint16(data, uint16(int16(v*32767)))
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}
