package kit

import (
	"unsafe"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver"
	"golang.org/x/sys/windows"
)

var (
	user32        = windows.NewLazySystemDLL("user32.dll")
	getWindowRect = user32.NewProc("GetWindowRect")
	setWindowPos  = user32.NewProc("SetWindowPos")
)

// hwnd is the Windows window behind a Fyne window, or 0.
func hwnd(w fyne.Window) uintptr {
	var h uintptr
	if nw, ok := w.(driver.NativeWindow); ok {
		nw.RunNative(func(ctx any) {
			if c, ok := ctx.(driver.WindowsWindowContext); ok {
				h = c.HWND
			}
		})
	}
	return h
}

// moveNative moves tool next to main with the Windows API.
func moveNative(main, tool fyne.Window, off float32) {
	from, to := hwnd(main), hwnd(tool)
	if from == 0 || to == 0 {
		return
	}
	var r windows.Rect
	if ok, _, _ := getWindowRect.Call(from, uintptr(unsafe.Pointer(&r))); ok == 0 {
		return
	}
	const noSizeNoZOrder = 0x0001 | 0x0004 // SWP_NOSIZE | SWP_NOZORDER
	px := int32(off * main.Canvas().Scale())
	setWindowPos.Call(to, 0, uintptr(r.Left+px), uintptr(r.Top+px), 0, 0, noSizeNoZOrder)
}
