package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
)

// typeKeys types s as the desktop driver does: into the widget that has
// the keyboard, or to the window when none has it.
func typeKeys(c fyne.Canvas, s string) {
	for _, r := range s {
		if f := c.Focused(); f != nil {
			f.TypedRune(r)
			continue
		}
		if k := c.OnTypedKey(); k != nil {
			k(&fyne.KeyEvent{Name: fyne.KeyName(strings.ToUpper(string(r)))})
		}
		if tr := c.OnTypedRune(); tr != nil {
			tr(r)
		}
	}
}

// pressKey presses a key as the desktop driver does.
func pressKey(c fyne.Canvas, k fyne.KeyName) {
	if f := c.Focused(); f != nil {
		f.TypedKey(&fyne.KeyEvent{Name: k})
	} else if h := c.OnTypedKey(); h != nil {
		h(&fyne.KeyEvent{Name: k})
	}
}

// focused is the widget that has the keyboard, or fails the test.
func focused[T fyne.Focusable](t *testing.T, c fyne.Canvas) T {
	t.Helper()
	f, ok := c.Focused().(T)
	if !ok {
		var want T
		t.Fatalf("%T has the keyboard, want a %T", c.Focused(), want)
	}
	return f
}
