package app

import (
	"teema/i18n"
	"testing"

	"fyne.io/fyne/v2"
)

// TestToolWindowsOpenOncePerMainWindow opens each tool window twice from
// the menu: one window of each, closed with the project.
func TestToolWindowsOpenOncePerMainWindow(t *testing.T) {
	u, _ := newTestUI(t, map[string]string{"Asiakas 5.txt": haastattelu})
	if open := menuItem(t, u, i18n.T("Matrices…")); open.Shortcut == nil || open.Shortcut.ShortcutName() != ctrl(fyne.KeyM).ShortcutName() {
		t.Fatal("Matrices… has no Ctrl+M")
	}
	windows := func() int { return len(u.s.App().Driver().AllWindows()) }
	before := windows()
	for _, label := range []string{"Matrices…", "Word frequencies…", "Intercoder agreement…"} {
		open := menuItem(t, u, i18n.T(label))
		open.Action()
		open.Action()
	}
	if n := windows() - before; n != 3 {
		t.Fatalf("%d tool windows open, want one of each", n)
	}
	u.s.Close()
	if n := windows() - before; n != 0 {
		t.Fatalf("%d tool windows open after the project closed", n)
	}
}
