package transcribe

import (
	"slices"
	"testing"

	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"

	"fyne.io/fyne/v2"
)

func TestValidLabel(t *testing.T) {
	for label, want := range map[string]bool{
		"Haastattelija":   true,
		"H1":              true,
		"Haastateltava 2": true,
		"Anna K":          true,
		"":                false,
		"se oli näin":     false,
		"H1:":             false,
		"1H":              false,
		"Tri. Virtanen":   false,
	} {
		if got := validLabel(label); got != want {
			t.Errorf("validLabel(%q) = %v, want %v", label, got, want)
		}
	}
}

func TestUsedLabels(t *testing.T) {
	text := "[00:00:01] Haastattelija: Miten?\n[00:00:04] Anna: Hyvin.\nHaastattelija: Entä sitten?\nAnna: Sitten: kotiin."
	if got, want := usedLabels(text), []string{"Haastattelija", "Anna"}; !slices.Equal(got, want) {
		t.Errorf("usedLabels = %q, want %q", got, want)
	}
	if got, want := withUsed(defaultLabels, text), []string{"Haastattelija", "H1", "H2", "Anna"}; !slices.Equal(got, want) {
		t.Errorf("withUsed = %q, want %q", got, want)
	}
}

func TestParseLabels(t *testing.T) {
	labels, bad := parseLabels("Haastattelija:\n\n H1 \nH1\nse oli\nTutkija")
	if want := []string{"Haastattelija", "H1", "Tutkija"}; !slices.Equal(labels, want) {
		t.Errorf("labels %q, want %q", labels, want)
	}
	if want := []string{"se oli"}; !slices.Equal(bad, want) {
		t.Errorf("bad %q, want %q", bad, want)
	}
}

func TestSavedLabels(t *testing.T) {
	prefs := test.NewTempApp(t).Preferences()
	if got := savedLabels(prefs); !slices.Equal(got, defaultLabels) {
		t.Errorf("no labels saved: %q", got)
	}
	saveLabels(prefs, []string{"Tutkija", "Asiakas"})
	if got := savedLabels(prefs); !slices.Equal(got, []string{"Tutkija", "Asiakas"}) {
		t.Errorf("saved: %q", got)
	}
}

func TestKeys(t *testing.T) {
	ctrl := func(k fyne.KeyName) fyne.Shortcut {
		return &desktop.CustomShortcut{KeyName: k, Modifier: fyne.KeyModifierShortcutDefault}
	}
	for _, c := range []struct {
		sc   fyne.Shortcut
		want action
		ok   bool
	}{
		{ctrl(fyne.KeySpace), actToggle, true},
		{ctrl(fyne.KeyLeft), actBack, true},
		{ctrl(fyne.KeyRight), actForward, true},
		{ctrl(fyne.KeyT), actTime, true},
		{ctrl(fyne.Key1), actLabel, true},
		{ctrl(fyne.Key9), actLabel + 8, true},
		{&desktop.CustomShortcut{KeyName: fyne.KeyLeft, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift}, 0, false},
		{&fyne.ShortcutCopy{}, 0, false},
	} {
		if got, ok := shortcutAction(c.sc); got != c.want || ok != c.ok {
			t.Errorf("%s: %v %v, want %v %v", c.sc.ShortcutName(), got, ok, c.want, c.ok)
		}
	}
	if a, ok := keyAction(fyne.KeyF4); !ok || a != actToggle {
		t.Error("F4 does not play")
	}
	if a, ok := keyAction(fyne.KeyF8); !ok || a != actTime {
		t.Error("F8 does not insert the time")
	}
	if _, ok := keyAction(fyne.KeyReturn); ok {
		t.Error("Return is taken")
	}
}
