//go:build linux

package store

import (
	"errors"
	"io/fs"
	"os"

	"golang.org/x/sys/unix"
)

// selfLockByte is the byte of the project file Teema's writer lock
// covers: past the bytes SQLite locks (from 0x40000000, its "pending
// byte", 512 bytes on), so the two never meet. Locks lie beyond the end of
// a file as well as inside it.
const selfLockByte = 0x40000000 + 1024

// lockSelf locks the project file itself with an open file description
// lock: a lock on the file, not on its name, so that two hard links to one
// project share it. Unlike the older per-process fcntl locks it is not
// lost when SQLite closes its own descriptor of the file, and unlike flock
// it stays a byte-range lock on NFS, where it cannot clash with SQLite's.
// A file Teema cannot open for writing needs no lock: nobody can write it
// through Teema.
func lockSelf(project string) (*os.File, error) {
	f, err := os.OpenFile(project, os.O_RDWR, 0)
	if errors.Is(err, fs.ErrPermission) || errors.Is(err, unix.EROFS) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	lk := unix.Flock_t{Type: unix.F_WRLCK, Whence: 0, Start: selfLockByte, Len: 1}
	for {
		err = unix.FcntlFlock(f.Fd(), unix.F_OFD_SETLK, &lk)
		if !errors.Is(err, unix.EINTR) {
			break
		}
	}
	if err != nil {
		f.Close()
		if errors.Is(err, unix.EAGAIN) || errors.Is(err, unix.EACCES) {
			return nil, errLocked
		}
		return nil, err
	}
	return f, nil
}
