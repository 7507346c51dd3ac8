package media

import (
	"context"
	"encoding/binary"
	"errors"
	"io"
	"math"
	"os"
	"path/filepath"
	"testing"

	"teema/message"
)

// testdata is a file of the committed fixtures, made once with ffmpeg
// (see testdata/README.md).
func testdata(name string) string { return filepath.Join("testdata", name) }

// wavSpec is a WAV file to write.
type wavSpec struct {
	rate, channels, bits int
	float                bool
	extensible           bool
	dataSize             int64 // what the header says; -1: the real size
}

// writeWAV writes interleaved samples as a WAV file.
func writeWAV(t *testing.T, path string, spec wavSpec, samples []float64) {
	t.Helper()
	width := spec.bits / 8
	data := make([]byte, 0, len(samples)*width)
	for _, v := range samples {
		switch {
		case spec.float && spec.bits == 32:
			data = binary.LittleEndian.AppendUint32(data, math.Float32bits(float32(v)))
		case spec.float:
			data = binary.LittleEndian.AppendUint64(data, math.Float64bits(v))
		case spec.bits == 8:
			data = append(data, byte(int(math.Round(v*127))+128))
		case spec.bits == 16:
			data = binary.LittleEndian.AppendUint16(data, uint16(int16(math.Round(v*32767))))
		case spec.bits == 24:
			x := uint32(int32(math.Round(v * 8388607)))
			data = append(data, byte(x), byte(x>>8), byte(x>>16))
		default:
			data = binary.LittleEndian.AppendUint32(data, uint32(int32(math.Round(v*2147483647))))
		}
	}
	tag, fmtSize := uint16(1), 16
	if spec.float {
		tag = 3
	}
	if spec.extensible {
		fmtSize = 40
	}
	size := int64(len(data))
	if spec.dataSize >= 0 {
		size = spec.dataSize
	}
	var b []byte
	b = append(b, "RIFF"...)
	b = binary.LittleEndian.AppendUint32(b, uint32(4+8+fmtSize+8+len(data)))
	b = append(b, "WAVE"...)
	b = append(b, "LIST"...) // a chunk to skip before the format
	b = binary.LittleEndian.AppendUint32(b, 3)
	b = append(b, "abc\x00"...)
	b = append(b, "fmt "...)
	b = binary.LittleEndian.AppendUint32(b, uint32(fmtSize))
	if spec.extensible {
		b = binary.LittleEndian.AppendUint16(b, 0xFFFE)
	} else {
		b = binary.LittleEndian.AppendUint16(b, tag)
	}
	b = binary.LittleEndian.AppendUint16(b, uint16(spec.channels))
	b = binary.LittleEndian.AppendUint32(b, uint32(spec.rate))
	b = binary.LittleEndian.AppendUint32(b, uint32(spec.rate*spec.channels*width))
	b = binary.LittleEndian.AppendUint16(b, uint16(spec.channels*width))
	b = binary.LittleEndian.AppendUint16(b, uint16(spec.bits))
	if spec.extensible {
		b = binary.LittleEndian.AppendUint16(b, 22)
		b = binary.LittleEndian.AppendUint16(b, uint16(spec.bits))
		b = binary.LittleEndian.AppendUint32(b, 0)
		b = binary.LittleEndian.AppendUint16(b, tag)
		b = append(b, "\x00\x00\x00\x00\x10\x00\x80\x00\x00\xaa\x00\x38\x9b\x71"...)
	}
	b = append(b, "data"...)
	b = binary.LittleEndian.AppendUint32(b, uint32(size))
	b = append(b, data...)
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

// sines is seconds of interleaved sines at amplitude 0.5, a frequency
// per channel.
func sines(rate int, seconds float64, freqs ...float64) []float64 {
	n := int(seconds * float64(rate))
	out := make([]float64, 0, n*len(freqs))
	for i := 0; i < n; i++ {
		for _, f := range freqs {
			out = append(out, 0.5*math.Sin(2*math.Pi*f*float64(i)/float64(rate)))
		}
	}
	return out
}

// readAll decodes a whole recording.
func readAll(t *testing.T, rec *Recording) []float32 {
	t.Helper()
	s, err := rec.Stream()
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var all []float32
	buf := make([]float32, 999*rec.Channels)
	for {
		n, err := s.Read(buf)
		all = append(all, buf[:n]...)
		if errors.Is(err, io.EOF) {
			return all
		}
		if err != nil {
			t.Fatal(err)
		}
	}
}

// channelOf picks one channel of interleaved samples.
func channelOf(x []float32, channels, c int) []float64 {
	out := make([]float64, 0, len(x)/channels)
	for i := c; i < len(x); i += channels {
		out = append(out, float64(x[i]))
	}
	return out
}

// frequency estimates a tone's frequency from its upward zero crossings,
// interpolated, from 0.15 s in (past an MP3's encoder delay) to 0.05 s
// before the end. Crossings in silence, which noise makes, are skipped.
func frequency(x []float64, rate int) float64 {
	var peak float64
	for _, v := range x {
		peak = max(peak, math.Abs(v))
	}
	var first, last float64
	count := 0
	for i := rate * 15 / 100; i+1 < len(x)-rate/20; i++ {
		if x[i] < 0 && x[i+1] >= 0 && x[i+1]-x[i] > peak/100 {
			t := float64(i) + x[i]/(x[i]-x[i+1])
			if count == 0 {
				first = t
			}
			last = t
			count++
		}
	}
	if count < 2 {
		return 0
	}
	return float64(count-1) * float64(rate) / (last - first)
}

// kindOf is the message kind of err, or nil.
func kindOf(err error) *message.Kind {
	var m *message.Error
	if errors.As(err, &m) {
		return m.Kind
	}
	return nil
}

// open opens a recording and verifies it whole, as attaching one does.
func open(path string) (*Recording, error) {
	return OpenContext(context.Background(), path, Options{Verify: true})
}

// ffmpegInstalled tells whether ffmpeg can be found.
func ffmpegInstalled() bool {
	_, ok := findFFmpeg()
	return ok
}

// needFFmpeg skips a test that needs ffmpeg when it is not installed.
func needFFmpeg(t *testing.T) {
	t.Helper()
	if !ffmpegInstalled() {
		t.Skip("ffmpeg is not installed")
	}
}

// privateCache points the user's cache folder into the test's own, so
// ffmpeg's temporary files land there.
func privateCache(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	t.Setenv("XDG_CACHE_HOME", dir)
	t.Setenv("LOCALAPPDATA", dir)
	t.Setenv("HOME", dir)
	return filepath.Join(dir, "teema", "recordings")
}
