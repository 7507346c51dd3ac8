package store

import (
	"fmt"
	"os"
	"path/filepath"
	"time"
)

// BackupNow backs up the project as it is, whatever the age of the newest
// backup: before a change that is not in the undo history (a merge), so
// that a backup can undo it. It returns the backup; if one was already
// made within this second, that one is returned, as nothing in between
// could have changed the project much.
func (p *Project) BackupNow() (Backup, error) {
	if p.readOnly {
		return Backup{}, fmt.Errorf("back up %s: %w", p.path, ErrReadOnly.New(nil))
	}
	now := backupNow()
	dir := BackupDir(p.path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return Backup{}, fmt.Errorf("back up %s: %w", p.path, err)
	}
	target := filepath.Join(dir, projectName(p.path)+" "+now.Format(backupLayout)+Extension)
	if _, err := os.Lstat(target); err != nil {
		if err := p.vacuumInto(target); err != nil {
			return Backup{}, fmt.Errorf("back up %s: %w", p.path, err)
		}
	}
	info, err := os.Stat(target)
	if err != nil {
		return Backup{}, fmt.Errorf("back up %s: %w", p.path, err)
	}
	return Backup{Path: target, Time: now.Truncate(time.Second), Size: info.Size()}, nil
}
