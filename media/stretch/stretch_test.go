package stretch

import (
	"fmt"
	"math"
	"testing"
)

// tone is seconds of sines at amplitude amp, one channel per frequency,
// interleaved.
func tone(rate int, seconds, amp float64, freqs ...float64) []float32 {
	n := int(seconds * float64(rate))
	out := make([]float32, 0, n*len(freqs))
	for i := 0; i < n; i++ {
		for _, f := range freqs {
			out = append(out, float32(amp*math.Sin(2*math.Pi*f*float64(i)/float64(rate))))
		}
	}
	return out
}

// run stretches in through a new stretcher at speed, writing it in chunks
// of chunk frames and reading in chunks of a different size, as a player
// does.
func run(rate, channels int, speed float64, in []float32, chunk int) []float32 {
	s := New(rate, channels)
	s.SetSpeed(speed)
	var out []float32
	buf := make([]float32, 777*channels)
	drain := func() {
		for {
			n := s.Read(buf)
			if n == 0 {
				return
			}
			out = append(out, buf[:n]...)
		}
	}
	for len(in) > 0 {
		k := min(len(in), chunk*channels)
		s.Write(in[:k])
		in = in[k:]
		drain()
	}
	s.Flush()
	drain()
	if !s.Drained() {
		panic("not drained after flush")
	}
	return out
}

// channel picks one channel of interleaved samples.
func channel(x []float32, channels, c int) []float64 {
	out := make([]float64, 0, len(x)/channels)
	for i := c; i < len(x); i += channels {
		out = append(out, float64(x[i]))
	}
	return out
}

// frequency estimates a tone's frequency from the times of its upward
// zero crossings (interpolated between samples), skipping the first and
// last 50 ms.
func frequency(x []float64, rate int) float64 {
	skip := rate / 20
	var first, last float64
	count := 0
	for i := skip; i+1 < len(x)-skip; i++ {
		if x[i] < 0 && x[i+1] >= 0 {
			t := float64(i) + x[i]/(x[i]-x[i+1])
			if count == 0 {
				first = t
			}
			last = t
			count++
		}
	}
	if count < 2 {
		return 0
	}
	return float64(count-1) * float64(rate) / (last - first)
}

// maxJump is the largest change from one sample to the next.
func maxJump(x []float64) float64 {
	var m float64
	for i := 1; i < len(x); i++ {
		m = max(m, math.Abs(x[i]-x[i-1]))
	}
	return m
}

// envelope is the smallest and largest RMS over 10 ms windows, skipping
// the first and last 50 ms.
func envelope(x []float64, rate int) (lo, hi float64) {
	w := rate / 100
	lo = math.Inf(1)
	for i := rate / 20; i+w < len(x)-rate/20; i += w {
		var e float64
		for _, v := range x[i : i+w] {
			e += v * v
		}
		r := math.Sqrt(e / float64(w))
		lo, hi = min(lo, r), max(hi, r)
	}
	return lo, hi
}

func TestToneKeepsPitchAndScalesDuration(t *testing.T) {
	const amp = 0.5
	for _, rate := range []int{8000, 16000, 44100} {
		for _, freq := range []float64{220, 440} {
			in := tone(rate, 1, amp, freq)
			for _, speed := range []float64{0.5, 0.75, 1.0, 1.25, 1.5, 2.0} {
				t.Run(fmt.Sprintf("%d Hz/%g Hz/%g×", rate, freq, speed), func(t *testing.T) {
					out := channel(run(rate, 1, speed, in, 1000), 1, 0)
					wantLen := float64(len(in)) / speed
					if d := math.Abs(float64(len(out))-wantLen) / wantLen; d > 0.02 {
						t.Errorf("%d frames out, want %.0f (off by %.1f%%)", len(out), wantLen, 100*d)
					}
					if f := frequency(out, rate); math.Abs(f-freq)/freq > 0.01 {
						t.Errorf("frequency %.2f Hz, want %g", f, freq)
					}
					// A clean sine changes by at most 2πf/rate×amp a sample;
					// a click or a phase jump does much more.
					limit := 2 * math.Pi * freq / float64(rate) * amp
					if j := maxJump(out); j > 1.25*limit {
						t.Errorf("a jump of %.4f between samples, a clean tone has at most %.4f", j, limit)
					}
					lo, hi := envelope(out, rate)
					if want := amp / math.Sqrt2; lo < 0.85*want || hi > 1.1*want {
						t.Errorf("loudness wavers between %.3f and %.3f RMS, want about %.3f", lo, hi, want)
					}
				})
			}
		}
	}
}

func TestSpeedOneIsIdentity(t *testing.T) {
	in := tone(16000, 1, 0.5, 440, 220)
	for i := range in {
		in[i] += float32(0.1 * math.Sin(float64(i*i%977))) // not periodic
	}
	out := run(16000, 2, 1, in, 333)
	if len(out) != len(in) {
		t.Fatalf("%d samples out of %d", len(out), len(in))
	}
	for i := range in {
		if d := math.Abs(float64(out[i] - in[i])); d > 1e-5 {
			t.Fatalf("sample %d is %g, input %g", i, out[i], in[i])
		}
	}
}

