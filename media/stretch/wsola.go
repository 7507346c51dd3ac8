package stretch

import "math"

// search holds the buffers of one similarity search, kept between frames
// so that stretching allocates nothing once it runs.
type search struct {
	target []float32 // what the previous frame continues with, mixed to mono
	region []float32 // the input the next frame may start in, mixed to mono
}

// process places frames until want output frames are finished or the
// input runs out: a frame is placed once the input reaches the farthest
// place it could be taken from.
func (s *Stretcher) process(want int) {
	for !s.done && len(s.out)/s.channels < want {
		nominal := int64(math.Floor(s.next))
		if s.flushed && s.next >= float64(s.inEnd()) {
			s.done = true
			break
		}
		// The farthest input this frame can reach.
		need := nominal + 2*int64(s.hop)
		switch {
		case !s.started:
		case s.speed == 1:
			need = s.prev + 3*int64(s.hop)
		default:
			need += int64(s.search)
		}
		if !s.flushed && s.inEnd() < need {
			break
		}
		s.step(nominal)
	}
	s.trim()
}

// step places one frame: it writes one hop of output (the previous
// frame's second half cross-faded with this frame's first half) and keeps
// this frame's second half for the next step.
func (s *Stretcher) step(nominal int64) {
	hop, ch := s.hop, s.channels
	var a int64
	switch {
	case !s.started:
		// A made-up previous frame whose second half lies over the first
		// hop of input: the first output is then the input itself, with
		// no fade-in from silence.
		a = nominal
		s.tail = s.tail[:0]
		for n := 0; n < hop; n++ {
			for c := 0; c < ch; c++ {
				s.tail = append(s.tail, s.window[hop+n]*s.at(a+int64(n), c))
			}
		}
		s.started = true
	case s.speed == 1:
		// The natural continuation is the best match there is: at speed 1
		// the output is the input, shifted by any offset an earlier speed
		// left.
		a = s.prev + int64(hop)
	default:
		a = nominal + s.bestOffset(nominal)
	}

	frames := hop
	if s.flushed {
		// The last output ends where the input does, so a stretched
		// recording lasts its duration divided by the speed.
		if left := (float64(s.inEnd()) - s.next) / s.speed; left < float64(hop) {
			frames = max(int(math.Ceil(left)), 0)
		}
	}
	for n := 0; n < hop; n++ {
		for c := 0; c < ch; c++ {
			v := s.tail[n*ch+c] + s.window[n]*s.at(a+int64(n), c)
			if n < frames {
				s.out = append(s.out, v)
			}
			s.tail[n*ch+c] = s.window[hop+n] * s.at(a+int64(hop+n), c)
		}
	}
	if frames > 0 {
		s.segs = append(s.segs, segment{frames: frames, start: s.next, speed: s.speed})
	}
	s.prev = a
	s.next += float64(hop) * s.speed
}

// bestOffset finds where near its nominal place the next frame's start
// looks most like the natural continuation of the previous frame, by
// normalised cross-correlation of the mono mix. Ties go to the offset
// nearest zero, so a steady tone is not moved for nothing. Above 32 kHz
// the search first looks at every other sample and offset (speech has
// little above 8 kHz), then at the offsets around the best one: a
// quarter of the work.
func (s *Stretcher) bestOffset(nominal int64) int64 {
	hop, r := s.hop, s.search
	t := s.mono(s.scratch.target[:0], s.prev+int64(hop), hop)
	s.scratch.target = t
	x := s.mono(s.scratch.region[:0], nominal-int64(r), 2*r+hop)
	s.scratch.region = x

	step := 1
	if s.rate >= 32000 {
		step = 2
	}
	best, _ := similarity(t, x, 0, 2*r, step, r)
	if step > 1 {
		best, _ = similarity(t, x, max(best+r-step, 0), min(best+r+step, 2*r), 1, r)
	}
	return int64(best)
}

// similarity tries the offsets lo to hi (indexes into x, which starts r
// before the nominal place) every step, comparing every step-th sample,
// and returns the best as an offset from the nominal place.
func similarity(t, x []float32, lo, hi, step, r int) (int, float64) {
	hop := len(t)
	var energy float64
	for n := 0; n < hop; n += step {
		v := float64(x[lo+n])
		energy += v * v
	}
	best, bestScore := 0, math.Inf(-1)
	for d := lo; d <= hi; d += step {
		if d > lo {
			// Slide the window by step: the samples compared are those
			// step apart from d, so one leaves and one enters.
			old, nu := float64(x[d-step]), float64(x[d-step+(hop+step-1)/step*step])
			energy += nu*nu - old*old
		}
		var corr float64
		for n := 0; n < hop; n += step {
			corr += float64(t[n]) * float64(x[d+n])
		}
		score := corr / math.Sqrt(max(energy, 1e-12))
		off := d - r
		if score > bestScore+1e-9 || score > bestScore-1e-9 && abs(off) < abs(best) {
			best, bestScore = off, score
		}
	}
	return best, bestScore
}

// mono appends n frames from input position from, channels summed.
func (s *Stretcher) mono(dst []float32, from int64, n int) []float32 {
	for i := 0; i < n; i++ {
		var v float32
		for c := 0; c < s.channels; c++ {
			v += s.at(from+int64(i), c)
		}
		dst = append(dst, v)
	}
	return dst
}

// trim drops input that no later frame can reach: before the previous
// frame's continuation and before the next frame's search.
func (s *Stretcher) trim() {
	keep := min(s.prev+int64(s.hop), int64(math.Floor(s.next))-int64(s.search))
	if !s.started {
		keep = int64(math.Floor(s.next))
	}
	drop := min(keep-s.inStart, int64(len(s.in)/s.channels))
	if drop <= 0 {
		return
	}
	s.in = s.in[:copy(s.in, s.in[int(drop)*s.channels:])]
	s.inStart += drop
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
