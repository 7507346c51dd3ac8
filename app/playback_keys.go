package app

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"

	"teema/i18n"
)

// keyBinding is a key with its modifiers, as a preference keeps it
// ("Ctrl+Left", "F4") and as the Playback menu shows it.
type keyBinding struct {
	name fyne.KeyName
	mod  fyne.KeyModifier
}

// modNames are the modifiers a playback key may have, as written in a
// preference. Ctrl is Cmd on macOS, as Teema's other shortcuts are.
var modNames = []struct {
	text string
	mod  fyne.KeyModifier
}{
	{"Ctrl", fyne.KeyModifierShortcutDefault},
	{"Alt", fyne.KeyModifierAlt},
	{"Shift", fyne.KeyModifierShift},
}

// parseKey reads a key as a preference writes it; "" is no key.
func parseKey(s string) (keyBinding, bool) {
	parts := strings.Split(s, "+")
	k := keyBinding{name: fyne.KeyName(parts[len(parts)-1])}
	for _, p := range parts[:len(parts)-1] {
		found := false
		for _, m := range modNames {
			if p == m.text {
				k.mod |= m.mod
				found = true
			}
		}
		if !found {
			return keyBinding{}, false
		}
	}
	return k, k.name != ""
}

// String writes the key as a preference keeps it.
func (k keyBinding) String() string {
	var b strings.Builder
	for _, m := range modNames {
		if k.mod&m.mod != 0 {
			b.WriteString(m.text + "+")
		}
	}
	return b.String() + string(k.name)
}

// label is the key as the preferences show it: "Ctrl+←".
func (k keyBinding) label() string {
	if k.name == "" {
		return i18n.T("(none)")
	}
	return strings.TrimSuffix(k.String(), string(k.name)) + keyName(k.name)
}

// keyName is a key as it is written on the keyboard.
func keyName(n fyne.KeyName) string {
	switch n {
	case fyne.KeyLeft:
		return "←"
	case fyne.KeyRight:
		return "→"
	case fyne.KeyUp:
		return "↑"
	case fyne.KeyDown:
		return "↓"
	case fyne.KeySpace:
		return i18n.T("Space")
	case fyne.KeyReturn:
		return "Enter"
	}
	return string(n)
}

// shortcut is the key as a menu item's shortcut.
func (k keyBinding) shortcut() fyne.Shortcut {
	if k.name == "" {
		return nil
	}
	return &desktop.CustomShortcut{KeyName: k.name, Modifier: k.mod}
}

// matches tells whether a key typed without modifiers is this key.
func (k keyBinding) matches(ev *fyne.KeyEvent) bool {
	return k.mod == 0 && k.name != "" && ev.Name == k.name
}

// keyChoices are the keys the preferences offer for playback: function
// keys, which reach Teema wherever the keyboard is except in a text
// field, and Ctrl or Alt with a key no text field needs.
var keyChoices = func() []string {
	out := []string{""}
	for _, f := range []string{"F2", "F3", "F4", "F5", "F6", "F7", "F8", "F9", "F10", "F11", "F12"} {
		out = append(out, f)
	}
	for _, mod := range []string{"Ctrl+", "Alt+"} {
		for _, k := range []string{"Space", "Return", "Left", "Right", "Up", "Down", "P"} {
			out = append(out, mod+k)
		}
	}
	return out
}()
