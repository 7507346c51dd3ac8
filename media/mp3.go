package media

import (
	"encoding/binary"
	"errors"
	"io"
	"os"

	gomp3 "github.com/hajimehoshi/go-mp3"
)

// mp3Decoder reads an MP3 file through go-mp3, which always gives 16-bit
// stereo: a mono file's second channel is dropped again here.
type mp3Decoder struct {
	f      *os.File
	d      *gomp3.Decoder
	mono   bool
	spf    int // samples per MP3 frame
	frames int64
	pos    int64
	buf    []byte
}

// openMP3 opens an MP3 file. go-mp3 reads every frame's header once to
// know the length, which takes tens of milliseconds for an hour; the tag
// frame the encoder wrote says how long the file should be, so a file
// cut short shows.
func openMP3(f *os.File, size int64) (decoder, info, error) {
	h, err := readMP3Head(f)
	if err != nil {
		return nil, info{}, err
	}
	d, err := gomp3.NewDecoder(f)
	if err != nil {
		return nil, info{}, err
	}
	m := &mp3Decoder{f: f, d: d, mono: h.mono, spf: h.samplesPerFrame, frames: d.Length() / 4}
	if m.frames <= 0 {
		return nil, info{}, errors.New("mp3: no frames")
	}
	inf := info{rate: d.SampleRate(), channels: 2, frames: m.frames, declared: -1}
	if h.mono {
		inf.channels = 1
	}
	if h.tagFrames > 0 {
		// go-mp3 plays the tag frame too, as silence.
		inf.declared = (h.tagFrames + 1) * int64(h.samplesPerFrame)
	}
	return m, inf, nil
}

func (m *mp3Decoder) read(p []float32) (int, error) {
	ch := 2
	if m.mono {
		ch = 1
	}
	frames := min(int64(len(p)/ch), m.frames-m.pos)
	if frames <= 0 {
		return 0, io.EOF
	}
	need := int(frames) * 4
	if cap(m.buf) < need {
		m.buf = make([]byte, need)
	}
	b := m.buf[:need]
	k, err := io.ReadFull(m.d, b)
	if errors.Is(err, io.ErrUnexpectedEOF) {
		err = nil
	}
	got := k / 4
	for i := 0; i < got; i++ {
		l := float32(int16(binary.LittleEndian.Uint16(b[4*i:]))) / (1 << 15)
		if m.mono {
			p[i] = l
			continue
		}
		p[2*i] = l
		p[2*i+1] = float32(int16(binary.LittleEndian.Uint16(b[4*i+2:]))) / (1 << 15)
	}
	m.pos += int64(got)
	if got == 0 && err == nil {
		err = io.EOF
	}
	return got * ch, err
}

// mp3Lead is how many MP3 frames before the target seek starts decoding.
// A frame's data may begin up to 511 bytes back, in earlier frames (the
// bit reservoir); go-mp3 decodes only one frame ahead, which at a low bit
// rate leaves the first frame silent. Eight frames hold any reservoir.
const mp3Lead = 8

func (m *mp3Decoder) seek(frame int64) error {
	if frame >= m.frames {
		// go-mp3 cannot seek to the very end; reading there gives EOF anyway.
		m.pos = m.frames
		return nil
	}
	start := max(frame-mp3Lead*int64(m.spf), 0)
	if _, err := m.d.Seek(start*4, io.SeekStart); err != nil {
		return err
	}
	if _, err := io.CopyN(io.Discard, m.d, (frame-start)*4); err != nil {
		return err
	}
	m.pos = frame
	return nil
}

func (m *mp3Decoder) close() error { return m.f.Close() }
