// Package chart draws word-frequency pictures as PNG files: a bar chart of
// the most frequent words and a word (or code) cloud, for a thesis.
package chart

import (
	"fmt"
	"image/color"
	"io"

	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"

	"teema/coding/cloud"
)

// The cloud picture: wide enough for a page, in points at 96 dpi.
const (
	cloudWidth, cloudHeight = 1200, 760
	cloudMargin             = 24
	titleSize               = 20
	minTitleSize            = 11
)

// Palette colours a cloud's words in turn: dark, distinct and readable on
// white in print and on screen.
var Palette = []color.RGBA{
	{0x1f, 0x4e, 0x79, 0xff}, {0x2e, 0x7d, 0x32, 0xff}, {0xb2, 0x3c, 0x17, 0xff},
	{0x6a, 0x1b, 0x9a, 0xff}, {0x00, 0x69, 0x7c, 0xff}, {0x8d, 0x6e, 0x00, 0xff},
}

// sans is the cloud's typeface: plain letters read best at every size.
var sans = font.Font{Typeface: "Liberation", Variant: "Sans"}

// Cloud draws words sized by their weights, with a title above them.
// It returns how many words found no room.
func Cloud(w io.Writer, title string, words []cloud.Word) (dropped int, err error) {
	fonts := map[float32]font.Face{}
	face := func(size float32) font.Face {
		f, ok := fonts[size]
		if !ok {
			f = font.DefaultCache.Lookup(sans, vg.Points(float64(size)))
			fonts[size] = f
		}
		return f
	}
	measure := func(text string, size float32) (float32, float32) {
		f := face(size)
		e := f.Extents()
		return float32(f.Width(text).Points()), float32((e.Ascent + e.Descent).Points())
	}
	top := float32(cloudMargin)
	if title != "" { // a picture for a document is captioned there instead
		top += titleSize * 1.8
	}
	placed, dropped := cloud.Layout(words, cloud.Options{
		Width: cloudWidth - 2*cloudMargin, Height: cloudHeight - top - cloudMargin,
		MinSize: 11, MaxSize: 72, Gap: 4,
	}, measure)
	canvas := vgimg.NewWith(vgimg.UseWH(cloudWidth, cloudHeight), vgimg.UseDPI(96), vgimg.UseBackgroundColor(color.White))
	dc := draw.New(canvas)
	title, size := fitTitle(title, measure)
	tf := face(size)
	canvas.SetColor(color.Gray{Y: 40})
	dc.FillString(tf, vg.Point{X: cloudMargin, Y: vg.Length(cloudHeight - cloudMargin - tf.Extents().Ascent.Points())}, title)
	for i, p := range placed {
		f := face(p.Size)
		canvas.SetColor(Palette[i%len(Palette)])
		baseline := float64(top+p.Y) + f.Extents().Ascent.Points()
		dc.FillString(f, vg.Point{X: vg.Length(cloudMargin + p.X), Y: vg.Length(cloudHeight - baseline)}, p.Text)
	}
	if _, err := (vgimg.PngCanvas{Canvas: canvas}).WriteTo(w); err != nil {
		return dropped, fmt.Errorf("draw the cloud: %w", err)
	}
	return dropped, nil
}

// fitTitle fits a title on one line across the picture: smaller type for
// a long title (it names the material counted), and a title too long
// even so shortened with "…".
func fitTitle(title string, measure func(string, float32) (float32, float32)) (string, float32) {
	room := float32(cloudWidth - 2*cloudMargin)
	size := float32(titleSize)
	for ; size > minTitleSize; size-- {
		if w, _ := measure(title, size); w <= room {
			return title, size
		}
	}
	runes := []rune(title)
	for n := len(runes) - 1; n > 0; n-- {
		if w, _ := measure(string(runes[:n])+"…", size); w <= room {
			return string(runes[:n]) + "…", size
		}
	}
	return title, size
}
