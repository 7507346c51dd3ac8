//go:build cgo || windows || darwin

package speaker

import (
	"encoding/binary"
	"errors"
	"io"
	"math"
	"sync"
	"time"

	"github.com/ebitengine/oto/v3"

	"teema/media/player"
)

// oto allows one context per program, so the device is opened once and
// shared by every Speaker; a failure is remembered (a device plugged in
// later is found after a restart).
var (
	once    sync.Once
	context *oto.Context
	openErr error
)

// readyWait is how long the device may take to get ready.
const readyWait = 5 * time.Second

// device opens the sound device the first time it is asked for.
func device() (*oto.Context, error) {
	once.Do(func() {
		c, ready, err := oto.NewContext(&oto.NewContextOptions{
			SampleRate: Rate, ChannelCount: Channels, Format: oto.FormatFloat32LE, BufferSize: deviceBuffer,
		})
		if err != nil {
			openErr = err
			return
		}
		select {
		case <-ready:
		case <-time.After(readyWait):
			openErr = errors.New("the sound device did not get ready")
			return
		}
		if err := c.Err(); err != nil {
			openErr = err
			return
		}
		context = c
	})
	return context, openErr
}

// Speaker plays a player's sound on the sound device.
type Speaker struct {
	p *oto.Player

	mu  sync.Mutex
	src player.Source
	buf []float32
}

// Open opens a speaker on the sound device, or says there is none.
func Open() (*Speaker, error) {
	c, err := device()
	if err != nil {
		return nil, errNoDevice.Wrap(err, nil)
	}
	s := &Speaker{}
	s.p = c.NewPlayer(reader{s})
	s.p.SetBufferSize(int(playerBuffer.Seconds()*Rate) * Channels * 4)
	return s, nil
}

// Rate is the device's frames per second.
func (s *Speaker) Rate() int { return Rate }

// Channels is the device's samples per frame.
func (s *Speaker) Channels() int { return Channels }

// Start plays src. It empties oto's buffer first: a read that was under
// way when Stop emptied it may have added to it since.
func (s *Speaker) Start(src player.Source) error {
	s.mu.Lock()
	s.src = src
	s.mu.Unlock()
	s.p.Seek(0, io.SeekStart)
	s.p.Play()
	if err := s.p.Err(); err != nil {
		return errNoDevice.Wrap(err, nil)
	}
	return nil
}

// Stop stops playing and drops what oto holds. Seeking the reader makes
// oto empty its buffer.
func (s *Speaker) Stop() {
	s.p.Pause()
	s.p.Seek(0, io.SeekStart)
}

// Latency is what oto and the device hold.
func (s *Speaker) Latency() time.Duration {
	held := time.Duration(s.p.BufferedSize()) * time.Second / (Rate * Channels * 4)
	return held + deviceBuffer
}

// Close stops the speaker for good.
func (s *Speaker) Close() error {
	s.Stop()
	s.mu.Lock()
	s.src = nil
	s.mu.Unlock()
	return nil
}

// reader is what oto pulls bytes from: the source's samples as
// little-endian float32. oto calls it from its own goroutine without
// holding its locks.
type reader struct{ s *Speaker }

func (r reader) Read(b []byte) (int, error) {
	s := r.s
	frames := len(b) / (4 * Channels)
	s.mu.Lock()
	src := s.src
	if cap(s.buf) < frames*Channels {
		s.buf = make([]float32, frames*Channels)
	}
	buf := s.buf[:frames*Channels]
	s.mu.Unlock()
	if src != nil {
		src.Fill(buf)
	} else {
		clear(buf)
	}
	for i, v := range buf {
		binary.LittleEndian.PutUint32(b[4*i:], math.Float32bits(v))
	}
	return len(buf) * 4, nil
}

// Seek lets oto drop its buffer (Stop); the source keeps its own place.
func (reader) Seek(int64, int) (int64, error) { return 0, nil }
