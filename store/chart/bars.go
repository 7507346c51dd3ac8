package chart

import (
	"fmt"
	"image/color"
	"io"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
)

// Bar is one bar of a chart: a word and its count.
type Bar struct {
	Label string
	Value int
}

// Bars draws a horizontal bar chart, the first bar at the top.
func Bars(w io.Writer, title string, bars []Bar) error {
	p := plot.New()
	p.Title.Text = title
	n := len(bars)
	values := make(plotter.Values, n)
	labels := make([]string, n)
	for i, b := range bars {
		values[n-1-i] = float64(b.Value)
		labels[n-1-i] = b.Label
	}
	if n > 0 {
		chart, err := plotter.NewBarChart(values, vg.Points(12))
		if err != nil {
			return fmt.Errorf("draw the chart: %w", err)
		}
		chart.Horizontal = true
		chart.Color = color.RGBA{R: 0x2b, G: 0x6c, B: 0xb0, A: 0xff}
		chart.LineStyle.Width = 0
		p.Add(chart)
		p.NominalY(labels...)
	}
	p.X.Min = 0
	p.Y.Tick.Label.Font.Size = vg.Points(10)
	height := vg.Length(max(n, 8)) * vg.Points(16)
	wt, err := p.WriterTo(7*vg.Inch, height+vg.Inch, "png")
	if err != nil {
		return fmt.Errorf("draw the chart: %w", err)
	}
	if _, err := wt.WriteTo(w); err != nil {
		return fmt.Errorf("draw the chart: %w", err)
	}
	return nil
}
