package app

import (
	"fyne.io/fyne/v2"

	"teema/coding"
	"teema/i18n"
	mediaplayer "teema/media/player"
)

// playAction is something the Playback menu and its keys do.
type playAction struct {
	id    string // names its key in the preferences
	label string // in the menu and the preferences
	key   string // its key unless the preferences say otherwise
	do    func(p *playback)
}

// playActions are the Playback menu's actions with their default keys,
// as transcribers know them: F4 or Ctrl+Space plays and pauses, Ctrl
// with the arrows skips and changes the speed. toggle2 is a second key
// for playing and pausing, which the menu does not show.
func playActions() []playAction {
	return []playAction{
		{"toggle", i18n.T("Play / pause"), "F4", (*playback).toggle},
		{"toggle2", i18n.T("Play / pause (second key)"), "Ctrl+Space", (*playback).toggle},
		{"back", i18n.T("Skip back 5 s"), "Ctrl+Left", func(p *playback) { p.bar.Skip(-5) }},
		{"forward", i18n.T("Skip forward 5 s"), "Ctrl+Right", func(p *playback) { p.bar.Skip(5) }},
		{"faster", i18n.T("Faster"), "Ctrl+Up", func(p *playback) { p.stepSpeed(1) }},
		{"slower", i18n.T("Slower"), "Ctrl+Down", func(p *playback) { p.stepSpeed(-1) }},
		{"here", i18n.T("Play from here"), "Ctrl+P", (*playback).playHere},
	}
}

// menu is the Playback menu. Its items work while a recording is loaded;
// otherwise they are greyed and leave their keys to the text fields
// (Ctrl+Left moves by a word in a memo).
func (p *playback) menu() *fyne.Menu {
	m := fyne.NewMenu(i18n.T("Playback"))
	p.items = map[string]*fyne.MenuItem{}
	for _, a := range p.actions {
		if a.id == "toggle2" {
			continue
		}
		it := fyne.NewMenuItem(a.label, nil)
		p.items[a.id] = it
		m.Items = append(m.Items, it)
	}
	p.applyKeys()
	p.enableMenu(false)
	return m
}

// enableMenu makes the Playback menu's items and keys work, or not. A
// menu item's shortcut is taken by the window before any text field sees
// the key, unless the item has no action.
func (p *playback) enableMenu(on bool) {
	for _, a := range p.actions {
		it := p.items[a.id]
		if it == nil {
			continue
		}
		it.Disabled = !on
		it.Action = nil
		if on {
			do := a.do
			it.Action = func() { do(p) }
		}
	}
	if mm := p.s.Window().MainMenu(); mm != nil {
		mm.Refresh()
	}
}

// applyKeys reads the playback keys from the preferences and gives them
// to the menu items, and the second play key to the window.
func (p *playback) applyKeys() {
	prefs := p.s.App().Preferences()
	c := p.s.Window().Canvas()
	if p.second != nil {
		c.RemoveShortcut(p.second)
		p.second = nil
	}
	p.keys = map[string]keyBinding{}
	for _, a := range p.actions {
		k, _ := parseKey(prefs.StringWithFallback(prefPlayKey+a.id, a.key))
		p.keys[a.id] = k
		if it := p.items[a.id]; it != nil {
			it.Shortcut = k.shortcut()
		}
	}
	if sc := p.keys["toggle2"].shortcut(); sc != nil && p.keys["toggle2"].mod != 0 {
		p.second = sc
		c.AddShortcut(sc, func(fyne.Shortcut) {
			if p.state == ready {
				p.toggle()
			}
		})
	}
	p.bar.SetPauseRewind(prefs.FloatWithFallback(prefPauseRewind, defaultPauseRewind))
	if mm := p.s.Window().MainMenu(); mm != nil {
		mm.Refresh()
	}
}

// typedKey does what a playback key without modifiers (F4) asks, while a
// recording is loaded; it reports whether it took the key. The window
// hands it the keys typed in the transcript or with no widget focused.
func (p *playback) typedKey(ev *fyne.KeyEvent) bool {
	if p.state != ready {
		return false
	}
	for _, a := range p.actions {
		if p.keys[a.id].matches(ev) {
			a.do(p)
			return true
		}
	}
	return false
}

// toggle plays or pauses.
func (p *playback) toggle() { p.bar.Toggle() }

// stepSpeed plays faster or slower by one of the bar's steps and says
// the speed on the status line.
func (p *playback) stepSpeed(steps int) {
	p.bar.StepSpeed(steps)
	p.s.Status(i18n.TF("Speed {{.Speed}}", map[string]any{"Speed": p.bar.SpeedText()}))
}

// playHere plays the recording from the selection's start, or the
// caret's place.
func (p *playback) playHere() {
	d := p.s.Doc()
	if d == nil {
		return
	}
	start, _ := p.reader.view.Selection()
	p.playAt(d.ID, start)
}

// contextItems are the transcript's context menu items of the player:
// Play from here, while a recording is loaded.
func (p *playback) contextItems() []*fyne.MenuItem {
	if p.state != ready {
		return nil
	}
	return []*fyne.MenuItem{fyne.NewMenuItemSeparator(), fyne.NewMenuItem(i18n.T("Play from here"), p.playHere)}
}

// placeNote says, for the status line, when the text at the caret is
// spoken and which key plays it from there; nothing while no recording
// is loaded or the transcript has no times.
func (p *playback) placeNote(offset int) string {
	if p.state != ready || len(p.times) == 0 {
		return ""
	}
	s, _ := p.times.SecondsAt(offset)
	args := map[string]any{"Time": coding.FormatTime(s), "Key": p.keys["here"].label()}
	if p.keys["here"].name == "" {
		return i18n.TF("Spoken at {{.Time}} in the recording.", args)
	}
	return i18n.TF("Spoken at {{.Time}} in the recording: {{.Key}} plays from here.", args)
}

// defaultPauseRewind is how far a pause steps back, in seconds, until
// the preferences say otherwise.
var defaultPauseRewind = mediaplayer.DefaultPauseRewind.Seconds()
