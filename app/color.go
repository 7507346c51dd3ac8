package app

import (
	"fmt"
	"image/color"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/widget"
)

func parseColor(hex string) color.Color {
	v, err := strconv.ParseUint(hex[min(1, len(hex)):], 16, 32)
	if err != nil || len(hex) != 7 {
		return color.NRGBA{R: 0x88, G: 0x88, B: 0x88, A: 0xff}
	}
	return color.NRGBA{R: uint8(v >> 16), G: uint8(v >> 8), B: uint8(v), A: 0xff}
}

func hexColor(c color.Color) string {
	n := color.NRGBAModel.Convert(c).(color.NRGBA)
	return fmt.Sprintf("#%02x%02x%02x", n.R, n.G, n.B)
}

// colorSwatch is a small rounded square of a code's colour.
type colorSwatch struct {
	widget.BaseWidget
	rect *canvas.Rectangle
}

func newColorSwatch() *colorSwatch {
	s := &colorSwatch{rect: canvas.NewRectangle(color.Transparent)}
	s.rect.CornerRadius = 3
	s.ExtendBaseWidget(s)
	return s
}

func (s *colorSwatch) setColor(c color.Color) {
	s.rect.FillColor = c
	s.rect.Refresh()
}

// MinSize keeps the swatch small and square.
func (s *colorSwatch) MinSize() fyne.Size { return fyne.NewSize(14, 14) }

// CreateRenderer draws the rectangle.
func (s *colorSwatch) CreateRenderer() fyne.WidgetRenderer { return widget.NewSimpleRenderer(s.rect) }
