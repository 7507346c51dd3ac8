package kit

import (
	"testing"

	"fyne.io/fyne/v2"

	"teema/app/kit/kittest"
)

type fakeTool struct{ win fyne.Window }

func (f fakeTool) Window() fyne.Window { return f.win }
func (f fakeTool) ProjectChanged()     {}
func (f fakeTool) Closed()             {}

// TestToolWindowsOpenApart: each tool window opens a step further from
// the main window's corner than the last, and no larger than the main
// window less that step, where all used to open in one spot over the main
// window (issue 16).
func TestToolWindowsOpenApart(t *testing.T) {
	h, _ := kittest.New(t, nil)
	main := h.S.Window()
	main.Resize(fyne.NewSize(1280, 800))
	var offsets []float32
	moveWindow = func(m, _ fyne.Window, off float32) {
		if m != main {
			t.Error("a tool window was placed by another window than the main one")
		}
		offsets = append(offsets, off)
	}
	defer func() { moveWindow = moveNative }()
	open := func(s *Slot[fakeTool], size fyne.Size) fyne.Window {
		w := s.Open(h, func(Host) fakeTool {
			win := fyne.CurrentApp().NewWindow("tool")
			win.Resize(size)
			return fakeTool{win}
		}).Window()
		return w
	}
	var matrices, words Slot[fakeTool]
	m := open(&matrices, fyne.NewSize(1200, 760))
	w := open(&words, fyne.NewSize(600, 500))
	if len(offsets) != 2 || offsets[0] != placeStep || offsets[1] != 2*placeStep {
		t.Fatalf("the tool windows were offset by %v", offsets)
	}
	if got := m.Canvas().Size(); got != fyne.NewSize(1200, 800-placeStep) {
		t.Errorf("the first tool window is %v over a main window of 1280×800", got)
	}
	if got := w.Canvas().Size(); got != fyne.NewSize(600, 500) {
		t.Errorf("a small tool window was resized to %v", got)
	}
}
