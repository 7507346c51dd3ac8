package media

import (
	"bytes"
	"errors"
	"io"

	"github.com/mewkiz/flac/frame"
)

// flacWindow is how much of a FLAC file is searched for a frame header
// at once: frames of speech are a few kilobytes.
var flacWindow = 64 << 10

// flacFrame is a frame found by its header.
type flacFrame struct {
	off    int64 // where its header starts
	sample int64 // its first sample
	size   int   // its samples per channel
}

// framesIn finds the frame headers in the window at off: a sync code, a
// header that parses with its CRC-8, and the stream's channels and rate.
// Audio data can hold a false sync code, but one that passes all that is
// rare, and seek decodes from there with the CRC-16 checked.
func (d *flacDecoder) framesIn(off int64, window int) ([]flacFrame, error) {
	b := make([]byte, window)
	n, err := d.f.ReadAt(b, off)
	if err != nil && !errors.Is(err, io.EOF) {
		return nil, err
	}
	b = b[:n]
	var found []flacFrame
	for i := 0; i+1 < len(b); i++ {
		if b[i] != 0xFF || b[i+1]&0xFE != 0xF8 {
			continue
		}
		fr, err := frame.New(bytes.NewReader(b[i:]))
		if err != nil || !d.plausible(fr) {
			continue
		}
		found = append(found, flacFrame{off: off + int64(i), sample: d.firstSample(fr), size: int(fr.BlockSize)})
	}
	return found, nil
}

// plausible reports whether a frame header fits the stream.
func (d *flacDecoder) plausible(fr *frame.Frame) bool {
	return fr.Channels.Count() == d.info.channels &&
		(fr.SampleRate == 0 || int(fr.SampleRate) == d.info.rate) &&
		(fr.BitsPerSample == 0 || int(fr.BitsPerSample) == d.info.bits) &&
		int(fr.BlockSize) <= d.info.blockMax
}

// firstSample is a frame's first sample. A fixed-block-size stream
// numbers frames, not samples; every block but the last is blockMax long.
func (d *flacDecoder) firstSample(fr *frame.Frame) int64 {
	if fr.HasFixedBlockSize {
		return int64(fr.Num) * int64(d.info.blockMax)
	}
	return int64(fr.Num)
}

// seek bisects the file for the last frame starting at or before target,
// then decodes forward to it.
func (d *flacDecoder) seek(target int64) error {
	best := d.info.dataStart
	lo, hi := d.info.dataStart, d.info.fileLength
	for hi-lo > int64(flacWindow) {
		mid := lo + (hi-lo)/2
		found, err := d.framesIn(mid, flacWindow)
		if err != nil {
			return err
		}
		if len(found) == 0 || found[0].sample > target {
			hi = mid
			continue
		}
		best, lo = found[0].off, found[0].off
	}
	if err := d.seekTo(best); err != nil {
		return err
	}
	for {
		if err := d.next(); err != nil {
			if errors.Is(err, io.EOF) {
				d.pos = target
				return nil
			}
			return err
		}
		start := d.firstSample(d.frame)
		if start+int64(d.frame.BlockSize) > target {
			d.at = int(max(target-start, 0))
			d.pos = target
			return nil
		}
	}
}

// lastFrameEnd is the sample after the file's last whole frame: how much
// of a FLAC file cut short can still be played.
func (d *flacDecoder) lastFrameEnd() (int64, error) {
	maxFrame := d.info.blockMax*d.info.channels*d.info.bits/8 + 1024
	window := max(4*flacWindow, 2*maxFrame)
	from := max(d.info.dataStart, d.info.fileLength-int64(window))
	found, err := d.framesIn(from, int(d.info.fileLength-from))
	if err != nil {
		return 0, err
	}
	for i := len(found) - 1; i >= 0; i-- {
		c := found[i]
		if _, err := frame.Parse(io.NewSectionReader(d.f, c.off, d.info.fileLength-c.off)); err == nil {
			return c.sample + int64(c.size), nil
		}
	}
	if from == d.info.dataStart {
		return 0, nil // no whole frame at all
	}
	return 0, errors.New("flac: no whole frame near the end")
}
