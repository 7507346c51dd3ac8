package app

import (
	"bytes"
	"strings"
	"testing"

	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/widget"

	"teema/assets"
	"teema/i18n"
)

// The About dialog shows the version main was stamped with, and the icon.
func TestAboutShowsVersionAndIcon(t *testing.T) {
	u, _ := newTestUI(t, nil)
	u.version = "v1.2.3-4-gabcdef0"
	u.showAbout()
	want := i18n.T("Version") + " v1.2.3-4-gabcdef0"
	find(t, u.win, func(l *widget.Label) bool { return strings.Contains(l.Text, want) })
	find(t, u.win, func(i *canvas.Image) bool { return i.Resource != nil && bytes.Equal(i.Resource.Content(), assets.Icon) })
}
