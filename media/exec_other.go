//go:build !windows

package media

import "os/exec"

// hideWindow does nothing where programs open no console windows.
func hideWindow(*exec.Cmd) {}
