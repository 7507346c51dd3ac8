package matrices

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// heatCell is a number on a background whose strength shows its size.
type heatCell struct {
	widget.BaseWidget
	bg    *canvas.Rectangle
	label *widget.Label
}

func newHeatCell() *heatCell {
	c := &heatCell{bg: canvas.NewRectangle(color.Transparent), label: widget.NewLabel("")}
	c.label.Alignment = fyne.TextAlignTrailing
	c.ExtendBaseWidget(c)
	return c
}

// set shows a number shaded by level; an aside (such as a code's own
// count in the co-occurrence table) is in italics and not shaded.
func (c *heatCell) set(text string, level float64, aside bool) {
	c.label.TextStyle.Italic = aside
	if aside {
		level = 0
	}
	c.label.SetText(text)
	c.bg.FillColor = shade(theme.Color(theme.ColorNamePrimary), level)
	c.bg.Refresh()
}

// CreateRenderer draws the number over its background.
func (c *heatCell) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(container.NewStack(c.bg, c.label))
}

// shade makes the heat-map colour: none for zero, then from a light tint
// to a strong one, light enough that the number stays readable.
func shade(base color.Color, level float64) color.Color {
	if level <= 0 {
		return color.Transparent
	}
	n := color.NRGBAModel.Convert(base).(color.NRGBA)
	n.A = uint8(255 * (0.12 + 0.6*min(level, 1)))
	return n
}

// level is how strongly a value is shaded, 0–1 of the table's largest.
func level(v, most float64) float64 {
	if most <= 0 {
		return 0
	}
	return v / most
}
