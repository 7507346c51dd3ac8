package transcribe

import (
	"runtime"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"

	"teema/i18n"
)

// action is what a transcriber's key does.
type action int

const (
	actToggle  action = iota // play or pause (a pause steps back a moment)
	actBack                  // skip back
	actForward               // skip forward
	actTime                  // insert the time played, [00:12:34]
	actLabel                 // insert label 1; actLabel+i is label i+1
)

// Transcribers' keys come from two traditions: function keys, as
// Express Scribe and f4transkript use (F4 plays, F8 stamps the time), and
// Ctrl chords, as oTranscribe uses. Both are offered, since neither is
// taken by typing. Ctrl+Left and Ctrl+Right, in an entry a word's move,
// skip instead: moving by words matters less than hearing again.

// plainKeys are the keys that act without a modifier.
var plainKeys = map[fyne.KeyName]action{
	fyne.KeyF4: actToggle,
	fyne.KeyF8: actTime,
}

// chordKeys are the keys that act with Ctrl (Cmd on a Mac).
var chordKeys = map[fyne.KeyName]action{
	fyne.KeySpace: actToggle,
	fyne.KeyLeft:  actBack,
	fyne.KeyRight: actForward,
	fyne.KeyT:     actTime,
	fyne.Key1:     actLabel,
	fyne.Key2:     actLabel + 1,
	fyne.Key3:     actLabel + 2,
	fyne.Key4:     actLabel + 3,
	fyne.Key5:     actLabel + 4,
	fyne.Key6:     actLabel + 5,
	fyne.Key7:     actLabel + 6,
	fyne.Key8:     actLabel + 7,
	fyne.Key9:     actLabel + 8,
}

// keyAction is the action of a key pressed alone.
func keyAction(name fyne.KeyName) (action, bool) {
	a, ok := plainKeys[name]
	return a, ok
}

// shortcutAction is the action of a chord: the driver hands a key pressed
// with a modifier on as a desktop.CustomShortcut.
func shortcutAction(sc fyne.Shortcut) (action, bool) {
	c, ok := sc.(*desktop.CustomShortcut)
	if !ok || c.Modifier != fyne.KeyModifierShortcutDefault {
		return 0, false
	}
	a, ok := chordKeys[c.KeyName]
	return a, ok
}

// chords are every chord, for the window's canvas: they act there too
// when the text does not have the keyboard.
func chords() []*desktop.CustomShortcut {
	out := make([]*desktop.CustomShortcut, 0, len(chordKeys))
	for k := range chordKeys {
		out = append(out, &desktop.CustomShortcut{KeyName: k, Modifier: fyne.KeyModifierShortcutDefault})
	}
	return out
}

// ctrlName is the modifier as the keyboard names it.
func ctrlName() string {
	if runtime.GOOS == "darwin" {
		return "Cmd"
	}
	return "Ctrl"
}

// labelKey names the key of label i (from 0), or "" when it has none.
func labelKey(i int) string {
	if i >= maxKeyed {
		return ""
	}
	return ctrlName() + "+" + string(rune('1'+i))
}

// helpLine names every key, under the text.
func helpLine() string {
	return i18n.TF("F4 or {{.Ctrl}}+Space: play and pause · {{.Ctrl}}+← / {{.Ctrl}}+→: back or forward 5 s · F8 or {{.Ctrl}}+T: insert the time · {{.Ctrl}}+1…9: a speaker's label on a new line",
		map[string]any{"Ctrl": ctrlName()})
}
