package player

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// keySlider is a slider that hands on the keys it does not use. A slider
// takes the keyboard when it is clicked, and a transcriber who has just
// dragged the position expects F4 to go on playing, not to be swallowed.
type keySlider struct {
	widget.Slider
	bar *Bar
}

// newKeySlider makes a horizontal slider from min to max in steps of
// step, which hands other keys to the bar's OnKey.
func newKeySlider(bar *Bar, min, max, step float64) *keySlider {
	s := &keySlider{bar: bar}
	s.Min, s.Max, s.Step = min, max, step
	s.Orientation = widget.Horizontal
	s.ExtendBaseWidget(s)
	return s
}

// TypedKey moves the slider with the arrow keys and hands other keys on.
func (s *keySlider) TypedKey(ev *fyne.KeyEvent) {
	switch ev.Name {
	case fyne.KeyLeft, fyne.KeyRight, fyne.KeyUp, fyne.KeyDown:
		s.Slider.TypedKey(ev)
	default:
		if s.bar.onKey != nil {
			s.bar.onKey(ev)
		}
	}
}