func TestStereoChannelsStayApart(t *testing.T) {
	in := tone(16000, 2, 0.5, 440, 220)
	for _, speed := range []float64{0.75, 1.5} {
		out := run(16000, 2, speed, in, 512)
		for c, want := range []float64{440, 220} {
			if f := frequency(channel(out, 2, c), 16000); math.Abs(f-want)/want > 0.01 {
				t.Errorf("%g×: channel %d at %.2f Hz, want %g", speed, c, f, want)
			}
		}
	}
}

func TestPositionFollowsSpeed(t *testing.T) {
	const rate = 16000
	s := New(rate, 1)
	s.SetSpeed(2)
	in := tone(rate, 4, 0.5, 300)
	s.Write(in)
	buf := make([]float32, rate/2) // half a second of output
	if n := s.Read(buf); n != len(buf) {
		t.Fatalf("read %d samples", n)
	}
	// Half a second of output at 2× is a second of input.
	if p := s.Position(); math.Abs(p-rate) > 1 {
		t.Errorf("position %.1f frames, want %d", p, rate)
	}
	s.SetSpeed(0.5)
	for got := 0; got < rate; {
		n := s.Read(buf[:min(len(buf), rate-got)])
		if n == 0 {
			t.Fatal("ran out of output")
		}
		got += n
	}
	// A further second of output: the frames made at 2× before the
	// change count at 2×, the rest at 0.5×.
	if p := s.Position(); p < 1.4*rate || p > 1.6*rate {
		t.Errorf("position %.1f frames after a second at 0.5×, want about %d", p, rate*3/2)
	}
}

func TestSpeedChangeMidStreamHasNoClick(t *testing.T) {
	const rate, freq, amp = 16000, 220.0, 0.5
	in := tone(rate, 3, amp, freq)
	s := New(rate, 1)
	var out []float64
	buf := make([]float32, 500)
	speeds := []float64{1, 1.5, 0.5, 2, 0.75, 1}
	for i := 0; len(in) > 0; i++ {
		s.SetSpeed(speeds[i%len(speeds)])
		k := min(len(in), 1600)
		s.Write(in[:k])
		in = in[k:]
		for n := s.Read(buf); n > 0; n = s.Read(buf) {
			out = append(out, channel(buf[:n], 1, 0)...)
		}
	}
	limit := 2 * math.Pi * freq / rate * amp
	if j := maxJump(out); j > 1.25*limit {
		t.Errorf("a jump of %.4f between samples, a clean tone has at most %.4f", j, limit)
	}
}

func TestResetStartsOver(t *testing.T) {
	s := New(8000, 1)
	s.SetSpeed(1.5)
	s.Write(tone(8000, 1, 0.5, 440))
	s.Reset(4000)
	if s.Pending() != 0 || s.Position() != 4000 {
		t.Fatalf("after Reset: %d pending, position %g", s.Pending(), s.Position())
	}
	s.Write(tone(8000, 0.5, 0.5, 440))
	s.Flush()
	buf := make([]float32, 8000)
	n := s.Read(buf)
	if want := 4000 / 1.5; math.Abs(float64(n)-want) > 2 {
		t.Errorf("%d frames after Reset, want about %.0f", n, want)
	}
	if !s.Drained() {
		t.Error("not drained")
	}
}

func TestSpeedIsClamped(t *testing.T) {
	s := New(8000, 1)
	for in, want := range map[float64]float64{0.1: MinSpeed, 5: MaxSpeed, 1.3: 1.3, math.NaN(): 1} {
		if got := s.SetSpeed(in); got != want {
			t.Errorf("SetSpeed(%g) = %g, want %g", in, got, want)
		}
	}
}

func TestEmptyInput(t *testing.T) {
	s := New(8000, 2)
	s.Flush()
	if n := s.Read(make([]float32, 10)); n != 0 || !s.Drained() {
		t.Errorf("read %d from nothing; drained %v", n, s.Drained())
	}
}

// BenchmarkStretch measures the cost of a second of 48 kHz stereo at
// 1.5×: b.N seconds of input.
func BenchmarkStretch(b *testing.B) {
	const rate = 48000
	in := tone(rate, 1, 0.5, 220, 330)
	for i := range in {
		in[i] += float32(0.05 * math.Sin(float64(i*i%1013)))
	}
	s := New(rate, 2)
	s.SetSpeed(1.5)
	buf := make([]float32, 4096)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for k := 0; k < len(in); k += 4800 * 2 {
			s.Write(in[k:min(k+4800*2, len(in))])
			for s.Read(buf) > 0 {
			}
		}
	}
}
