package media

import (
	"errors"
	"io"
)

// Stream reads a recording's samples as float32 in -1…1, interleaved,
// Channels to a frame, Rate frames a second. It is not safe for
// concurrent use.
type Stream struct {
	rec *Recording
	dec decoder
	pos int64
}

// Stream opens a new stream at the start of the recording. Each stream
// has its own decoder, so a player and a waveform can read at once.
func (r *Recording) Stream() (*Stream, error) {
	dec, _, err := openDecoder(r.codec, r.source)
	if err != nil {
		return nil, r.refuse(err)
	}
	return &Stream{rec: r, dec: dec}, nil
}

// Rate is the stream's frames per second.
func (s *Stream) Rate() int { return s.rec.Rate }

// Channels is the stream's samples per frame.
func (s *Stream) Channels() int { return s.rec.Channels }

// Frames is the recording's length in frames.
func (s *Stream) Frames() int64 { return s.rec.Frames }

// Position is the frame the next Read starts at.
func (s *Stream) Position() int64 { return s.pos }

// Read fills p with whole frames and returns the number of samples
// written: all of p unless the recording ends first. At the end it
// returns 0 and io.EOF. A recording damaged
// part-way gives an error naming the file and the place.
func (s *Stream) Read(p []float32) (int, error) {
	ch := int64(s.rec.Channels)
	left := s.rec.Frames - s.pos
	if left <= 0 {
		return 0, io.EOF
	}
	p = p[:min(int64(len(p))/ch, left)*ch]
	if len(p) == 0 {
		return 0, nil
	}
	var n int
	err := safely(func() error {
		// Decoders may stop at a packet's end; fill p, as callers expect.
		for n < len(p) {
			k, err := s.dec.read(p[n:])
			n += k
			if err != nil {
				return err
			}
			if k == 0 {
				return io.EOF
			}
		}
		return nil
	})
	s.pos += int64(n) / ch
	switch {
	case err == nil:
		return n, nil
	case errors.Is(err, io.EOF) && n > 0:
		return n, nil
	case errors.Is(err, io.EOF):
		return 0, io.EOF
	}
	return n, s.damaged(err)
}

// damaged words a decoding error at the stream's position.
func (s *Stream) damaged(err error) error {
	return errDamagedAt.Wrap(err, with(fileArgs(s.rec.Path), "At", clock(float64(s.pos)/float64(s.rec.Rate))))
}

// SeekFrame moves to a frame, clamped to the recording.
func (s *Stream) SeekFrame(frame int64) error {
	frame = min(max(frame, 0), s.rec.Frames)
	err := safely(func() error { return s.dec.seek(frame) })
	if err != nil {
		return s.damaged(err)
	}
	s.pos = frame
	return nil
}

// Close closes the stream's file.
func (s *Stream) Close() error { return s.dec.close() }
