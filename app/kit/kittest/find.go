package kittest

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// Objects lists every object drawn in the window, overlays (dialogs)
// included.
func Objects(w fyne.Window) []fyne.CanvasObject {
	all := test.LaidOutObjects(w.Content())
	for _, o := range w.Canvas().Overlays().List() {
		all = append(all, test.LaidOutObjects(o)...)
	}
	return all
}

// Find returns the first drawn object of type T that matches.
func Find[T fyne.CanvasObject](t *testing.T, w fyne.Window, match func(T) bool) T {
	t.Helper()
	for _, o := range Objects(w) {
		if v, ok := o.(T); ok && match(v) {
			return v
		}
	}
	var zero T
	t.Fatalf("no %T matching in the window", zero)
	return zero
}

// Button finds a shown button by its text.
func Button(t *testing.T, w fyne.Window, text string) *widget.Button {
	t.Helper()
	return Find(t, w, func(b *widget.Button) bool { return b.Text == text && b.Visible() })
}
