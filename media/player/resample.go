package player

// resampler converts a stream between sample rates by linear
// interpolation: the device runs at one rate (48 kHz) and recordings come
// at 8 to 48 kHz. For speech that is enough; music would want a
// band-limited filter.
type resampler struct {
	step float64 // input frames per output frame
	ch   int
	pull func(p []float32) int // more input; 0 at the end

	buf   []float32 // input frames held, interleaved
	pos   float64   // the next output frame's place in buf, in frames
	ended bool
	in    []float32
}

// newResampler makes a resampler from rate in to rate out.
func newResampler(in, out, channels int, pull func([]float32) int) *resampler {
	return &resampler{step: float64(in) / float64(out), ch: channels, pull: pull, in: make([]float32, 1024*channels)}
}

// passthrough reports whether the rates are equal, so no work is needed.
func (r *resampler) passthrough() bool { return r.step == 1 }

// reset forgets all input, for a seek.
func (r *resampler) reset() {
	r.buf, r.pos, r.ended = r.buf[:0], 0, false
}

// pending is how many input frames were pulled but not yet played out.
func (r *resampler) pending() float64 {
	if r.passthrough() {
		return 0
	}
	return max(float64(len(r.buf)/r.ch)-r.pos, 0)
}

// read fills out with output frames and returns how many samples it
// wrote: fewer than len(out) only at the end of the input.
func (r *resampler) read(out []float32) int {
	if r.passthrough() {
		n := 0
		for n < len(out) {
			k := r.pull(out[n:])
			if k == 0 {
				break
			}
			n += k
		}
		return n
	}
	ch := r.ch
	n := 0
	for ; n+ch <= len(out); n += ch {
		for int(r.pos)+1 >= len(r.buf)/ch {
			if !r.more() {
				break
			}
		}
		i, frames := int(r.pos), len(r.buf)/ch
		if i >= frames {
			break
		}
		f := float32(r.pos - float64(i))
		for c := 0; c < ch; c++ {
			a := r.buf[i*ch+c]
			b := a
			if i+1 < frames {
				b = r.buf[(i+1)*ch+c]
			}
			out[n+c] = a + (b-a)*f
		}
		r.pos += r.step
	}
	return n
}

// more pulls more input, first dropping the frames already passed.
func (r *resampler) more() bool {
	if r.ended {
		return false
	}
	if drop := int(r.pos); drop > 0 {
		drop = min(drop, len(r.buf)/r.ch)
		r.buf = r.buf[:copy(r.buf, r.buf[drop*r.ch:])]
		r.pos -= float64(drop)
	}
	k := r.pull(r.in)
	if k == 0 {
		r.ended = true
		return false
	}
	r.buf = append(r.buf, r.in[:k]...)
	return true
}
