package transcript

import (
	"image/color"
	"math"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"teema/coding"
)

// longTranscript builds an interview of about words words, deterministically,
// in paragraphs of 40–120 words that take turns between the interviewer and
// "H3". Words come from a lexicon of Finnish-like forms drawn with a Zipf-like
// frequency, as in real speech: a few forms are everywhere, most are rare.
func longTranscript(words int) (string, []coding.Turn) {
	syll := []string{"ta", "lo", "mä", "ki", "vä", "en", "sa", "ny", "öl", "pa", "ri", "ja", "ko", "hu", "yö", "tu", "ne", "si", "är", "ky"}
	seed := uint32(1)
	next := func(n int) int {
		seed = seed*1664525 + 1013904223
		return int(seed>>8) % n
	}
	lexicon := make([]string, 15000)
	for i := range lexicon {
		var w strings.Builder
		for k := 1 + next(4); k > 0; k-- {
			w.WriteString(syll[next(len(syll))])
		}
		lexicon[i] = w.String()
	}
	var b strings.Builder
	for i, para := 0, 0; i < words; para++ {
		if para > 0 {
			b.WriteString("\n\n")
		}
		if para%2 == 0 {
			b.WriteString("Haastattelija:")
		} else {
			b.WriteString("H3:")
		}
		n := 40 + next(81)
		for j := 0; j < n && i < words; j, i = j+1, i+1 {
			b.WriteByte(' ')
			u := float64(next(1<<20)) / (1 << 20)
			b.WriteString(lexicon[int(math.Pow(float64(len(lexicon)), u))-1])
			if next(12) == 0 {
				b.WriteString(",")
			}
		}
		b.WriteString(".")
	}
	text := b.String()
	return text, coding.ParseTurns(text)
}

// manySpans codes n stretches of 5–60 words.
func manySpans(text string, n int) []Span {
	total := coding.RuneLen(text)
	palette := []color.Color{
		color.NRGBA{R: 0xe6, G: 0x19, B: 0x4b, A: 0xff}, color.NRGBA{R: 0x3c, G: 0xb4, B: 0x4b, A: 0xff},
		color.NRGBA{R: 0x43, G: 0x63, B: 0xd8, A: 0xff}, color.NRGBA{R: 0xf5, G: 0x82, B: 0x31, A: 0xff},
	}
	spans := make([]Span, n)
	for i := range spans {
		start := (i * 7919 * 13) % total
		spans[i] = Span{ID: int64(i), CodeID: int64(i % 40), Start: start, End: min(start+30+(i*37)%330, total),
			Color: palette[i%len(palette)], Label: "Koodi"}
	}
	return spans
}

func BenchmarkOpenLongTranscript(b *testing.B) {
	test.NewTempApp(b)
	text, turns := longTranscript(100000)
	spans := manySpans(text, 2000)
	b.ReportAllocs()
	for b.Loop() {
		v := New()
		w := test.NewWindow(v)
		w.Resize(fyne.NewSize(1000, 800))
		v.SetText(text, turns)
		v.SetSpans(spans)
		w.Canvas().Refresh(v)
		w.Close()
	}
}

// BenchmarkScroll pages through the whole transcript. The first pass
// measures every word; run with -benchtime=1x to see it alone.
func BenchmarkScroll(b *testing.B) {
	test.NewTempApp(b)
	text, turns := longTranscript(100000)
	v := New()
	w := test.NewTempWindow(b, v)
	w.Resize(fyne.NewSize(1000, 800))
	v.SetText(text, turns)
	v.SetSpans(manySpans(text, 2000))
	b.ReportAllocs()
	for b.Loop() {
		pageThrough(v)
	}
}

func pageThrough(v *View) {
	down := &fyne.KeyEvent{Name: fyne.KeyPageDown}
	v.settle(0)
	for last := float32(-1); v.list.GetScrollOffset() != last; {
		last = v.list.GetScrollOffset()
		v.TypedKey(down)
	}
}
