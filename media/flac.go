package media

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/mewkiz/flac/frame"
)

// FLAC is read frame by frame with mewkiz/flac's frame parser; the
// stream header and seeking are done here, because the library seeks
// only through a seek table, and builds one by decoding the whole file
// when there is none (seconds for an hour, on every seek's first use).

// flacInfo is a FLAC file's STREAMINFO and where its first frame starts.
type flacInfo struct {
	dataStart  int64
	blockMax   int
	rate       int
	channels   int
	bits       int
	samples    int64 // total per channel; 0 if the encoder did not know
	fileLength int64
}

// flacDecoder reads a FLAC file's frames in order.
type flacDecoder struct {
	f     *os.File
	info  flacInfo
	r     *countingReader
	frame *frame.Frame // the frame being read, or nil
	at    int          // the next sample in frame
	scale float32
	pos   int64
}

// openFLAC reads a FLAC file's header, and finds where its last whole
// frame ends: the length it can play, against what its header promises.
func openFLAC(f *os.File, size int64) (decoder, info, error) {
	fi, err := readFLACInfo(f, size)
	if err != nil {
		return nil, info{}, err
	}
	d := &flacDecoder{f: f, info: fi, scale: 1 / float32(int64(1)<<(fi.bits-1))}
	if err := d.seekTo(fi.dataStart); err != nil {
		return nil, info{}, err
	}
	end, err := d.lastFrameEnd()
	if err != nil {
		return nil, info{}, err
	}
	inf := info{rate: fi.rate, channels: fi.channels, frames: end, declared: -1}
	if fi.samples > 0 {
		inf.declared = fi.samples
		inf.frames = min(end, fi.samples)
	}
	return d, inf, nil
}

// readFLACInfo reads the "fLaC" marker and the metadata blocks after it.
func readFLACInfo(f *os.File, size int64) (flacInfo, error) {
	r := bufio.NewReader(io.NewSectionReader(f, 0, size))
	var magic [4]byte
	if _, err := io.ReadFull(r, magic[:]); err != nil || string(magic[:]) != "fLaC" {
		return flacInfo{}, errors.New("flac: no fLaC marker")
	}
	fi := flacInfo{dataStart: 4, fileLength: size}
	for last, first := false, true; !last; first = false {
		var h [4]byte
		if _, err := io.ReadFull(r, h[:]); err != nil {
			return flacInfo{}, err
		}
		last = h[0]&0x80 != 0
		n := int64(h[1])<<16 | int64(h[2])<<8 | int64(h[3])
		fi.dataStart += 4 + n
		if first != (h[0]&0x7F == 0) {
			return flacInfo{}, errors.New("flac: STREAMINFO is not the first block")
		}
		if !first {
			if _, err := r.Discard(int(n)); err != nil {
				return flacInfo{}, err
			}
			continue
		}
		b := make([]byte, n)
		if n < 34 {
			return flacInfo{}, errors.New("flac: short STREAMINFO")
		}
		if _, err := io.ReadFull(r, b); err != nil {
			return flacInfo{}, err
		}
		fi.blockMax = int(binary.BigEndian.Uint16(b[2:]))
		v := binary.BigEndian.Uint64(b[10:]) // 20 bits rate, 3 channels-1, 5 bits-1, 36 samples
		fi.rate = int(v >> 44)
		fi.channels = int(v>>41&7) + 1
		fi.bits = int(v>>36&31) + 1
		fi.samples = int64(v & (1<<36 - 1))
	}
	if fi.bits < 4 || fi.bits > 32 || fi.blockMax < 16 {
		return flacInfo{}, fmt.Errorf("flac: %d bits, blocks of %d", fi.bits, fi.blockMax)
	}
	return fi, nil
}

// countingReader counts the bytes read through it. The frame parser
// reads exactly a frame's bytes, so the count is where the next frame
// starts.
type countingReader struct {
	r   *bufio.Reader
	off int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.off += int64(n)
	return n, err
}

// seekTo starts reading frames at byte offset off.
func (d *flacDecoder) seekTo(off int64) error {
	sr := io.NewSectionReader(d.f, off, d.info.fileLength-off)
	if d.r == nil {
		d.r = &countingReader{r: bufio.NewReaderSize(sr, 64<<10)}
	} else {
		d.r.r.Reset(sr)
	}
	d.r.off = off
	d.frame, d.at = nil, 0
	return nil
}

// next parses the next frame.
func (d *flacDecoder) next() error {
	fr, err := frame.Parse(d.r)
	if err != nil {
		d.frame = nil
		return err
	}
	if fr.Channels.Count() != d.info.channels {
		return fmt.Errorf("flac: a frame of %d channels in a stream of %d", fr.Channels.Count(), d.info.channels)
	}
	d.frame, d.at = fr, 0
	return nil
}

func (d *flacDecoder) read(p []float32) (int, error) {
	ch := d.info.channels
	n := 0
	for n+ch <= len(p) {
		if d.frame == nil || d.at >= int(d.frame.BlockSize) {
			if err := d.next(); err != nil {
				if errors.Is(err, io.EOF) && n > 0 {
					return n, nil
				}
				return n, err
			}
		}
		k := min(int(d.frame.BlockSize)-d.at, (len(p)-n)/ch)
		for c, sub := range d.frame.Subframes {
			s := sub.Samples[d.at : d.at+k]
			for i, v := range s {
				p[n+i*ch+c] = float32(v) * d.scale
			}
		}
		d.at += k
		n += k * ch
		d.pos += int64(k)
	}
	return n, nil
}

func (d *flacDecoder) close() error { return d.f.Close() }
