package app

import "fyne.io/fyne/v2"

// toolWindow is a window a main window opens from its menu, once: the
// matrices, word frequencies, intercoder agreement.
type toolWindow interface {
	comparable
	window() fyne.Window
	projectChanged() // the project or its content changed
	closed()         // the window went
}

// saver is a tool window holding typing that must be saved before the
// project closes: its own close event comes too late on the real driver.
type saver interface{ flush() }

// openOnce brings the tool window in slot forward, or makes it. The
// session tells it of changes, saves what it holds before the project
// closes, and closes it with the project; wired notes that this is set up.
func openOnce[W toolWindow](u *UI, slot *W, wired *bool, create func(*UI) W) W {
	var none W
	if *slot != none {
		(*slot).window().RequestFocus()
		return *slot
	}
	if !*wired {
		*wired = true
		u.s.OnChange(func() {
			if *slot != none {
				(*slot).projectChanged()
			}
		})
		u.s.OnPending(func() {
			if s, ok := any(*slot).(saver); ok && *slot != none {
				s.flush()
			}
		})
		u.s.OnClosing(func() {
			if *slot != none {
				(*slot).window().Close()
			}
		})
	}
	w := create(u)
	w.window().SetOnClosed(func() {
		w.closed()
		*slot = none
	})
	*slot = w
	w.window().Show()
	w.projectChanged()
	return w
}
