package app

import (
	"testing"
	"time"

	"fyne.io/fyne/v2"
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

// TestTheSameLookIsNotSetAgain: a window opened later, or Preferences
// saved without a change of look, leaves the theme alone, since setting
// one empties Fyne's caches of measured text.
func TestTheSameLookIsNotSetAgain(t *testing.T) {
	u, _ := newTestUI(t, map[string]string{"a.txt": haastattelu})
	a := u.s.App()
	changed := make(chan fyne.Settings, 4)
	a.Settings().AddChangeListener(changed)
	New(a, "test")
	applyLook(a)
	select {
	case <-changed:
		t.Error("the same look was set again")
	case <-time.After(50 * time.Millisecond):
	}
	a.Preferences().SetString(prefAppearance, appearanceDark)
	applyLook(a)
	select {
	case <-changed:
	case <-time.After(time.Second):
		t.Error("a new look was not set")
	}
}
