package app

import (
	"slices"

	"fyne.io/fyne/v2/widget"

	"teema/app/kit"
	"teema/i18n"
)

// pauseRewinds are the steps back a pause may take, in seconds.
var pauseRewinds = []float64{0, 0.5, 1, 1.5, 2, 3, 4, 5}

// prefItems are the player's fields of the preferences: how far a pause
// steps back and the key of each playback action. A key given to one
// action is taken from the action that had it, so no key does two
// things. save keeps what was chosen and applies it at once.
func (p *playback) prefItems() (items []*widget.FormItem, save func()) {
	prefs := p.s.App().Preferences()
	rewind := widget.NewSelect(rewindLabels(), nil)
	at := slices.Index(pauseRewinds, prefs.FloatWithFallback(prefPauseRewind, defaultPauseRewind))
	rewind.SetSelectedIndex(max(at, 0))
	items = append(items, widget.NewFormItem(i18n.T("Pause steps back"), rewind))

	labels := keyLabelsOf(keyChoices)
	actions := p.actions
	selects := make([]*widget.Select, len(actions))
	for i, a := range actions {
		sel := widget.NewSelect(labels, nil)
		k, _ := parseKey(prefs.StringWithFallback(prefPlayKey+a.id, a.key))
		sel.SetSelectedIndex(max(slices.Index(keyChoices, k.String()), 0))
		selects[i] = sel
		items = append(items, widget.NewFormItem(a.label, sel))
	}
	for i, sel := range selects {
		sel.OnChanged = func(string) { takeKey(selects, i) }
	}
	save = func() {
		prefs.SetFloat(prefPauseRewind, pauseRewinds[max(rewind.SelectedIndex(), 0)])
		for i, a := range actions {
			prefs.SetString(prefPlayKey+a.id, keyChoices[max(selects[i].SelectedIndex(), 0)])
		}
		p.applyKeys()
	}
	return items, save
}

// takeKey gives the key chosen in selects[i] to that action alone.
func takeKey(selects []*widget.Select, i int) {
	k := selects[i].SelectedIndex()
	if k <= 0 {
		return
	}
	for j, other := range selects {
		if j != i && other.SelectedIndex() == k {
			other.SetSelectedIndex(0)
		}
	}
}

// rewindLabels are the pause rewinds as the preferences show them.
func rewindLabels() []string {
	out := make([]string, len(pauseRewinds))
	for i, s := range pauseRewinds {
		places := 0
		if s != float64(int(s)) {
			places = 1
		}
		out[i] = kit.Decimal(s, places) + " s"
	}
	return out
}

// keyLabelsOf are keys as the preferences show them.
func keyLabelsOf(keys []string) []string {
	out := make([]string, len(keys))
	for i, s := range keys {
		k, _ := parseKey(s)
		out[i] = k.label()
	}
	return out
}
