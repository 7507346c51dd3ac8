package cloud

import (
	"fmt"
	"testing"
	"unicode/utf8"
)

// mono measures text as a monospaced font would.
func mono(text string, size float32) (float32, float32) {
	return float32(utf8.RuneCountInString(text)) * size * 0.6, size * 1.2
}

func words(n int) []Word {
	var ws []Word
	for i := 0; i < n; i++ {
		ws = append(ws, Word{Text: fmt.Sprintf("sana%d-äö", i), Weight: 1 + (n-i)*(n-i)})
	}
	return ws
}

func inside(p Placed, o Options) bool {
	return p.X >= 0 && p.Y >= 0 && p.X+p.W <= o.Width && p.Y+p.H <= o.Height
}

var opts = Options{Width: 800, Height: 500, MinSize: 10, MaxSize: 60, Gap: 2}

func TestLayoutHasNoOverlapsAndStaysInside(t *testing.T) {
	placed, dropped := Layout(words(120), opts, mono)
	if len(placed)+dropped != 120 {
		t.Fatalf("placed %d + dropped %d, want 120", len(placed), dropped)
	}
	if len(placed) < 100 {
		t.Errorf("only %d of 120 words placed in 800×500", len(placed))
	}
	for i, a := range placed {
		if !inside(a, opts) {
			t.Errorf("%q at %v,%v size %v×%v leaves the box", a.Text, a.X, a.Y, a.W, a.H)
		}
		for _, b := range placed[i+1:] {
			if overlap(a, b, 0) {
				t.Errorf("%q and %q overlap", a.Text, b.Text)
			}
		}
	}
}

func TestHeavierWordsAreNotSmaller(t *testing.T) {
	placed, _ := Layout(words(30), opts, mono)
	for i := 1; i < len(placed); i++ {
		if placed[i].Weight < placed[i-1].Weight && placed[i].Size > placed[i-1].Size+0.01 {
			t.Errorf("%q (weight %d) is drawn larger than %q (weight %d)", placed[i].Text, placed[i].Weight, placed[i-1].Text, placed[i-1].Weight)
		}
	}
	if placed[0].Size <= placed[len(placed)-1].Size*2 {
		t.Errorf("heaviest word size %v, lightest %v: the sizes hardly differ", placed[0].Size, placed[len(placed)-1].Size)
	}
	// The heaviest word sits in the middle.
	cx, cy := placed[0].X+placed[0].W/2, placed[0].Y+placed[0].H/2
	if cx < 350 || cx > 450 || cy < 200 || cy > 300 {
		t.Errorf("heaviest word centred at %v,%v, want near 400,250", cx, cy)
	}
}

func TestLayoutIsDeterministic(t *testing.T) {
	a, _ := Layout(words(60), opts, mono)
	b, _ := Layout(words(60), opts, mono)
	if fmt.Sprint(a) != fmt.Sprint(b) {
		t.Error("the same words gave two layouts")
	}
}

func TestFewWordsAreDrawnAtFullSize(t *testing.T) {
	placed, _ := Layout([]Word{{"yksi", 3}, {"kaksi", 1}}, opts, mono)
	if placed[0].Size != opts.MaxSize || placed[1].Size != opts.MinSize {
		t.Errorf("sizes %v and %v, want %v and %v", placed[0].Size, placed[1].Size, opts.MaxSize, opts.MinSize)
	}
}

func TestWordsThatCannotFitAreCountedAsDropped(t *testing.T) {
	small := Options{Width: 120, Height: 40, MinSize: 10, MaxSize: 30}
	placed, dropped := Layout([]Word{{"lyhyt", 5}, {"pitkäsanainenkäsitekokonaisuus", 3}, {"", 9}, {"nolla", 0}}, small, mono)
	if len(placed) != 1 || placed[0].Text != "lyhyt" || dropped != 1 {
		t.Errorf("placed %v, dropped %d; want only lyhyt placed and one dropped", placed, dropped)
	}
	if p, _ := Layout(nil, small, mono); p != nil {
		t.Error("no words gave a layout")
	}
}

func TestAtFindsTheWordUnderAPoint(t *testing.T) {
	placed, _ := Layout(words(10), opts, mono)
	p := placed[3]
	got, ok := At(placed, p.X+p.W/2, p.Y+p.H/2)
	if !ok || got.Text != p.Text {
		t.Errorf("At the middle of %q found %q, %v", p.Text, got.Text, ok)
	}
	if _, ok := At(placed, -5, -5); ok {
		t.Error("a point outside every word found one")
	}
}

func BenchmarkLayout200(b *testing.B) {
	ws := words(200)
	for b.Loop() {
		Layout(ws, Options{Width: 1000, Height: 650, MinSize: 11, MaxSize: 64, Gap: 3}, mono)
	}
}

// overlap tells whether two words' boxes come closer than gap.
func overlap(a, b Placed, gap float32) bool {
	return a.X < b.X+b.W+gap && b.X < a.X+a.W+gap &&
		a.Y < b.Y+b.H+gap && b.Y < a.Y+a.H+gap
}
