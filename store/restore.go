package store

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"
)

// restoreTemp is where a restored copy is written before it takes the
// project's name.
const restoreTemp = ".restoring"

// RestoreFromBackup replaces the open project's content with a backup's. The state
// before the restore is kept as a backup first, so a restore can itself be
// undone; that backup is returned. The restored copy is written beside the
// project and renamed over it while the writer lock is held, so a crash
// leaves either the old project or the restored one, never a mixture.
func (p *Project) RestoreFromBackup(backupPath string) (kept Backup, err error) {
	if p.readOnly {
		return Backup{}, fmt.Errorf("restore backup: %w", ErrReadOnly.New(nil))
	}
	if err := checkFile(backupPath); err != nil {
		return Backup{}, fmt.Errorf("restore backup %s: %w", backupPath, err)
	}
	if kept, err = p.keepCurrent(); err != nil {
		return Backup{}, fmt.Errorf("restore backup: keep the current state: %w", classify(err))
	}
	if err := p.replaceWith(backupPath); err != nil {
		return kept, fmt.Errorf("restore backup %s: %w", backupPath, err)
	}
	// Rotation waits until now: the backup restored from may be the oldest.
	return kept, rotateBackups(p.path)
}

// keepCurrent backs up the project as it is now, whatever the age of the
// newest backup; a second backup within one second is named "… (2)".
func (p *Project) keepCurrent() (Backup, error) {
	now := backupNow()
	dir := BackupDir(p.path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return Backup{}, err
	}
	base := filepath.Join(dir, projectName(p.path)+" "+now.Format(backupLayout))
	target := base + Extension
	for n := 2; exists(target); n++ {
		target = fmt.Sprintf("%s (%d)%s", base, n, Extension)
	}
	if err := p.vacuumInto(target); err != nil {
		return Backup{}, err
	}
	info, err := os.Stat(target)
	if err != nil {
		return Backup{}, err
	}
	return Backup{Path: target, Time: now.Truncate(time.Second), Size: info.Size()}, nil
}

// checkFile checks a project file as Open does, without keeping it open:
// a backup restored is read as the project it becomes.
func checkFile(path string) error {
	version, err := checkHeader(path)
	if err != nil {
		return err
	}
	p, err := openChecked(path, true, version)
	if err != nil {
		return err
	}
	return p.db.Close()
}

func exists(path string) bool {
	_, err := os.Lstat(path)
	return err == nil
}

// replaceWith swaps the project file for a consistent copy of backupPath
// and reopens it, upgrading an older schema. The connection is closed only
// for the rename; the writer lock (a separate file) stays held.
func (p *Project) replaceWith(backupPath string) error {
	tmp := p.path + restoreTemp
	os.Remove(tmp)
	if err := copyDB(backupPath, tmp); err != nil {
		os.Remove(tmp)
		return classify(err)
	}
	if err := p.db.Close(); err != nil {
		os.Remove(tmp)
		return err
	}
	renameErr := os.Rename(tmp, p.path)
	if renameErr != nil {
		os.Remove(tmp)
	} else {
		syncDir(filepath.Dir(p.path))
		// The lock on the project file itself stays with the file it
		// was taken on, now replaced: it moves to the restored one.
		renameErr = p.lock.relockSelf(p.path)
	}
	// Reopened whether or not the rename worked, so the project stays usable.
	q, err := openDB(p.path, false)
	if err != nil {
		return errors.Join(renameErr, fmt.Errorf("reopen: %w", err))
	}
	p.db = q.db
	if renameErr != nil {
		return renameErr
	}
	return p.migrate(context.Background())
}

// copyDB writes a consistent, synced copy of the database at src to dst.
func copyDB(src, dst string) error {
	b, err := openDB(src, true)
	if err != nil {
		return err
	}
	defer b.db.Close()
	if _, err := b.db.Exec(`VACUUM INTO ?`, dst); err != nil {
		return err
	}
	return syncFile(dst)
}
