package media

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
)

// WAV is decoded here rather than by a library: it is a header and raw
// samples, and recorders write variants libraries refuse (32-bit float,
// WAVE_FORMAT_EXTENSIBLE, a header never finished when the battery died).

// wavDecoder reads PCM or float samples from a WAV file's data chunk.
type wavDecoder struct {
	f        *os.File
	dataOff  int64
	frames   int64
	rate     int
	channels int
	bits     int
	float    bool
	block    int // bytes per frame
	pos      int64
	buf      []byte
}

// WAV format tags.
const (
	wavPCM        = 1
	wavFloat      = 3
	wavExtensible = 0xFFFE
)

// wavOther are the encodings of WAV files from dictaphones and phone
// systems that ffmpeg decodes: ADPCM (Microsoft, IMA), A-law, µ-law, GSM,
// MPEG and MP3, WMA, AC-3.
var wavOther = map[uint16]bool{0x2: true, 0x6: true, 0x7: true, 0x11: true, 0x31: true, 0x50: true, 0x55: true, 0x161: true, 0x2000: true}

// openWAV reads a WAV file's chunks up to its data.
func openWAV(f *os.File, size int64) (decoder, info, error) {
	var riff [12]byte
	if _, err := io.ReadFull(f, riff[:]); err != nil {
		return nil, info{}, err
	}
	if string(riff[:4]) != "RIFF" || string(riff[8:]) != "WAVE" {
		return nil, info{}, errors.New("wav: no RIFF WAVE header")
	}
	d := &wavDecoder{f: f}
	haveFmt := false
	for {
		var hdr [8]byte
		if _, err := io.ReadFull(f, hdr[:]); err != nil {
			return nil, info{}, fmt.Errorf("wav: no data chunk: %w", err)
		}
		id, n := string(hdr[:4]), int64(binary.LittleEndian.Uint32(hdr[4:]))
		switch id {
		case "fmt ":
			if err := d.readFormat(f, n); err != nil {
				return nil, info{}, err
			}
			haveFmt = true
		case "data":
			if !haveFmt {
				return nil, info{}, errors.New("wav: data before format")
			}
			off, err := f.Seek(0, io.SeekCurrent)
			if err != nil {
				return nil, info{}, err
			}
			d.dataOff = off
			return d, d.sizes(n, size), nil
		default:
			if _, err := f.Seek(n+n&1, io.SeekCurrent); err != nil {
				return nil, info{}, err
			}
		}
	}
}

// readFormat reads the fmt chunk's body of n bytes.
func (d *wavDecoder) readFormat(f *os.File, n int64) error {
	if n < 16 || n > 1<<16 {
		return fmt.Errorf("wav: format chunk of %d bytes", n)
	}
	b := make([]byte, n+n&1)
	if _, err := io.ReadFull(f, b); err != nil {
		return err
	}
	tag := binary.LittleEndian.Uint16(b)
	d.channels = int(binary.LittleEndian.Uint16(b[2:]))
	rate := binary.LittleEndian.Uint32(b[4:])
	d.block = int(binary.LittleEndian.Uint16(b[12:]))
	d.bits = int(binary.LittleEndian.Uint16(b[14:]))
	if tag == wavExtensible && n >= 40 {
		tag = binary.LittleEndian.Uint16(b[24:]) // the sub-format GUID's first two bytes
	}
	d.float = tag == wavFloat
	switch {
	case wavOther[tag]:
		return errNeedsFFmpeg
	case tag != wavPCM && tag != wavFloat:
		return fmt.Errorf("wav: format tag %#x", tag)
	case d.float && d.bits != 32 && d.bits != 64,
		!d.float && d.bits != 8 && d.bits != 16 && d.bits != 24 && d.bits != 32:
		return fmt.Errorf("wav: %d-bit samples", d.bits)
	case d.channels < 1 || rate == 0 || d.block < d.channels*d.bits/8:
		return fmt.Errorf("wav: %d channels, %d Hz, %d bytes a frame", d.channels, rate, d.block)
	}
	d.rate = int(rate)
	return nil
}

// sizes works out the length from the data chunk's size n and the file's
// size. A recorder that stopped without finishing its file leaves 0 or
// 0xFFFFFFFF there: the data then runs to the end of the file. A size
// past the end of the file is a file cut short.
func (d *wavDecoder) sizes(n, fileSize int64) info {
	avail := max(fileSize-d.dataOff, 0)
	inf := info{rate: d.rate, channels: d.channels, declared: -1}
	switch {
	case n == 0 || n == 0xFFFFFFFF:
		n = avail
	case n > avail:
		inf.declared = n / int64(d.block)
		n = avail
	}
	d.frames = n / int64(d.block)
	inf.frames = d.frames
	return inf
}

func (d *wavDecoder) read(p []float32) (int, error) {
	frames := min(int64(len(p)/d.channels), d.frames-d.pos)
	if frames <= 0 {
		return 0, io.EOF
	}
	need := int(frames) * d.block
	if cap(d.buf) < need {
		d.buf = make([]byte, need)
	}
	b := d.buf[:need]
	k, err := io.ReadFull(d.f, b)
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) {
		return 0, err
	}
	got := k / d.block
	d.decode(p, b[:got*d.block], got)
	d.pos += int64(got)
	if got == 0 {
		return 0, io.EOF
	}
	return got * d.channels, nil
}

// decode turns frames of raw samples into floats.
func (d *wavDecoder) decode(p []float32, b []byte, frames int) {
	width := d.bits / 8
	i := 0
	for f := 0; f < frames; f++ {
		s := b[f*d.block:]
		for c := 0; c < d.channels; c++ {
			p[i] = d.sample(s[c*width:])
			i++
		}
	}
}

// sample decodes one sample.
func (d *wavDecoder) sample(s []byte) float32 {
	switch {
	case d.float && d.bits == 32:
		return math.Float32frombits(binary.LittleEndian.Uint32(s))
	case d.float:
		return float32(math.Float64frombits(binary.LittleEndian.Uint64(s)))
	case d.bits == 8:
		return (float32(s[0]) - 128) / 128
	case d.bits == 16:
		return float32(int16(binary.LittleEndian.Uint16(s))) / (1 << 15)
	case d.bits == 24:
		v := int32(uint32(s[0])<<8|uint32(s[1])<<16|uint32(s[2])<<24) >> 8
		return float32(v) / (1 << 23)
	}
	return float32(int32(binary.LittleEndian.Uint32(s))) / (1 << 31)
}

func (d *wavDecoder) seek(frame int64) error {
	if _, err := d.f.Seek(d.dataOff+frame*int64(d.block), io.SeekStart); err != nil {
		return err
	}
	d.pos = frame
	return nil
}

func (d *wavDecoder) close() error { return d.f.Close() }
