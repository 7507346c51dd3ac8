package store

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"syscall"
)

// errLocked is what the platform lock returns when someone else holds it.
var errLocked = errors.New("locked")

// projectLock is an advisory lock on a sidecar file next to the project,
// and, where the platform can (lock_linux.go), on the project file itself,
// so that two hard links to one project share one lock; it makes sure
// there is only one writer. The operating system releases it when the
// process ends, so a crash never leaves a stale lock.
type projectLock struct {
	f    *os.File
	path string
	self *os.File // the project file, locked; nil where not supported
}

// lockPath names the lock file after the project's path, which Open has
// resolved (realPath), so two symbolic links to one file share one lock.
func lockPath(project string) string { return project + "-lock" }

// lockProject takes the writer lock of a project or fails with ErrInUse.
func lockProject(project string) (*projectLock, error) {
	l, err := lockSidecar(project)
	if err != nil {
		return nil, err
	}
	if l.self, err = lockSelf(project); err != nil {
		l.release()
		if errors.Is(err, errLocked) {
			return nil, ErrInUse.New(fileArgs(project))
		}
		return nil, fmt.Errorf("lock: %w", err)
	}
	return l, nil
}

func lockSidecar(project string) (*projectLock, error) {
	lp := lockPath(project)
	for range 10 {
		f, err := os.OpenFile(lp, os.O_RDWR|os.O_CREATE, 0o644)
		if err != nil {
			return nil, lockFileFailed(project, err)
		}
		if err := lockFile(f); err != nil {
			f.Close()
			if errors.Is(err, errLocked) {
				return nil, ErrInUse.New(fileArgs(project))
			}
			return nil, fmt.Errorf("lock: %w", err)
		}
		// The previous holder may have removed the file between our open
		// and our lock; then the lock is on a file nobody else sees.
		fi, err1 := f.Stat()
		cur, err2 := os.Stat(lp)
		if err1 == nil && err2 == nil && os.SameFile(fi, cur) {
			return &projectLock{f: f, path: lp}, nil
		}
		unlockFile(f)
		f.Close()
	}
	return nil, errLockChanging.New(fileArgs(project))
}

// lockFileFailed words a lock file that cannot be made: in a read-only or
// immutable folder, the project can still be opened read-only.
func lockFileFailed(project string, err error) error {
	if errors.Is(err, fs.ErrPermission) || errors.Is(err, syscall.EROFS) {
		return ErrFolderReadOnly.Wrap(err, fileArgs(project))
	}
	return fmt.Errorf("lock: %w", err)
}

// relockSelf moves the lock on the project file itself to the file now at
// project, after a restore renamed another file over it. It runs while no
// connection has the project open.
func (l *projectLock) relockSelf(project string) error {
	if l == nil || l.self == nil {
		return nil
	}
	self, err := lockSelf(project)
	if err != nil {
		return fmt.Errorf("lock: %w", err)
	}
	l.self.Close()
	l.self = self
	return nil
}

// release removes the lock file (where the platform allows it while the
// file is locked) and then releases the lock.
func (l *projectLock) release() {
	if l == nil || l.f == nil {
		return
	}
	if l.self != nil {
		l.self.Close() // closing it releases its lock
		l.self = nil
	}
	if removeLockWhileHeld {
		os.Remove(l.path)
	}
	unlockFile(l.f)
	l.f.Close()
	l.f = nil
}
