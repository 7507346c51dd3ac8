package app

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// Appearances the researcher may choose, as stored in preferences: ""
// follows the system.
const (
	appearanceLight = "light"
	appearanceDark  = "dark"
)

// appearances are the choices in the order Preferences offers them.
var appearances = []string{"", appearanceLight, appearanceDark}

// textScales are the text sizes Preferences offers (small, normal, large,
// largest), as multiples of Fyne's sizes: hours of reading on a laptop
// screen may call for larger text than a form.
var textScales = []float64{0.9, 1, 1.15, 1.3}

// look is Fyne's own theme in the appearance and text size chosen in
// Preferences. Everything is scaled, not only the text, so that rows and
// buttons grow with the words in them.
type look struct {
	variant fyne.ThemeVariant
	forced  bool // false: follow the system's light or dark
	scale   float32
}

// lookFrom reads the appearance and text size from preferences.
func lookFrom(prefs fyne.Preferences) look {
	l := look{scale: float32(prefs.FloatWithFallback(prefTextScale, 1))}
	switch prefs.String(prefAppearance) {
	case appearanceLight:
		l.variant, l.forced = theme.VariantLight, true
	case appearanceDark:
		l.variant, l.forced = theme.VariantDark, true
	}
	return l
}

// applyLook sets the chosen appearance and text size on the app; every
// window redraws in them at once. The look already set is not set again:
// setting a theme empties Fyne's caches of measured text, which a window
// opened later or Preferences saved unchanged would pay for in every
// transcript it lays out.
func applyLook(a fyne.App) {
	l := lookFrom(a.Preferences())
	if cur, ok := a.Settings().Theme().(look); ok && cur == l {
		return
	}
	a.Settings().SetTheme(l)
}

// Color is Fyne's colour in the chosen variant, or in the system's.
func (l look) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	if l.forced {
		v = l.variant
	}
	return theme.DefaultTheme().Color(n, v)
}

// Font is Fyne's.
func (l look) Font(s fyne.TextStyle) fyne.Resource { return theme.DefaultTheme().Font(s) }

// Icon is Fyne's.
func (l look) Icon(n fyne.ThemeIconName) fyne.Resource { return theme.DefaultTheme().Icon(n) }

// Size is Fyne's, scaled to the chosen text size.
func (l look) Size(n fyne.ThemeSizeName) float32 { return theme.DefaultTheme().Size(n) * l.scale }
