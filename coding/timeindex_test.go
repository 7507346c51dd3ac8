package coding

import (
	"errors"
	"math"
	"math/rand/v2"
	"testing"
)

// interview is a small timed index: two cues with a silence between
// them (the first ends at 3.5 s on character 20, the next starts at 5 s
// on character 22), and a third cue starting as the second does.
var interview = TimeIndex{{0, 1}, {20, 3.5}, {22, 5}, {40, 9}, {41, 9}, {60, 12}}

func TestTimeIndexCheck(t *testing.T) {
	for _, tc := range []struct {
		name  string
		ix    TimeIndex
		chars int
		kind  error
	}{
		{"empty", nil, 0, nil},
		{"interview", interview, 60, nil},
		{"mark at the text's end", TimeIndex{{0, 0}, {5, 1}}, 5, nil},
		{"beyond the end", TimeIndex{{0, 0}, {6, 1}}, 5, errMarkOutside},
		{"negative offset", TimeIndex{{-1, 0}}, 5, errMarkOutside},
		{"same place twice", TimeIndex{{2, 0}, {2, 1}}, 5, errMarkOrder},
		{"time runs back", TimeIndex{{0, 2}, {3, 1}}, 5, errMarkOrder},
		{"negative time", TimeIndex{{0, -1}}, 5, errMarkTime},
		{"not a number", TimeIndex{{0, math.NaN()}}, 5, errMarkTime},
		{"infinite", TimeIndex{{0, math.Inf(1)}}, 5, errMarkTime},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.ix.Check(tc.chars)
			if tc.kind == nil && err != nil || tc.kind != nil && !errors.Is(err, tc.kind) {
				t.Errorf("%v, want %v", err, tc.kind)
			}
		})
	}
}

func TestSecondsAt(t *testing.T) {
	for _, tc := range []struct {
		offset  int
		seconds float64
		ok      bool
	}{
		{0, 1, true},
		{10, 2.25, true}, // halfway through the first cue
		{20, 3.5, true},  // its end
		{21, 4.25, true}, // the silence before the next
		{31, 7, true},    // halfway through the second cue
		{41, 9, true},    // the third starts with the second's end
		{60, 12, true},   // the last mark
		{61, 12, false},  // past it
		{-5, 1, false},   // before the first
		{100, 12, false}, // far past
	} {
		got, ok := interview.SecondsAt(tc.offset)
		if got != tc.seconds || ok != tc.ok {
			t.Errorf("SecondsAt(%d) = %v %v, want %v %v", tc.offset, got, ok, tc.seconds, tc.ok)
		}
	}
	if s, ok := TimeIndex(nil).SecondsAt(3); s != 0 || ok {
		t.Errorf("empty index: %v %v", s, ok)
	}
}

func TestOffsetAt(t *testing.T) {
	for _, tc := range []struct {
		seconds float64
		offset  int
		ok      bool
	}{
		{1, 0, true},
		{2.25, 10, true},
		{2.3, 10, true},  // the character being spoken: its time has come
		{2.37, 10, true}, // the next one's comes at 2.375
		{3.5, 20, true},
		{4.9, 21, true}, // silence: the space before the next cue
		{9, 40, true},   // two marks at 9 s: the first
		{12, 60, true},
		{0.5, 0, false},
		{13, 60, false},
	} {
		got, ok := interview.OffsetAt(tc.seconds)
		if got != tc.offset || ok != tc.ok {
			t.Errorf("OffsetAt(%v) = %d %v, want %d %v", tc.seconds, got, ok, tc.offset, tc.ok)
		}
	}
	if o, ok := TimeIndex(nil).OffsetAt(3); o != 0 || ok {
		t.Errorf("empty index: %v %v", o, ok)
	}
}

// randomIndex makes an index of n marks with random gaps, some of them
// sharing a time, as cues starting together do.
func randomIndex(r *rand.Rand, n int) TimeIndex {
	ix := make(TimeIndex, n)
	offset, seconds := r.IntN(5), float64(r.IntN(3000))/1000
	for i := range ix {
		ix[i] = TimeMark{Offset: offset, Seconds: seconds}
		offset += 1 + r.IntN(200)
		if r.IntN(10) > 0 {
			seconds += float64(1+r.IntN(20000)) / 1000
		}
	}
	return ix
}

// Offsets and times map onto each other exactly at marks, and between
// them every offset comes back from its own time; both run in order.
func TestTimeIndexRoundTrip(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for round := range 200 {
		ix := randomIndex(r, 1+r.IntN(40))
		if err := ix.Check(ix[len(ix)-1].Offset); err != nil {
			t.Fatal(err)
		}
		for i, m := range ix {
			if s, ok := ix.SecondsAt(m.Offset); s != m.Seconds || !ok {
				t.Fatalf("round %d: SecondsAt(%d) = %v, want %v", round, m.Offset, s, m.Seconds)
			}
			if i > 0 && ix[i-1].Seconds == m.Seconds {
				continue // the time's first mark answers for it
			}
			if o, ok := ix.OffsetAt(m.Seconds); o != m.Offset || !ok {
				t.Fatalf("round %d: OffsetAt(%v) = %d, want %d", round, m.Seconds, o, m.Offset)
			}
		}
		last := -1.0
		for o := ix[0].Offset; o <= ix[len(ix)-1].Offset; o++ {
			s, _ := ix.SecondsAt(o)
			if s < last {
				t.Fatalf("round %d: time runs back at %d", round, o)
			}
			last = s
			// A time that marks share, or spans none, names its first place.
			i := markBefore(ix, o)
			shared := ix[i].Offset == o && i > 0 && ix[i-1].Seconds == s
			if i+1 < len(ix) && ix[i].Seconds < ix[i+1].Seconds && !shared {
				if back, _ := ix.OffsetAt(s); back != o {
					t.Fatalf("round %d: OffsetAt(SecondsAt(%d) = %v) = %d", round, o, s, back)
				}
			}
		}
	}
}

// markBefore is the last mark at or before offset.
func markBefore(ix TimeIndex, offset int) int {
	i := 0
	for i+1 < len(ix) && ix[i+1].Offset <= offset {
		i++
	}
	return i
}

func TestSpanTime(t *testing.T) {
	for _, tc := range []struct {
		start, end int
		from, to   float64
		ok         bool
	}{
		{0, 20, 1, 3.5, true},
		{22, 41, 5, 9, true},
		{10, 31, 2.25, 7, true},
		{5, 5, 1.625, 1.625, false}, // empty
		{41, 70, 9, 12, false},      // runs past the last mark
	} {
		from, to, ok := interview.SpanTime(tc.start, tc.end)
		if from != tc.from || to != tc.to || ok != tc.ok {
			t.Errorf("SpanTime(%d, %d) = %v %v %v, want %v %v %v", tc.start, tc.end, from, to, ok, tc.from, tc.to, tc.ok)
		}
	}
}

func TestFormatTime(t *testing.T) {
	for _, tc := range []struct {
		seconds float64
		want    string
	}{
		{0, "0:00"},
		{9.999, "0:09"},
		{754, "12:34"},
		{3599.5, "59:59"},
		{3600, "1:00:00"},
		{3723, "1:02:03"},
		{36000 + 61, "10:01:01"},
		{-3, "0:00"},
		{math.NaN(), "0:00"},
		{math.Inf(1), "0:00"},
	} {
		if got := FormatTime(tc.seconds); got != tc.want {
			t.Errorf("FormatTime(%v) = %q, want %q", tc.seconds, got, tc.want)
		}
	}
}
