package player

import (
	"errors"
	"io"

	"teema/media"
	"teema/media/stretch"
)

// chunkFrames is how much of the recording is decoded at a time: 4096
// frames is a quarter of a second at 16 kHz, a few milliseconds' work.
const chunkFrames = 4096

// pipeline turns a recording into the output's sound: decode, stretch to
// the speed, resample to the device's rate, map to its channels. The
// player's lock guards it.
type pipeline struct {
	stream  *media.Stream
	st      *stretch.Stretcher
	rs      *resampler
	inCh    int
	outCh   int
	chunk   []float32 // decoded, before stretching
	mid     []float32 // stretched and resampled, before the channel map
	decoded error     // a decoding error, once met
}

// open starts a pipeline at the start of rec.
func (pl *pipeline) open(rec *media.Recording, rate, channels int) error {
	s, err := rec.Stream()
	if err != nil {
		return err
	}
	pl.stream = s
	pl.inCh, pl.outCh = rec.Channels, channels
	pl.st = stretch.New(rec.Rate, rec.Channels)
	pl.rs = newResampler(rec.Rate, rate, rec.Channels, pl.stretched)
	pl.chunk = make([]float32, chunkFrames*rec.Channels)
	return nil
}

// stretched gives the resampler stretched frames, decoding more as the
// stretcher needs it; 0 at the end of the recording.
func (pl *pipeline) stretched(dst []float32) int {
	n := 0
	for n < len(dst) {
		k := pl.st.Read(dst[n:])
		n += k
		if k > 0 {
			continue
		}
		if pl.st.Drained() {
			break
		}
		m, err := pl.stream.Read(pl.chunk)
		pl.st.Write(pl.chunk[:m])
		if err != nil {
			if !errors.Is(err, io.EOF) {
				pl.decoded = err
			}
			pl.st.Flush()
		}
	}
	return n
}

// render fills out (output channels) with the next sound at volume vol
// and returns the frames it filled: fewer than asked at the end.
func (pl *pipeline) render(out []float32, vol float32) int {
	frames := len(out) / pl.outCh
	need := frames * pl.inCh
	if cap(pl.mid) < need {
		pl.mid = make([]float32, need)
	}
	got := pl.rs.read(pl.mid[:need]) / pl.inCh
	mapChannels(out, pl.mid, got, pl.inCh, pl.outCh, vol)
	clear(out[got*pl.outCh:])
	return got
}

// mapChannels copies frames from in (inCh channels) to out (outCh),
// scaled by vol: mono goes to every output channel, stereo to a mono
// device is mixed, and channels beyond the device's are left out.
func mapChannels(out, in []float32, frames, inCh, outCh int, vol float32) {
	for f := 0; f < frames; f++ {
		src, dst := in[f*inCh:(f+1)*inCh], out[f*outCh:(f+1)*outCh]
		switch {
		case inCh == 1:
			for c := range dst {
				dst[c] = src[0] * vol
			}
		case outCh == 1:
			var sum float32
			for _, v := range src {
				sum += v
			}
			dst[0] = sum / float32(inCh) * vol
		default:
			for c := range dst {
				dst[c] = src[min(c, inCh-1)] * vol
			}
		}
	}
}

// position is the frame of the recording that plays next: the
// stretcher's place, less what the resampler holds.
func (pl *pipeline) position() int64 {
	p := pl.st.Position() - pl.rs.pending()*pl.st.Speed()
	return min(max(int64(p+0.5), 0), pl.stream.Frames())
}

// seek moves the pipeline to a frame, clamped to the recording.
func (pl *pipeline) seek(frame int64) {
	frame = min(max(frame, 0), pl.stream.Frames())
	pl.decoded = nil
	if err := pl.stream.SeekFrame(frame); err != nil {
		pl.decoded = err
	}
	pl.st.Reset(pl.stream.Position())
	pl.rs.reset()
}

// speed is the speed set.
func (pl *pipeline) speed() float64 { return pl.st.Speed() }

// setSpeed sets the speed, clamped, and returns it.
func (pl *pipeline) setSpeed(s float64) float64 { return pl.st.SetSpeed(s) }

// close closes the stream.
func (pl *pipeline) close() error { return pl.stream.Close() }
