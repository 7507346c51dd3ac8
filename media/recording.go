// Package media opens the recordings interviews were transcribed from:
// it decodes WAV, MP3, FLAC and Ogg Vorbis itself, in pure Go, and reads
// what phones and meeting programs make (M4A, AAC, MP4 and others)
// through the ffmpeg program when it is installed. It refuses, with a
// message naming the file, what is no recording: a transcript or
// subtitle file, an empty file, a video without sound, a damaged or
// truncated file. It also fingerprints a recording, so that a moved one
// can be found again.
//
// Playing is in media/player, changing speed in media/stretch, and the
// sound device in media/speaker; this package needs no cgo.
package media

import (
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"teema/message"
)

// Recording is an opened recording: its format, length and sound, and a
// way to read its samples (Stream). Close it when done: a recording read
// through ffmpeg keeps a temporary file until then.
type Recording struct {
	Path     string // the file the researcher chose
	Format   string // "WAV", "MP3", "FLAC", "Ogg Vorbis", or the extension ffmpeg read ("M4A")
	Rate     int    // frames per second
	Channels int    // samples per frame
	Frames   int64  // the length in frames: exact when Verified
	Verified bool   // every frame was decoded once, without error

	source string // the file decoded: Path, or the WAV ffmpeg made of it
	codec  codec
	temp   bool // source is a temporary file of Teema's

	mu     sync.Mutex
	closed bool
}

// Options say how OpenContext opens a recording.
type Options struct {
	// Verify decodes the whole recording once, to refuse one that is
	// damaged part-way and to know its length to the frame. An MP3
	// decodes at about 60× real time, so an hour takes a minute; a
	// recording verified once (see Fingerprint) need not be again.
	Verify bool
	// Progress, if set, is told how much of the work is done (0 to 1),
	// from the goroutine that opens.
	Progress func(done float64)
}

// OpenContext opens a recording: it refuses what is no recording, reads
// its headers, and converts formats Teema does not decode through
// ffmpeg. Cancelling ctx stops the conversion and the verification.
func OpenContext(ctx context.Context, path string, opt Options) (*Recording, error) {
	c, err := identify(path)
	if err != nil {
		return nil, err
	}
	rec := &Recording{Path: path, source: path, codec: c, Format: names[c]}
	if err := rec.open(ctx, opt); err != nil {
		rec.Close()
		return nil, err
	}
	return rec, nil
}

// identify says how to decode path, or why it is no recording, from its
// extension and its first bytes. What the bytes show wins, so a
// recording renamed to the wrong extension still plays.
func identify(path string) (codec, error) {
	st, err := os.Stat(path)
	if err != nil {
		return unknown, openFailure(path, err)
	}
	ext := strings.ToLower(filepath.Ext(path))
	switch {
	case !st.Mode().IsRegular():
		return unknown, errNotAFile.New(fileArgs(path))
	case textExts[ext]:
		return unknown, errText.New(fileArgs(path))
	case st.Size() == 0:
		return unknown, errEmpty.New(fileArgs(path))
	}
	head, err := readHead(path, 64)
	if err != nil {
		return unknown, openFailure(path, err)
	}
	want, known := byExt[ext]
	switch got := sniff(head); {
	case got != unknown:
		return got, nil
	case looksLikeText(head):
		return unknown, errText.New(fileArgs(path))
	case ext == "":
		return unknown, errNoExt.New(fileArgs(path))
	case !known:
		return unknown, errUnknownExt.New(fileArgs(path))
	case want == ffmpegCodec:
		return ffmpegCodec, nil // ffmpeg knows more containers than sniff
	}
	return unknown, errNotFormat.New(with(fileArgs(path), "Format", names[want]))
}

// readHead reads up to n bytes from the start of a file.
func readHead(path string, n int) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	head := make([]byte, n)
	k, err := io.ReadFull(f, head)
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) {
		return nil, err
	}
	return head[:k], nil
}

// open reads the recording's headers, after converting it when ffmpeg
// must read it, and verifies it when asked.
func (r *Recording) open(ctx context.Context, opt Options) error {
	if r.codec == ffmpegCodec {
		if err := r.convert(ctx, opt.Progress); err != nil {
			return err
		}
	}
	dec, inf, err := openDecoder(r.codec, r.source)
	if errors.Is(err, errNeedsFFmpeg) && !r.temp {
		if err := r.convert(ctx, opt.Progress); err != nil {
			return err
		}
		dec, inf, err = openDecoder(r.codec, r.source)
	}
	if err != nil {
		return r.refuse(err)
	}
	dec.close()
	r.Rate, r.Channels, r.Frames = inf.rate, inf.channels, inf.frames
	if err := r.checkLength(inf.declared); err != nil {
		return err
	}
	if opt.Verify && !r.Verified {
		if err := r.verify(ctx, inf.declared, opt.Progress); err != nil {
			return err
		}
	}
	if r.Frames == 0 {
		return errSilent.New(fileArgs(r.Path))
	}
	return nil
}

// convert has ffmpeg turn the recording into a temporary WAV file, which
// is then read in its place. ffmpeg decodes every frame on the way, so
// the result counts as verified.
func (r *Recording) convert(ctx context.Context, progress func(float64)) error {
	tmp, err := convert(ctx, r.Path, progress)
	if err != nil {
		return err
	}
	r.source, r.temp, r.codec, r.Verified = tmp, true, wavCodec, true
	r.Format = strings.ToUpper(strings.TrimPrefix(filepath.Ext(r.Path), "."))
	return nil
}

// refuse words a decoder's failure to read the headers.
func (r *Recording) refuse(err error) error {
	var m *message.Error
	if errors.As(err, &m) {
		return err
	}
	if r.temp {
		return errFFmpeg.Wrap(err, fileArgs(r.Path))
	}
	return errNotFormat.Wrap(err, with(fileArgs(r.Path), "Format", names[r.codec]))
}

// checkLength refuses a recording whose header promises a second or more
// than the file holds: the end the transcript refers to is gone, and
// playing less without a word would mislead. A shortfall under a second
// is an encoder's padding or a cut last frame, and plays.
func (r *Recording) checkLength(declared int64) error {
	if declared <= 0 || declared-r.Frames < int64(r.Rate) {
		return nil
	}
	return errTruncated.New(with(fileArgs(r.Path),
		"Expected", clock(float64(declared)/float64(r.Rate)),
		"Actual", clock(float64(r.Frames)/float64(r.Rate))))
}

// Duration is how long the recording plays at normal speed.
func (r *Recording) Duration() time.Duration {
	if r.Rate == 0 {
		return 0
	}
	return time.Duration(float64(r.Frames) / float64(r.Rate) * float64(time.Second))
}

// Close releases the recording: it removes the temporary file ffmpeg made.
// Streams already open keep working where the system allows (not on
// Windows); close them first.
func (r *Recording) Close() error {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.closed {
		return nil
	}
	r.closed = true
	if r.temp {
		if err := os.Remove(r.source); err != nil && !errors.Is(err, os.ErrNotExist) {
			return err
		}
	}
	return nil
}
