package kit

import "fyne.io/fyne/v2"

// ToolWindow is a window a main window opens from its menu, once: the
// matrices, word frequencies, intercoder agreement.
type ToolWindow interface {
	Window() fyne.Window
	ProjectChanged() // the project or its content changed
	Closed()         // the window went
}

// Saver is a tool window holding typing that must be saved before the
// project closes: its own close event comes too late on the real driver.
type Saver interface{ Flush() }

// Slot holds a main window's one tool window of a kind.
type Slot[W ToolWindow] struct {
	w     W
	open  bool
	wired bool
}

// Current is the open window, if any.
func (s *Slot[W]) Current() (W, bool) { return s.w, s.open }

// Open brings the slot's window forward, or makes it with create and
// places it beside those open (place). The session tells it of changes,
// saves what it holds before the project closes or changes, and closes it
// with the project.
func (s *Slot[W]) Open(h Host, create func(Host) W) W {
	if s.open {
		s.w.Window().RequestFocus()
		return s.w
	}
	s.wire(h)
	w := create(h)
	w.Window().SetOnClosed(func() {
		toolsOpen--
		w.Closed()
		var none W
		s.w, s.open = none, false
	})
	s.w, s.open = w, true
	toolsOpen++
	w.Window().Show()
	place(h.Session().Window(), w.Window())
	w.ProjectChanged()
	return w
}

func (s *Slot[W]) wire(h Host) {
	if s.wired {
		return
	}
	s.wired = true
	ses := h.Session()
	ses.OnChange(func() {
		if s.open {
			s.w.ProjectChanged()
		}
	})
	ses.OnPending(func() {
		if saver, ok := any(s.w).(Saver); ok && s.open {
			saver.Flush()
		}
	})
	ses.OnClosing(func() {
		if s.open {
			s.w.Window().Close()
		}
	})
}
