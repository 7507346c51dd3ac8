package media

import (
	"bytes"
	"encoding/binary"
	"errors"
	"io"
)

// mp3Head is what an MP3 file's first frame says: whether it is mono, and
// how many frames the whole file should have, which encoders write in a
// Xing, Info or VBRI tag in that frame. go-mp3 tells neither.
type mp3Head struct {
	mono            bool
	samplesPerFrame int
	tagFrames       int64 // frames after the tag frame, per the tag; -1 without one
}

// mp3Window is how far into the file the first frame is looked for: an
// ID3 tag with a cover picture comes first and can be large, but is
// skipped by its size; this is for padding after it.
const mp3Window = 64 << 10

// readMP3Head reads the first frame header after any ID3v2 tag.
func readMP3Head(r io.ReaderAt) (mp3Head, error) {
	var id3 [10]byte
	off := int64(0)
	if _, err := r.ReadAt(id3[:], 0); err == nil && string(id3[:3]) == "ID3" {
		size := int64(id3[6]&0x7F)<<21 | int64(id3[7]&0x7F)<<14 | int64(id3[8]&0x7F)<<7 | int64(id3[9]&0x7F)
		off = 10 + size
		if id3[5]&0x10 != 0 { // a footer follows the tag
			off += 10
		}
	}
	b := make([]byte, mp3Window)
	n, err := r.ReadAt(b, off)
	if err != nil && !errors.Is(err, io.EOF) {
		return mp3Head{}, err
	}
	b = b[:n]
	for i := 0; i+4 <= len(b); i++ {
		if h, ok := parseMP3Frame(b[i:]); ok {
			return h, nil
		}
	}
	return mp3Head{}, errors.New("mp3: no frame header")
}

// parseMP3Frame reads a Layer III frame header at the start of b, and
// its Xing, Info or VBRI tag if it has one.
func parseMP3Frame(b []byte) (mp3Head, bool) {
	if len(b) < 4 || b[0] != 0xFF || b[1]&0xE0 != 0xE0 {
		return mp3Head{}, false
	}
	version := b[1] >> 3 & 3 // 3: MPEG-1, 2: MPEG-2, 0: MPEG-2.5
	layer := b[1] >> 1 & 3   // 1: Layer III
	bitrate, rate := b[2]>>4, b[2]>>2&3
	if version == 1 || layer != 1 || bitrate == 0 || bitrate == 15 || rate == 3 {
		return mp3Head{}, false
	}
	h := mp3Head{mono: b[3]>>6 == 3, samplesPerFrame: 1152, tagFrames: -1}
	side := 32 // bytes of side information after the header
	switch {
	case version == 3 && h.mono, version != 3 && !h.mono:
		side = 17
	case version != 3:
		side = 9
	}
	if version != 3 {
		h.samplesPerFrame = 576
	}
	at := 4 + side
	if b[1]&1 == 0 { // a CRC follows the header
		at += 2
	}
	switch {
	case len(b) >= at+12 && (bytes.Equal(b[at:at+4], []byte("Xing")) || bytes.Equal(b[at:at+4], []byte("Info"))):
		if flags := binary.BigEndian.Uint32(b[at+4:]); flags&1 != 0 {
			h.tagFrames = int64(binary.BigEndian.Uint32(b[at+8:]))
		}
	case len(b) >= 36+18 && bytes.Equal(b[36:40], []byte("VBRI")):
		h.tagFrames = int64(binary.BigEndian.Uint32(b[36+14:]))
	}
	return h, true
}
