package app

import (
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"teema/i18n"
)

// TestPreferencesSetTheLook: Preferences chooses a dark or light look and
// a text size; both apply at once and again at the next start (issue 16).
func TestPreferencesSetTheLook(t *testing.T) {
	u, _ := newTestUI(t, map[string]string{"a.txt": haastattelu})
	a := u.s.App()
	normal := theme.DefaultTheme().Size(theme.SizeNameText)

	menuItem(t, u, i18n.T("Preferences…")).Action()
	inDialog(t, u, func(s *widget.Select) bool { return len(s.Options) == 3 && s.Options[2] == i18n.T("Dark") }).SetSelectedIndex(2)
	inDialog(t, u, func(s *widget.Select) bool { return len(s.Options) == 4 }).SetSelected(i18n.T("Large"))
	test.Tap(button(t, u.win, i18n.T("Save")))

	dark := theme.DefaultTheme().Color(theme.ColorNameBackground, theme.VariantDark)
	check := func(when string) {
		th := a.Settings().Theme()
		if got := th.Color(theme.ColorNameBackground, theme.VariantLight); got != dark {
			t.Errorf("%s: the background is %v, want the dark %v", when, got, dark)
		}
		if got := th.Size(theme.SizeNameText); got <= normal {
			t.Errorf("%s: text is %g, want larger than %g", when, got, normal)
		}
	}
	check("after Save")

	a.Settings().SetTheme(theme.DefaultTheme())
	New(a, "test") // the next start
	check("at the next start")

	// The light look with the usual size.
	a.Preferences().SetString(prefAppearance, appearanceLight)
	a.Preferences().SetFloat(prefTextScale, 1)
	applyLook(a)
	if got := a.Settings().Theme().Color(theme.ColorNameBackground, theme.VariantDark); got != theme.DefaultTheme().Color(theme.ColorNameBackground, theme.VariantLight) {
		t.Errorf("light: the background is %v", got)
	}
	if got := a.Settings().Theme().Size(theme.SizeNameText); got != normal {
		t.Errorf("usual size: text is %g", got)
	}
}
