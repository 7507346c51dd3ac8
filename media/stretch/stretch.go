// Package stretch plays audio faster or slower without changing its
// pitch, as transcribers need: a voice at 0.75× stays the same voice, only
// slower. It is plain signal processing on interleaved float32 samples,
// with no dependencies and no I/O.
//
// The method is WSOLA (waveform-similarity overlap-add): the output is
// built from short overlapping frames of the input, cross-faded with a
// Hann window. Frames are taken from the input at the speed asked for, and
// each one is moved by up to a few milliseconds to where its waveform best
// continues the previous frame, so the cross-fades do not cancel or click.
//
// A Stretcher works on a stream: Write input as it is decoded, Read output
// as the sound device asks for it, Flush at the end of the input.
package stretch

import "math"

// The slowest and fastest speeds. Below half speed speech smears into
// echoes; above double it is no longer followed.
const (
	MinSpeed = 0.5
	MaxSpeed = 2.0
)

// Frame timing, in seconds. A 30 ms frame (15 ms hop) is short enough to
// follow speech and long enough to hold a pitch period of a low voice
// (80 Hz is 12.5 ms); the ±10 ms search spans more than one such period,
// so some offset always lines the waveforms up.
const (
	frameSeconds  = 0.030
	searchSeconds = 0.010
)

// Stretcher changes the speed of one stream of audio. It is not safe for
// concurrent use; the player guards it with its own lock.
type Stretcher struct {
	rate     int
	channels int
	speed    float64
	hop      int       // output frames per step: half a frame
	search   int       // how far a frame may move from its nominal place
	window   []float32 // periodic Hann over a frame: window[n]+window[n+hop] = 1

	in      []float32 // buffered input, interleaved; in[0] is input frame inStart
	inStart int64
	flushed bool // Flush was called: no more input comes

	started bool    // the first frame has been placed
	next    float64 // nominal input position of the next frame
	prev    int64   // input position the previous frame was taken from
	tail    []float32

	out  []float32 // finished output not yet read
	segs []segment // where out came from in the input, in order
	done bool      // every input frame has been turned into output

	scratch search
}

// segment says where a run of output came from: output frames in it map
// to input positions from start, speed input frames per output frame.
type segment struct {
	frames int
	start  float64
	speed  float64
}

// New makes a stretcher for audio at rate frames per second with channels
// interleaved channels, at speed 1.
func New(rate, channels int) *Stretcher {
	if channels < 1 {
		channels = 1
	}
	hop := max(int(math.Round(float64(rate)*frameSeconds/2)), 8)
	s := &Stretcher{
		rate:     rate,
		channels: channels,
		speed:    1,
		hop:      hop,
		search:   max(int(math.Round(float64(rate)*searchSeconds)), 2),
		window:   hann(2 * hop),
	}
	return s
}

// hann is a periodic Hann window: its two halves sum to one, so frames
// overlapped by half of it add up to the input exactly.
func hann(n int) []float32 {
	w := make([]float32, n)
	for i := range w {
		w[i] = float32(0.5 - 0.5*math.Cos(2*math.Pi*float64(i)/float64(n)))
	}
	return w
}

// SetSpeed sets the speed from the next frame on (within 15 ms), clamped
// to MinSpeed–MaxSpeed, and returns the speed set.
func (s *Stretcher) SetSpeed(speed float64) float64 {
	if math.IsNaN(speed) {
		speed = 1
	}
	s.speed = min(max(speed, MinSpeed), MaxSpeed)
	return s.speed
}

// Speed is the speed in use.
func (s *Stretcher) Speed() float64 { return s.speed }

// Channels is the number of interleaved channels.
func (s *Stretcher) Channels() int { return s.channels }

// Reset forgets all input and output, for a seek: the next input written
// is the input at position at (in frames).
func (s *Stretcher) Reset(at int64) {
	s.in = s.in[:0]
	s.inStart = at
	s.flushed = false
	s.started = false
	s.next = float64(at)
	s.prev = at
	s.out = s.out[:0]
	s.segs = s.segs[:0]
	s.done = false
}

// Write adds input: interleaved samples, whole frames. It copies in.
// Input is only turned into output as output is read, so a new speed
// is heard from the next read on.
func (s *Stretcher) Write(in []float32) {
	in = in[:len(in)/s.channels*s.channels]
	s.in = append(s.in, in...)
}

// Flush says the input has ended, so the last frames can be finished
// with silence after the end.
func (s *Stretcher) Flush() { s.flushed = true }

// Drained reports whether the input has ended and all output was read.
func (s *Stretcher) Drained() bool {
	s.process(1)
	return s.done && len(s.out) == 0
}

// Read fills out with output, whole frames, and returns the number of
// samples written: fewer than len(out) when more input is needed (or,
// when Drained, at the end).
func (s *Stretcher) Read(out []float32) int {
	s.process(len(out) / s.channels)
	n := min(len(out), len(s.out)) / s.channels * s.channels
	copy(out, s.out[:n])
	s.out = s.out[:copy(s.out, s.out[n:])]
	s.consume(n / s.channels)
	return n
}

// consume drops frames read from the front of the segments.
func (s *Stretcher) consume(frames int) {
	for frames > 0 && len(s.segs) > 0 {
		g := &s.segs[0]
		k := min(frames, g.frames)
		g.frames -= k
		g.start += float64(k) * g.speed
		frames -= k
		if g.frames == 0 {
			s.segs = s.segs[:copy(s.segs, s.segs[1:])]
		}
	}
}

// Position is the input position, in frames, that the next output frame
// read comes from: what a player shows as the place in the recording.
func (s *Stretcher) Position() float64 {
	if len(s.segs) > 0 {
		return s.segs[0].start
	}
	if s.done {
		return min(s.next, float64(s.inEnd()))
	}
	return s.next
}

// Pending is how many output frames are finished and not yet read.
func (s *Stretcher) Pending() int { return len(s.out) / s.channels }

// inEnd is the input position just past the buffered input.
func (s *Stretcher) inEnd() int64 { return s.inStart + int64(len(s.in)/s.channels) }

// at is input frame i, channel c, or silence outside the buffered input.
func (s *Stretcher) at(i int64, c int) float32 {
	k := i - s.inStart
	if k < 0 || k >= int64(len(s.in)/s.channels) {
		return 0
	}
	return s.in[int(k)*s.channels+c]
}
