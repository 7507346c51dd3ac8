//go:build !(linux || freebsd || netbsd || openbsd || windows)

package kit

import "fyne.io/fyne/v2"

// On macOS Fyne's dialog is used: Teema has no pure-Go way to the
// system's panel.
func systemDialogs() bool { return false }

func systemSave(fyne.Window, string, string, Filter) (string, bool, error) { return "", false, nil }

func systemOpen(fyne.Window, string, Filter, bool) (string, bool, error) { return "", false, nil }
