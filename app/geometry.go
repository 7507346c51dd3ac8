package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
)

// The main window opens as the researcher left it: its size, and where
// they dragged its dividers to. A laptop and a large screen want different
// layouts, and arranging the window again at every start wastes the
// first minutes of each session.

// defaultSize is the size of a first start.
var defaultSize = fyne.NewSize(1280, 800)

// splits names the main window's dividers, for preferences.
func (u *UI) splits() map[string]*container.Split {
	return map[string]*container.Split{"main": u.mainSplit, "left": u.leftSplit, "right": u.rightSplit}
}

// restoreGeometry sizes the window and places its dividers as last saved.
func (u *UI) restoreGeometry() {
	prefs := u.s.App().Preferences()
	for name, sp := range u.splits() {
		sp.Offset = prefs.FloatWithFallback(prefSplit+name, sp.Offset)
	}
	w := prefs.FloatWithFallback(prefWindowW, float64(defaultSize.Width))
	h := prefs.FloatWithFallback(prefWindowH, float64(defaultSize.Height))
	u.win.Resize(fyne.NewSize(float32(w), float32(h)))
}

// saveGeometry keeps the window's size and its dividers' places.
func (u *UI) saveGeometry() {
	prefs := u.s.App().Preferences()
	size := u.win.Canvas().Size()
	prefs.SetFloat(prefWindowW, float64(size.Width))
	prefs.SetFloat(prefWindowH, float64(size.Height))
	for name, sp := range u.splits() {
		prefs.SetFloat(prefSplit+name, sp.Offset)
	}
}
