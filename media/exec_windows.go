package media

import (
	"os/exec"
	"syscall"
)

// createNoWindow keeps a console program from opening a console window
// when a GUI program starts it.
const createNoWindow = 0x08000000

// hideWindow keeps ffmpeg's console window from flashing up over Teema.
func hideWindow(cmd *exec.Cmd) {
	cmd.SysProcAttr = &syscall.SysProcAttr{HideWindow: true, CreationFlags: createNoWindow}
}
