package store

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
)

// errLocked is what the platform lock returns when someone else holds it.
var errLocked = errors.New("locked")

// projectLock is an advisory lock on a sidecar file next to the project;
// it makes sure there is only one writer. The operating system releases it
// when the process ends, so a crash never leaves a stale lock.
type projectLock struct {
	f    *os.File
	path string
}

// lockPath names the lock file after the project's absolute path with
// symbolic links resolved, so two names for one file share one lock.
func lockPath(project string) string {
	if abs, err := filepath.Abs(project); err == nil {
		project = abs
	}
	if real, err := filepath.EvalSymlinks(project); err == nil {
		project = real
	}
	return project + "-lock"
}

// lockProject takes the writer lock of a project or fails with ErrInUse.
func lockProject(project string) (*projectLock, error) {
	lp := lockPath(project)
	for range 10 {
		f, err := os.OpenFile(lp, os.O_RDWR|os.O_CREATE, 0o644)
		if err != nil {
			return nil, fmt.Errorf("lock: %w", err)
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

// release removes the lock file (where the platform allows it while the
// file is locked) and then releases the lock.
func (l *projectLock) release() {
	if l == nil || l.f == nil {
		return
	}
	if removeLockWhileHeld {
		os.Remove(l.path)
	}
	unlockFile(l.f)
	l.f.Close()
	l.f = nil
}
