//go:build !(linux || freebsd || windows)

package kit

import "fyne.io/fyne/v2"

// moveNative leaves the placing to the system where Teema has no way to
// its windows (macOS, the BSDs without purego).
func moveNative(fyne.Window, fyne.Window, float32) {}
