//go:build linux || freebsd

package kit

import (
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver"
	"github.com/ebitengine/purego"
)

// xlib is the little of libX11 needed to move a window, loaded when
// first needed: Fyne has no call that moves a window, but it gives the
// handle of the window it made.
var xlib struct {
	once         sync.Once
	ok           bool
	openDisplay  func(name *byte) uintptr
	closeDisplay func(d uintptr) int32
	defaultRoot  func(d uintptr) uintptr
	translate    func(d, src, dst uintptr, x, y int32, dx, dy *int32, child *uintptr) int32
	move         func(d, w uintptr, x, y int32) int32
	flush        func(d uintptr) int32
}

func loadXlib() bool {
	xlib.once.Do(func() {
		h, err := purego.Dlopen("libX11.so.6", purego.RTLD_NOW|purego.RTLD_LOCAL)
		if err != nil {
			return // Wayland only, or no X11 library: the window manager places windows
		}
		purego.RegisterLibFunc(&xlib.openDisplay, h, "XOpenDisplay")
		purego.RegisterLibFunc(&xlib.closeDisplay, h, "XCloseDisplay")
		purego.RegisterLibFunc(&xlib.defaultRoot, h, "XDefaultRootWindow")
		purego.RegisterLibFunc(&xlib.translate, h, "XTranslateCoordinates")
		purego.RegisterLibFunc(&xlib.move, h, "XMoveWindow")
		purego.RegisterLibFunc(&xlib.flush, h, "XFlush")
		xlib.ok = true
	})
	return xlib.ok
}

// x11Window is the X11 window behind a Fyne window, or 0.
func x11Window(w fyne.Window) uintptr {
	var id uintptr
	if nw, ok := w.(driver.NativeWindow); ok {
		nw.RunNative(func(ctx any) {
			if x, ok := ctx.(driver.X11WindowContext); ok {
				id = x.WindowHandle
			}
		})
	}
	return id
}

// moveNative moves tool on the X server, where main is.
func moveNative(main, tool fyne.Window, off float32) {
	from, to := x11Window(main), x11Window(tool)
	if from == 0 || to == 0 || !loadXlib() {
		return
	}
	d := xlib.openDisplay(nil)
	if d == 0 {
		return
	}
	defer xlib.closeDisplay(d)
	var x, y int32
	var child uintptr
	if xlib.translate(d, from, xlib.defaultRoot(d), 0, 0, &x, &y, &child) == 0 {
		return
	}
	px := int32(off * main.Canvas().Scale())
	xlib.move(d, to, x+px, y+px)
	xlib.flush(d)
}
