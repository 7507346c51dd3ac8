package player

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// PositionSlider is the bar's position slider, for the tests outside the
// package.
func (b *Bar) PositionSlider() *widget.Slider { return &b.slider.Slider }

// PositionSliderWidget is the position slider as drawn, which takes the
// keyboard.
func (b *Bar) PositionSliderWidget() interface {
	TypedKey(*fyne.KeyEvent)
} {
	return b.slider
}
