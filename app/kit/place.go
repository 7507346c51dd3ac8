package kit

import "fyne.io/fyne/v2"

// A window manager opens every new window in the same spot, so the tool
// windows opened on top of the main window and of each other, hiding what
// the researcher had open. Each opens a step further from the main
// window's corner than the one before, no larger than the main window
// less those steps, so the windows beneath stay in reach.

// placeStep is how far each tool window is offset from the last, in
// Fyne's units: enough to show its neighbour's title bar.
const placeStep = 48

// smallest is as far as a tool window is shrunk to fit beside a small
// main window: its tables need some room whatever the main window's size.
var smallest = fyne.NewSize(640, 480)

// moveWindow puts tool off units right of and below main's top-left
// corner; the system's way (moveNative) where Fyne has none.
var moveWindow = moveNative

// toolsOpen counts the tool windows open, the newest included; they all
// run on the UI goroutine.
var toolsOpen int

// place sizes and places a tool window that has just been shown.
func place(main, tool fyne.Window) {
	off := float32(toolsOpen * placeStep)
	room := main.Canvas().Size().SubtractWidthHeight(off, off).Max(smallest)
	tool.Resize(tool.Canvas().Size().Min(room))
	moveWindow(main, tool, off)
}
