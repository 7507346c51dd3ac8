//go:build unix

package store

import (
	"errors"
	"os"

	"golang.org/x/sys/unix"
)

// removeLockWhileHeld: on unix the lock file can be removed while locked,
// and lockProject checks that the file it locked is still the one in the
// folder, so no lock file is left behind after Close.
const removeLockWhileHeld = true

func lockFile(f *os.File) error {
	for {
		err := unix.Flock(int(f.Fd()), unix.LOCK_EX|unix.LOCK_NB)
		if errors.Is(err, unix.EINTR) {
			continue
		}
		if errors.Is(err, unix.EWOULDBLOCK) {
			return errLocked
		}
		return err
	}
}

func unlockFile(f *os.File) error { return unix.Flock(int(f.Fd()), unix.LOCK_UN) }
