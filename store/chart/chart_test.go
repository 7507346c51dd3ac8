package chart

import (
	"bytes"
	"image"
	"image/png"
	"strings"
	"testing"

	"teema/coding/cloud"
)

// ink counts the pixels that are not white.
func ink(t *testing.T, b []byte) (image.Image, int) {
	t.Helper()
	img, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("not a PNG: %v", err)
	}
	n := 0
	r := img.Bounds()
	for y := r.Min.Y; y < r.Max.Y; y += 2 {
		for x := r.Min.X; x < r.Max.X; x += 2 {
			if cr, cg, cb, _ := img.At(x, y).RGBA(); cr < 0xf000 || cg < 0xf000 || cb < 0xf000 {
				n++
			}
		}
	}
	return img, n
}

func TestCloudDrawsEveryWord(t *testing.T) {
	var words []cloud.Word
	for i, w := range []string{"asiakaskokemus", "työ", "yhteistyö", "kunta", "järjestö", "ääni", "palvelu", "muutos"} {
		words = append(words, cloud.Word{Text: w, Weight: 40 - 4*i})
	}
	var buf bytes.Buffer
	dropped, err := Cloud(&buf, "Sanapilvi", words)
	if err != nil || dropped != 0 {
		t.Fatalf("Cloud: dropped %d, %v", dropped, err)
	}
	img, n := ink(t, buf.Bytes())
	// Points at 96 dpi: a third more pixels than points.
	if b := img.Bounds(); b.Dx() != cloudWidth*4/3 || b.Dy() < cloudHeight*4/3-1 {
		t.Errorf("picture is %v, want %d×%d points at 96 dpi", b, cloudWidth, cloudHeight)
	}
	if n < 2000 {
		t.Errorf("only %d inked pixels: the words were not drawn", n)
	}
	var empty bytes.Buffer
	if _, err := Cloud(&empty, "Tyhjä", nil); err != nil {
		t.Fatal(err)
	}
	if _, m := ink(t, empty.Bytes()); m >= n/2 {
		t.Errorf("an empty cloud has %d inked pixels, a full one %d", m, n)
	}
}

func TestBarsGrowWithTheNumberOfBars(t *testing.T) {
	var few, many bytes.Buffer
	if err := Bars(&few, "Sanat", []Bar{{"työ", 10}, {"kunta", 4}}); err != nil {
		t.Fatal(err)
	}
	var bars []Bar
	for i := 0; i < 40; i++ {
		bars = append(bars, Bar{Label: "sana", Value: 40 - i})
	}
	if err := Bars(&many, "Sanat", bars); err != nil {
		t.Fatal(err)
	}
	a, _ := ink(t, few.Bytes())
	b, _ := ink(t, many.Bytes())
	if b.Bounds().Dy() <= a.Bounds().Dy() {
		t.Errorf("40 bars are %d px tall, 2 bars %d px", b.Bounds().Dy(), a.Bounds().Dy())
	}
}

// TestLongCloudTitlesFit: a title naming the material counted is set
// smaller, and one too long even so is shortened, never cut by the edge.
func TestLongCloudTitlesFit(t *testing.T) {
	measure := func(s string, size float32) (float32, float32) { return float32(len([]rune(s))) * size / 2, size }
	short := "Sanapilvi — kaikki haastattelut · perusmuodot"
	if title, size := fitTitle(short, measure); title != short || size != titleSize {
		t.Errorf("short title %q at %v", title, size)
	}
	long := strings.Repeat("ryhmä = Kunnat · ", 10)
	if title, size := fitTitle(long, measure); title != long || size >= titleSize || size < minTitleSize {
		t.Errorf("long title %q at %v", title, size)
	}
	huge := strings.Repeat("ryhmä = Kunnat · ", 40)
	title, size := fitTitle(huge, measure)
	if w, _ := measure(title, size); !strings.HasSuffix(title, "…") || w > cloudWidth-2*cloudMargin || size != minTitleSize {
		t.Errorf("huge title %d runes wide %v at %v", len([]rune(title)), w, size)
	}
}
